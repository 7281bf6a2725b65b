package org.neuromtj.isa.regs.gen;

import static org.neuromtj.isa.regs.gen.Generator.hex;

import org.neuromtj.isa.regs.Constant;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.InterruptSource;
import org.neuromtj.isa.regs.Memory;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * The firmware's view of the chip: base addresses, register accessors, field positions and masks, reset
 * values, constants and interrupt ids as C preprocessor definitions.
 */
public final class CHeaderGenerator implements Generator {

    @Override
    public String generate(RegisterMap map) {
        String p = map.prefix();
        StringBuilder out = new StringBuilder();
        out.append("/* ").append(NOTICE).append(" */\n");
        out.append("#ifndef ").append(p).append("_REGS_H\n#define ").append(p).append("_REGS_H\n\n");
        out.append("#include <stdint.h>\n\n");
        out.append("#define ").append(p).append("_REGS_VERSION ").append(map.version()).append("\n\n");
        for (Memory m : map.memories()) {
            out.append("/* ").append(m.name()).append(": ").append(m.description()).append(" */\n");
            define(out, p + "_" + m.name() + "_BASE", "0x" + hex(m.base(), 8) + "u");
            define(out, p + "_" + m.name() + "_SIZE", "0x" + hex(m.size(), 8) + "u");
            out.append('\n');
        }
        for (Device d : map.devices()) {
            device(out, p, d);
        }
        out.append("/* Interrupt controller source ids. */\n");
        for (InterruptSource i : map.interrupts()) {
            define(out, p + "_IRQ_" + i.name(), Integer.toString(i.id()));
        }
        out.append("\n#endif /* ").append(p).append("_REGS_H */\n");
        return out.toString();
    }

    private static void device(StringBuilder out, String p, Device d) {
        String dev = p + "_" + d.name();
        out.append("/* ").append(d.name()).append(": ").append(d.description()).append(" */\n");
        define(out, dev + "_BASE", "0x" + hex(d.base(), 8) + "u");
        define(out, dev + "_SIZE", "0x" + hex(d.size(), 8) + "u");
        for (Register r : d.registers()) {
            String reg = dev + "_" + r.name();
            String type = "volatile uint" + r.width() + "_t";
            define(out, reg + "_OFFSET", "0x" + hex(r.offset(), 1) + "u");
            define(out, reg + "_RESET", "0x" + hex(r.reset(), r.width() / 4) + (r.width() == 64 ? "ull" : "u"));
            if (r.isArray()) {
                define(out, reg + "_COUNT", Integer.toString(r.count()));
                define(out, reg + "_STRIDE", Integer.toString(r.stride()));
                define(out, reg + "(n)", "(*(" + type + " *)(" + dev + "_BASE + " + reg + "_OFFSET + (uint32_t)(n) * "
                        + reg + "_STRIDE))");
            } else {
                define(out, reg, "(*(" + type + " *)(" + dev + "_BASE + " + reg + "_OFFSET))");
                if (r.width() == 64) {
                    define(out, reg + "_LO", "(*(volatile uint32_t *)(" + dev + "_BASE + " + reg + "_OFFSET))");
                    define(out, reg + "_HI", "(*(volatile uint32_t *)(" + dev + "_BASE + " + reg + "_OFFSET + 4u))");
                }
            }
            for (Field f : r.fields()) {
                define(out, reg + "_" + f.name() + "_LSB", Integer.toString(f.lsb()));
                define(out, reg + "_" + f.name() + "_MASK", "0x" + hex(f.mask(), r.width() / 4)
                        + (r.width() == 64 ? "ull" : "u"));
            }
        }
        for (Constant c : d.constants()) {
            define(out, dev + "_" + c.name(), "0x" + hex(c.value(), 1) + "u");
        }
        out.append('\n');
    }

    private static void define(StringBuilder out, String name, String value) {
        out.append("#define ").append(name).append(' ').append(value).append('\n');
    }
}
