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
 * values, constants and interrupt ids as C preprocessor definitions, each with its Doxygen line from the
 * register description, so that the HAL reference documents the header whole.
 */
public final class CHeaderGenerator implements Generator {

    @Override
    public String generate(RegisterMap map) {
        String p = map.prefix();
        StringBuilder out = new StringBuilder();
        out.append("/**\n * @file\n * @brief The chip's memory map and registers, for firmware.\n *\n * ").append(NOTICE)
                .append("\n * A register's accessor reads or writes it as a volatile lvalue; an array's takes the element.\n */\n");
        out.append("#ifndef ").append(p).append("_REGS_H\n#define ").append(p).append("_REGS_H\n\n");
        out.append("#include <stdint.h>\n\n");
        define(out, p + "_REGS_VERSION", Integer.toString(map.version()),
                "Version of the register description this header was generated from.");
        out.append('\n');
        for (Memory m : map.memories()) {
            out.append("/* ").append(m.name()).append(": ").append(m.description()).append(" */\n");
            define(out, p + "_" + m.name() + "_BASE", "0x" + hex(m.base(), 8) + "u", "First address of " + m.name() + ".");
            define(out, p + "_" + m.name() + "_SIZE", "0x" + hex(m.size(), 8) + "u", "Bytes of " + m.name() + ".");
            out.append('\n');
        }
        for (Device d : map.devices()) {
            device(out, p, d);
        }
        out.append("/* Interrupt controller source ids. */\n");
        for (InterruptSource i : map.interrupts()) {
            define(out, p + "_IRQ_" + i.name(), Integer.toString(i.id()), "Interrupt source: " + i.description());
        }
        out.append("\n#endif /* ").append(p).append("_REGS_H */\n");
        return out.toString();
    }

    private static void device(StringBuilder out, String p, Device d) {
        String dev = p + "_" + d.name();
        out.append("/* ").append(d.name()).append(": ").append(d.description()).append(" */\n");
        define(out, dev + "_BASE", "0x" + hex(d.base(), 8) + "u", "Base address of " + d.name() + ".");
        define(out, dev + "_SIZE", "0x" + hex(d.size(), 8) + "u", "Bytes of address space " + d.name() + " decodes.");
        for (Register r : d.registers()) {
            String reg = dev + "_" + r.name();
            String name = d.name() + "." + r.name();
            String type = "volatile uint" + r.width() + "_t";
            String suffix = r.width() == 64 ? "ull" : "u";
            define(out, reg + "_OFFSET", "0x" + hex(r.offset(), 1) + "u", "Byte offset of " + name + " from " + dev + "_BASE.");
            define(out, reg + "_RESET", "0x" + hex(r.reset(), r.width() / 4) + suffix, "Value of " + name + " after reset.");
            String what = name + " (" + r.access() + ", " + r.width() + " bits): " + r.description();
            if (r.isArray()) {
                define(out, reg + "_COUNT", Integer.toString(r.count()), "Elements of " + name + ".");
                define(out, reg + "_STRIDE", Integer.toString(r.stride()), "Bytes from one element of " + name + " to the next.");
                define(out, reg + "(n)", "(*(" + type + " *)(" + dev + "_BASE + " + reg + "_OFFSET + (uint32_t)(n) * "
                        + reg + "_STRIDE))", "Element n of " + what);
            } else {
                define(out, reg, "(*(" + type + " *)(" + dev + "_BASE + " + reg + "_OFFSET))", what);
                if (r.width() == 64) {
                    define(out, reg + "_LO", "(*(volatile uint32_t *)(" + dev + "_BASE + " + reg + "_OFFSET))",
                            "Low 32 bits of " + name + ".");
                    define(out, reg + "_HI", "(*(volatile uint32_t *)(" + dev + "_BASE + " + reg + "_OFFSET + 4u))",
                            "High 32 bits of " + name + ".");
                }
            }
            for (Field f : r.fields()) {
                String field = name + "." + f.name();
                define(out, reg + "_" + f.name() + "_LSB", Integer.toString(f.lsb()), "Lowest bit of " + field + ": "
                        + f.description());
                define(out, reg + "_" + f.name() + "_MASK", "0x" + hex(f.mask(), r.width() / 4) + suffix,
                        "Bits of " + field + " in place.");
            }
        }
        for (Constant c : d.constants()) {
            define(out, dev + "_" + c.name(), "0x" + hex(c.value(), 1) + "u", c.description());
        }
        out.append('\n');
    }

    /** One definition with its documentation, a Doxygen comment after it. */
    private static void define(StringBuilder out, String name, String value, String doc) {
        out.append("#define ").append(name).append(' ').append(value).append(" /**< ").append(doc).append(" */\n");
    }
}
