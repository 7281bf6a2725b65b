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

/** The RTL's view of the chip: a SystemVerilog package of address, reset, field and interrupt parameters. */
public final class SvPackageGenerator implements Generator {

    @Override
    public String generate(RegisterMap map) {
        String pkg = map.chip().toLowerCase(Locale.ROOT) + "_regs_pkg";
        StringBuilder out = new StringBuilder();
        out.append("// ").append(NOTICE).append("\n");
        out.append("package ").append(pkg).append(";\n\n");
        param(out, "int", "REGS_VERSION", Integer.toString(map.version()));
        for (Memory m : map.memories()) {
            out.append("\n  // ").append(m.name()).append(": ").append(m.description()).append('\n');
            param(out, "logic [31:0]", m.name() + "_BASE", "32'h" + hex(m.base(), 8));
            param(out, "logic [32:0]", m.name() + "_SIZE", "33'h" + hex(m.size(), 8));
        }
        for (Device d : map.devices()) {
            out.append("\n  // ").append(d.name()).append('\n');
            param(out, "logic [31:0]", d.name() + "_BASE", "32'h" + hex(d.base(), 8));
            param(out, "logic [31:0]", d.name() + "_SIZE", "32'h" + hex(d.size(), 8));
            for (Register r : d.registers()) {
                String reg = d.name() + "_" + r.name();
                param(out, "logic [31:0]", reg + "_OFFSET", "32'h" + hex(r.offset(), 8));
                param(out, "logic [" + (r.width() - 1) + ":0]", reg + "_RESET",
                        r.width() + "'h" + hex(r.reset(), r.width() / 4));
                if (r.isArray()) {
                    param(out, "int", reg + "_COUNT", Integer.toString(r.count()));
                    param(out, "int", reg + "_STRIDE", Integer.toString(r.stride()));
                }
                for (Field f : r.fields()) {
                    param(out, "int", reg + "_" + f.name() + "_LSB", Integer.toString(f.lsb()));
                    param(out, "int", reg + "_" + f.name() + "_WIDTH", Integer.toString(f.width()));
                }
            }
            for (Constant c : d.constants()) {
                param(out, "logic [63:0]", d.name() + "_" + c.name(), "64'h" + hex(c.value(), 16));
            }
        }
        out.append("\n  // Interrupt controller source ids.\n");
        for (InterruptSource i : map.interrupts()) {
            param(out, "int", "IRQ_" + i.name(), Integer.toString(i.id()));
        }
        out.append("\nendpackage : ").append(pkg).append('\n');
        return out.toString();
    }

    private static void param(StringBuilder out, String type, String name, String value) {
        out.append("  localparam ").append(type).append(' ').append(name).append(" = ").append(value).append(";\n");
    }
}
