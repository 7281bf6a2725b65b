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
        o.append("#include \"block.h\"\n#include \"blocks.h\"\n\n#include \"").append(model).append(".h\"\n\n");
        o.append("namespace nmtj {\nnamespace {\n\n");
        o.append("class Block_").append(layout.module()).append(" : public VerilatedBlock<").append(model).append("> {\n");
        o.append("public:\n    Block_").append(layout.module()).append("() {\n");
        o.append("        ").append(model).append("& m = model();\n");
        for (RegisterBlockLayout.Port p : layout.ports()) {
            o.append("        ").append(p.input() ? "input" : "output").append("(\"").append(p.name()).append("\", ")
                    .append(p.width()).append(", m.").append(field(layout, p.name())).append(");\n");
        }
        o.append("    }\n};\n\n}  // namespace\n\n");
        o.append("std::unique_ptr<Block> ").append(factory(device)).append("() { return std::make_unique<Block_")
                .append(layout.module()).append(">(); }\n\n}  // namespace nmtj\n");
        return o.toString();
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
