package org.neuromtj.isa.core;

/**
 * What the core sees outside its RAM: memory-mapped devices. Accesses are naturally aligned (the core
 * raises misalignment exceptions itself) and one, two or four bytes wide.
 */
public interface Bus {

    /**
     * @param address byte address
     * @param size    1, 2 or 4
     * @return the value, zero-extended
     * @throws BusFault if nothing answers at the address
     */
    int load(int address, int size);

    /**
     * @param address byte address
     * @param size    1, 2 or 4
     * @param value   the value in the low {@code size} bytes
     * @throws BusFault if nothing answers at the address
     */
    void store(int address, int size, int value);
}
