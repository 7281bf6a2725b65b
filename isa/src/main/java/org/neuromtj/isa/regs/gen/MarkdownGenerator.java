package org.neuromtj.isa.regs.gen;

import static org.neuromtj.isa.regs.gen.Generator.hex;

import org.neuromtj.isa.regs.Constant;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.InterruptSource;
import org.neuromtj.isa.regs.Memory;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/** The register reference page for firmware developers and RTL engineers. */
public final class MarkdownGenerator implements Generator {

    @Override
    public String generate(RegisterMap map) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(map.chip()).append(" register reference\n\n");
        out.append("<!-- ").append(NOTICE).append(" -->\n\n");
        out.append("Description version ").append(map.version())
                .append(". C names carry the prefix `").append(map.prefix())
                .append("_` (header `neuromtj_regs.h`); SystemVerilog names live in package `")
                .append(map.chip().toLowerCase(java.util.Locale.ROOT)).append("_regs_pkg`.\n\n");
        out.append("Firmware reaches these registers through that header and the HAL over it (`nmtj_npu.h`, `nmtj_host.h`,"
                + " `nmtj.h`, `nmtj_image.h`), whose reference Doxygen generates: `./neuromtj sdk DIR` writes it to"
                + " `DIR/doc/html/index.html`, the header's page `neuromtj__regs_8h.html` and the NPU HAL's"
                + " `nmtj__npu_8h.html` beside it. The [firmware tutorial](../../firmware-samples/doc/tutorial.md)"
                + " starts a project on the SDK.\n\n");
        out.append("## Memory map\n\n| Base | Size | Name | Description |\n|---|---|---|---|\n");
        for (Memory m : map.memories()) {
            row(out, "`0x" + hex(m.base(), 8) + "`", "`0x" + hex(m.size(), 8) + "`", m.name(), m.description());
        }
        for (Device d : map.devices()) {
            row(out, "`0x" + hex(d.base(), 8) + "`", "`0x" + hex(d.size(), 8) + "`", "[" + d.name() + "](#"
                    + d.name().toLowerCase(java.util.Locale.ROOT) + ")", d.description());
        }
        for (Device d : map.devices()) {
            device(out, d);
        }
        out.append("\n## Interrupt sources\n\n| Id | Name | Device | Description |\n|---|---|---|---|\n");
        for (InterruptSource i : map.interrupts()) {
            row(out, Integer.toString(i.id()), i.name(), i.device(), i.description());
        }
        return out.toString();
    }

    private static void device(StringBuilder out, Device d) {
        out.append("\n## ").append(d.name()).append("\n\n").append(d.description()).append("\n\n");
        out.append("| Offset | Name | Width | Access | Reset | Description |\n|---|---|---|---|---|---|\n");
        for (Register r : d.registers()) {
            String offset = "`0x" + hex(r.offset(), 4) + "`"
                    + (r.isArray() ? " + n×" + r.stride() + " (n < " + r.count() + ")" : "");
            String description = r.description() + r.bank().map(b -> " Visible when " + b + ".").orElse("");
            row(out, offset, r.name(), Integer.toString(r.width()), r.access().name(),
                    "`0x" + hex(r.reset(), r.width() / 4) + "`", description);
        }
        for (Register r : d.registers()) {
            if (r.fields().isEmpty()) {
                continue;
            }
            out.append("\n### ").append(d.name()).append('.').append(r.name()).append(" fields\n\n");
            out.append("| Bits | Field | Description |\n|---|---|---|\n");
            for (Field f : r.fields()) {
                String bits = f.width() == 1 ? Integer.toString(f.lsb()) : f.msb() + ":" + f.lsb();
                row(out, bits, f.name(), f.description());
            }
        }
        if (!d.constants().isEmpty()) {
            out.append("\n### ").append(d.name()).append(" constants\n\n| Name | Value | Description |\n|---|---|---|\n");
            for (Constant c : d.constants()) {
                row(out, c.name(), "`0x" + hex(c.value(), 1) + "`", c.description());
            }
        }
    }

    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }
}
