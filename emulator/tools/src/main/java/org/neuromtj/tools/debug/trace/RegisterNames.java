package org.neuromtj.tools.debug.trace;

import java.util.ArrayList;
import java.util.List;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * Names bus addresses and values after the register description: {@code NPU.IN_SPIKE}, an array
 * element as {@code NPU_TILE.WEIGHT[513]}, a value as its fields ({@code ROW=0x5 TILE=0x1}).
 */
public final class RegisterNames {
    private final List<Device> devices;

    /** @param map the register description */
    public RegisterNames(RegisterMap map) {
        this.devices = List.copyOf(map.devices());
    }

    /**
     * @param address a bus address
     * @param write   whether the access writes (of registers sharing an offset, the one that takes it)
     * @param value   the value read or written
     * @return the register's name and the value's fields, or the device and offset where no register is
     */
    public String describe(int address, boolean write, int value) {
        long a = Integer.toUnsignedLong(address);
        for (Device d : devices) {
            if (a < d.base() || a >= d.base() + d.size()) {
                continue;
            }
            long offset = a - d.base();
            for (Register r : d.registers()) {
                if (offset < r.offset() || offset >= r.end() || (write ? !r.access().writable() : !r.access().readable())) {
                    continue;
                }
                long index = (offset - r.offset()) / Math.max(1, r.stride());
                if (r.isArray() && offset != r.offset() + index * r.stride()) {
                    continue;
                }
                String name = d.name() + "." + r.name() + (r.isArray() ? "[" + index + "]" : "");
                List<String> fields = new ArrayList<>();
                for (Field f : r.fields()) {
                    long v = (Integer.toUnsignedLong(value) >>> f.lsb()) & ((1L << f.width()) - 1);
                    fields.add(f.name() + "=0x" + Long.toHexString(v));
                }
                return fields.isEmpty() ? name : name + " (" + String.join(" ", fields) + ")";
            }
            return d.name() + "+0x" + Long.toHexString(offset);
        }
        return "unmapped";
    }
}
