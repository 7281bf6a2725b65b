package org.neuromtj.chip.soc;

/** A device on the system bus, addressed by offset within its window. */
public interface MmioDevice {

    /**
     * @param offset byte offset within the device window, aligned to {@code size}
     * @param size   1, 2 or 4 bytes
     * @return the value, zero-extended
     */
    int read(int offset, int size);

    /**
     * @param offset byte offset within the device window, aligned to {@code size}
     * @param size   1, 2 or 4 bytes
     * @param value  the value in the low {@code size} bytes
     */
    void write(int offset, int size, int value);

    /** Returns to the reset state. */
    void reset();
}
