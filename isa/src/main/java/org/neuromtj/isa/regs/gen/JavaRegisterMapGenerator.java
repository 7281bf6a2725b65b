package org.neuromtj.isa.regs.gen;

import static org.neuromtj.isa.regs.gen.Generator.hex;

import java.util.List;
import org.neuromtj.isa.regs.Constant;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.InterruptSource;
import org.neuromtj.isa.regs.Memory;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * The whole register description as Java values: the {@link RegisterMap} that reading the description gives,
 * built by constructors. Every chip a command builds lays its register blocks out from the description; a
 * JVM that has just started took a quarter of a second to parse and check the YAML, which this class spares
 * every command (the description was checked when this file was generated).
 *
 * @param javaPackage package of the generated class
 * @param className   simple name of the generated class
 */
public record JavaRegisterMapGenerator(String javaPackage, String className) implements Generator {

    @Override
    public String generate(RegisterMap map) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(NOTICE).append("\n");
        out.append("package ").append(javaPackage).append(";\n\n");
        out.append("import java.util.List;\n");
        out.append("import java.util.Optional;\n");
        out.append("import org.neuromtj.isa.regs.Access;\n");
        out.append("import org.neuromtj.isa.regs.Constant;\n");
        out.append("import org.neuromtj.isa.regs.Device;\n");
        out.append("import org.neuromtj.isa.regs.Field;\n");
        out.append("import org.neuromtj.isa.regs.InterruptSource;\n");
        out.append("import org.neuromtj.isa.regs.Memory;\n");
        out.append("import org.neuromtj.isa.regs.Register;\n");
        out.append("import org.neuromtj.isa.regs.RegisterMap;\n\n");
        out.append("/**\n * The register description of the ").append(map.chip()).append(" chip, version ")
                .append(map.version()).append(", as built values: what\n * {@link RegisterMap#load()} reads, without")
                .append(" parsing it at every start.\n */\n");
        out.append("public final class ").append(className).append(" {\n");
        out.append("    /** The description. */\n");
        out.append("    public static final RegisterMap MAP = new RegisterMap(").append(literal(map.chip()))
                .append(", ").append(literal(map.prefix())).append(", ").append(map.version())
                .append(", memories(), devices(), interrupts());\n\n");
        out.append("    private ").append(className).append("() {\n    }\n");

        out.append("\n    private static List<Memory> memories() {\n        return List.of(");
        list(out, map.memories().stream().map(m -> "new Memory(" + literal(m.name()) + ", " + longHex(m.base())
                + ", " + longHex(m.size()) + ", " + literal(m.description()) + ")").toList(), "                ");
        out.append(");\n    }\n");

        out.append("\n    private static List<InterruptSource> interrupts() {\n        return List.of(");
        list(out, map.interrupts().stream().map(i -> "new InterruptSource(" + literal(i.name()) + ", " + i.id()
                + ", " + literal(i.device()) + ", " + literal(i.description()) + ")").toList(), "                ");
        out.append(");\n    }\n");

        // One method a device, so that no method's code nears the class file's limit as the description grows.
        out.append("\n    private static List<Device> devices() {\n        return List.of(");
        list(out, map.devices().stream().map(d -> method(d) + "()").toList(), "                ");
        out.append(");\n    }\n");
        for (Device d : map.devices()) {
            device(out, d);
        }
        out.append("}\n");
        return out.toString();
    }

    private static void device(StringBuilder out, Device d) {
        out.append("\n    private static Device ").append(method(d)).append("() {\n");
        out.append("        return new Device(").append(literal(d.name())).append(", ").append(longHex(d.base()))
                .append(", ").append(longHex(d.size())).append(",\n                ")
                .append(literal(d.description())).append(",\n                List.of(");
        list(out, d.registers().stream().map(JavaRegisterMapGenerator::register).toList(), "                        ");
        out.append("),\n                List.of(");
        list(out, d.constants().stream().map(JavaRegisterMapGenerator::constant).toList(), "                        ");
        out.append("));\n    }\n");
    }

    private static String register(Register r) {
        String bank = r.bank().map(b -> "Optional.of(" + literal(b) + ")").orElse("Optional.empty()");
        StringBuilder s = new StringBuilder("new Register(").append(literal(r.name())).append(", ")
                .append(longHex(r.offset())).append(", ").append(r.width()).append(", Access.").append(r.access())
                .append(", ").append(bank).append(", ").append(longHex(r.reset())).append(", ").append(r.count())
                .append(", ").append(r.stride()).append(",\n                                ")
                .append(literal(r.description())).append(",\n                                List.of(");
        list(s, r.fields().stream().map(JavaRegisterMapGenerator::field).toList(), "                                        ");
        return s.append("))").toString();
    }

    private static String field(Field f) {
        return "new Field(" + literal(f.name()) + ", " + f.lsb() + ", " + f.width() + ", " + literal(f.description())
                + ")";
    }

    private static String constant(Constant c) {
        return "new Constant(" + literal(c.name()) + ", " + longHex(c.value()) + ", " + literal(c.description()) + ")";
    }

    /** Items one a line, after the opening parenthesis already written. */
    private static void list(StringBuilder out, List<String> items, String indent) {
        for (int i = 0; i < items.size(); i++) {
            out.append("\n").append(indent).append(items.get(i)).append(i + 1 < items.size() ? "," : "");
        }
    }

    /** The device's method: its class name in {@link JavaRegistersGenerator}, starting in lower case. */
    private static String method(Device d) {
        String cls = JavaRegistersGenerator.className(d.name());
        return Character.toLowerCase(cls.charAt(0)) + cls.substring(1);
    }

    private static String longHex(long value) {
        return "0x" + hex(value, 1) + "L";
    }

    /** A Java string literal; characters outside printable ASCII as escapes, so the file is plain ASCII. */
    static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        s.append(c);
                    } else {
                        s.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
