package org.neuromtj.isa.regs.gen;

import static org.neuromtj.isa.regs.gen.Generator.hex;

import java.util.Locale;
import org.neuromtj.isa.regs.Constant;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.InterruptSource;
import org.neuromtj.isa.regs.Memory;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * The emulator's register definitions: one nested class per device with base, offsets, reset values and
 * field masks as compile-time constants, so device models switch on them at full speed.
 */
public final class JavaRegistersGenerator implements Generator {
    private final String javaPackage;
    private final String className;

    /**
     * @param javaPackage package of the generated class
     * @param className   simple name of the generated class
     */
    public JavaRegistersGenerator(String javaPackage, String className) {
        this.javaPackage = javaPackage;
        this.className = className;
    }

    @Override
    public String generate(RegisterMap map) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(NOTICE).append("\n");
        out.append("package ").append(javaPackage).append(";\n\n");
        out.append("/** Register definitions of the ").append(map.chip()).append(" chip, description version ")
                .append(map.version()).append(". */\n");
        out.append("public final class ").append(className).append(" {\n");
        for (Memory m : map.memories()) {
            out.append("    /** ").append(m.description()).append(" */\n");
            constant(out, "    ", "long", m.name() + "_BASE", "0x" + hex(m.base(), 8) + "L");
            constant(out, "    ", "long", m.name() + "_SIZE", "0x" + hex(m.size(), 8) + "L");
        }
        out.append("\n    /** Interrupt controller source ids. */\n    public static final class Irq {\n");
        for (InterruptSource i : map.interrupts()) {
            constant(out, "        ", "int", i.name(), Integer.toString(i.id()));
        }
        out.append("\n        private Irq() {\n        }\n    }\n");
        for (Device d : map.devices()) {
            device(out, d);
        }
        out.append("\n    private ").append(className).append("() {\n    }\n}\n");
        return out.toString();
    }

    private static void device(StringBuilder out, Device d) {
        String cls = className(d.name());
        String in = "        ";
        out.append("\n    /** ").append(d.description()).append(" */\n");
        out.append("    public static final class ").append(cls).append(" {\n");
        constant(out, in, "long", "BASE", "0x" + hex(d.base(), 8) + "L");
        constant(out, in, "long", "SIZE", "0x" + hex(d.size(), 8) + "L");
        for (Register r : d.registers()) {
            String type = r.width() == 64 ? "long" : "int";
            String suffix = r.width() == 64 ? "L" : "";
            out.append(in).append("/** ").append(r.name()).append(" (").append(r.access()).append("): ")
                    .append(r.description()).append(" */\n");
            constant(out, in, "int", r.name(), "0x" + hex(r.offset(), 1));
            constant(out, in, type, r.name() + "_RESET", "0x" + hex(r.reset(), 1) + suffix);
            if (r.isArray()) {
                constant(out, in, "int", r.name() + "_COUNT", Integer.toString(r.count()));
                constant(out, in, "int", r.name() + "_STRIDE", Integer.toString(r.stride()));
            }
            for (Field f : r.fields()) {
                constant(out, in, "int", r.name() + "_" + f.name() + "_LSB", Integer.toString(f.lsb()));
                constant(out, in, type, r.name() + "_" + f.name(), "0x" + hex(f.mask(), 1) + suffix);
            }
        }
        for (Constant c : d.constants()) {
            String type = c.value() == (int) c.value() ? "int" : "long";
            constant(out, in, type, c.name(), "0x" + hex(c.value(), 1) + (type.equals("long") ? "L" : ""));
        }
        out.append("\n        private ").append(cls).append("() {\n        }\n    }\n");
    }

    /** @return a device's upper-case name as a Java class name: {@code NPU_TILE} is {@code NpuTile} */
    static String className(String deviceName) {
        String lower = deviceName.toLowerCase(Locale.ROOT);
        StringBuilder cls = new StringBuilder();
        boolean upper = true;
        for (char c : lower.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                cls.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return cls.toString();
    }

    private static void constant(StringBuilder out, String indent, String type, String name, String value) {
        out.append(indent).append("public static final ").append(type).append(' ').append(name).append(" = ")
                .append(value).append(";\n");
    }
}
