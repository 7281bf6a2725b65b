package org.neuromtj.chip.soc;

/**
 * A device whose registers the register description defines: the bus reaches them through its
 * {@link RegisterFront}, and the device adds only its behaviour (hooks on the front, and work after an
 * access where the device must recompute an interrupt line).
 */
public interface RegisterDevice extends MmioDevice {

    /** @return the device's registers as the description lays them out */
    RegisterFront registers();

    @Override
    default int read(int offset, int size) {
        return registers().read(offset, size);
    }

    @Override
    default void write(int offset, int size, int value) {
        registers().write(offset, size, value);
    }
}
