package org.neuromtj.isa.regs;

/**
 * A named bit range of a register.
 *
 * @param name        upper-case identifier, unique within its register
 * @param lsb         least significant bit
 * @param width       number of bits
 * @param description one line for the reference page
 */
public record Field(String name, int lsb, int width, String description) {

    /** @return the field's bits in place, as an unsigned 64-bit mask */
    public long mask() {
        long ones = width == 64 ? -1L : (1L << width) - 1;
        return ones << lsb;
    }

    /** @return the most significant bit */
    public int msb() {
        return lsb + width - 1;
    }
}
