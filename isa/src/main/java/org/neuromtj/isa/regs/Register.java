package org.neuromtj.isa.regs;

import java.util.List;
import java.util.Optional;

/**
 * A register (or an array of equally spaced registers) of a device.
 *
 * @param name        upper-case identifier, unique within its device
 * @param offset      byte offset of the first element from the device base
 * @param width       width in bits: 8, 16, 32 or 64
 * @param access      how software may access it
 * @param bank        condition selecting this register when several share an offset, such as
 *                    {@code LCR.DLAB=1}, or empty
 * @param reset       value after reset
 * @param count       number of elements (1 for a plain register)
 * @param stride      byte distance between elements
 * @param description one line for the reference page
 * @param fields      named bit ranges, possibly none
 */
public record Register(String name, long offset, int width, Access access, Optional<String> bank,
                       long reset, int count, int stride, String description, List<Field> fields) {

    public Register {
        fields = List.copyOf(fields);
    }

    /** @return the byte size of one element */
    public int bytes() {
        return width / 8;
    }

    /** @return the byte offset just past the last element */
    public long end() {
        return offset + (long) (count - 1) * stride + bytes();
    }

    /** @return the bits that hold state or are passed on: its fields' bits, or all {@link #width()} bits */
    public long mask() {
        if (fields.isEmpty()) {
            return width == 64 ? -1L : (1L << width) - 1;
        }
        long m = 0;
        for (Field f : fields) {
            m |= f.mask();
        }
        return m;
    }

    /** @return whether this register is an array of several elements */
    public boolean isArray() {
        return count > 1;
    }
}
