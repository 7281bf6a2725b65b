package org.neuromtj.isa.regs.gen;

import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * The co-simulation bridge's adapter for one device's APB register block: its ports in the packing
 * order of {@link RegisterBlockLayout#ports()}, and the factory the bridge names it by.
 */
public final class BridgeAdapterGenerator implements Generator {
    private final String device;

    /** @param device the device whose block the adapter drives */
    public BridgeAdapterGenerator(String device) {
        this.device = device;
    }

    /** @return the factory's name, {@code makeNpuTileRegs} for NPU_TILE */
    public static String factory(String device) {
        StringBuilder s = new StringBuilder("make");
        for (String part : device.split("_")) {
            s.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return s.append("Regs").toString();
    }

    @Override
    public String generate(RegisterMap map) {
        RegisterBlockLayout layout = new RegisterBlockLayout(map.device(device));
        String model = "V" + layout.module();
        StringBuilder o = new StringBuilder();
        o.append("// ").append(NOTICE).append('\n');
        o.append("// The APB register block of ").append(device).append(" behind the bridge.\n");
        o.append("#include \"block.h\"\n#include \"blocks.h\"\n\n#include \"").append(model).append(".h\"\n");
        for (String m : layout.mutants().keySet()) {
            o.append("#include \"").append(model).append('_').append(m).append(".h\"\n");
        }
        o.append('\n');
        o.append("namespace nmtj {\nnamespace {\n\n");
        o.append("template <class M>\nclass Block_").append(layout.module()).append(" : public VerilatedBlock<M> {\n");
        o.append("public:\n    Block_").append(layout.module()).append("() {\n");
        o.append("        M& m = this->model();\n");
        for (RegisterBlockLayout.Port p : layout.ports()) {
            o.append("        this->").append(p.input() ? "input" : "output").append("(\"").append(p.name()).append("\", ")
                    .append(p.width()).append(", m.").append(field(layout, p.name())).append(");\n");
        }
        o.append("    }\n};\n\n}  // namespace\n\n");
        factory(o, factory(device), layout.module(), model);
        for (String m : layout.mutants().keySet()) {
            factory(o, factory(device) + camel(m), layout.module(), model + "_" + m);
        }
        o.append("\n}  // namespace nmtj\n");
        return o.toString();
    }

    private static void factory(StringBuilder o, String name, String module, String model) {
        o.append("std::unique_ptr<Block> ").append(name).append("() {\n    return std::make_unique<Block_")
                .append(module).append('<').append(model).append(">>();\n}\n");
    }

    private static String camel(String snake) {
        StringBuilder s = new StringBuilder();
        for (String part : snake.split("_")) {
            s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return s.toString();
    }

    /** The model's member for a port: {@code tdc_offset_q[3]} for the expanded {@code tdc_offset_q_3}. */
    private static String field(RegisterBlockLayout layout, String port) {
        for (Register r : layout.registers()) {
            for (String suffix : new String[] {"_i_", "_q_"}) {
                String prefix = RegisterBlockLayout.port(r) + suffix;
                if (r.isArray() && port.startsWith(prefix) && port.substring(prefix.length()).matches("\\d+")) {
                    return prefix.substring(0, prefix.length() - 1) + "[" + port.substring(prefix.length()) + "]";
                }
            }
        }
        return port;
    }
}
