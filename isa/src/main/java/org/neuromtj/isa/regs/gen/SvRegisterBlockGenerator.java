package org.neuromtj.isa.regs.gen;

import static org.neuromtj.isa.regs.gen.Generator.hex;
import static org.neuromtj.isa.regs.gen.RegisterBlockLayout.input;
import static org.neuromtj.isa.regs.gen.RegisterBlockLayout.port;
import static org.neuromtj.isa.regs.gen.RegisterBlockLayout.stored;

import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;

/** One device's APB register block as synthesizable SystemVerilog; {@link RegisterBlockLayout} says what it does. */
public final class SvRegisterBlockGenerator implements Generator {
    private final String device;

    /** @param device the device whose block is generated */
    public SvRegisterBlockGenerator(String device) {
        this.device = device;
    }

    @Override
    public String generate(RegisterMap map) {
        RegisterBlockLayout layout = new RegisterBlockLayout(map.device(device));
        int aw = layout.addressBits();
        StringBuilder o = new StringBuilder();
        o.append("// ").append(NOTICE).append('\n');
        o.append("// The APB register block of ").append(device).append(": a slave with one wait state. In the first\n")
                .append("// access cycle it decodes paddr, writes or captures the read data, and raises pready for the\n")
                .append("// second. RW, W1C and W1S registers keep state on <reg>_q, which hw_* may overwrite (a\n")
                .append("// software write in the same cycle wins); RO and RC registers read <reg>_i; WO registers read\n")
                .append("// 0. Hits are reported a cycle later on wr_* (value masked to the fields) and rd_*; an\n")
                .append("// address that hits no register answers pslverr.\n");
        o.append("//\n// Deliberately wrong variants for the testbenches' mutation tests are selected by defines:\n")
                .append("// REGS_RESET_ZERO, REGS_MASK_IGNORED, REGS_HW_WINS, REGS_W1C_AS_RW.\n");
        o.append("module ").append(layout.module()).append(" (\n");
        o.append("    input  logic clk,\n");
        for (RegisterBlockLayout.Port p : layout.ports()) {
            if (p.name().matches(".*_\\d+") && isArrayPort(layout, p.name())) {
                continue;
            }
            o.append("    ").append(p.input() ? "input  logic " : "output logic ")
                    .append(p.width() > 1 ? "[" + (p.width() - 1) + ":0] " : "").append(p.name()).append(",\n");
        }
        for (Register r : layout.registers()) {
            if (r.isArray() && (input(r) || stored(r))) {
                o.append("    ").append(input(r) ? "input  logic [31:0] " + port(r) + "_i" : "output logic [31:0] "
                        + port(r) + "_q").append(" [").append(r.count()).append("],\n");
            }
        }
        o.setLength(o.length() - 2);
        o.append("\n);\n");
        o.append("`ifdef REGS_RESET_ZERO\n    localparam logic [31:0] RESET_KEEP = '0;\n`else\n")
                .append("    localparam logic [31:0] RESET_KEEP = '1;\n`endif\n");
        o.append("`ifdef REGS_MASK_IGNORED\n    localparam logic [31:0] UNMASKED = '1;\n`else\n")
                .append("    localparam logic [31:0] UNMASKED = '0;\n`endif\n");
        o.append("`ifdef REGS_HW_WINS\n    localparam logic HW_WINS = 1'b1;\n`else\n")
                .append("    localparam logic HW_WINS = 1'b0;\n`endif\n");
        // Read mux and decode of the address presented.
        o.append("    logic        hit;\n    logic [31:0] rvalue;\n    logic [31:0] hmask;\n");
        o.append("    always_comb begin\n        hit = 1'b0;\n        rvalue = '0;\n        hmask = '0;\n");
        for (Register r : layout.registers()) {
            String value = stored(r) ? q(r, "k") : input(r) ? port(r) + "_i" + (r.isArray() ? "[k]" : "") + " & "
                    + mask32(r) : "'0";
            decode(o, r, aw, "paddr", "hit = 1'b1;\n" + "                rvalue = " + value + ";\n"
                    + "                hmask = " + mask32(r) + ";");
        }
        o.append("    end\n\n");
        // Next state.
        o.append("    logic [31:0] prdata_n, wr_data_n;\n    logic pready_n, pslverr_n, wr_valid_n, rd_valid_n;\n");
        o.append("    logic [").append(aw - 1).append(":0] wr_addr_n, rd_addr_n;\n");
        for (Register r : layout.registers()) {
            if (stored(r)) {
                o.append("    logic [31:0] ").append(port(r)).append("_n").append(r.isArray() ? " [" + r.count() + "]" : "")
                        .append(";\n");
            }
        }
        o.append("    always_comb begin\n");
        o.append("        prdata_n = prdata;\n        pready_n = 1'b0;\n        pslverr_n = 1'b0;\n");
        o.append("        wr_valid_n = 1'b0;\n        wr_addr_n = wr_addr;\n        wr_data_n = wr_data;\n");
        o.append("        rd_valid_n = 1'b0;\n        rd_addr_n = rd_addr;\n");
        for (Register r : layout.registers()) {
            if (stored(r)) {
                o.append("        ").append(port(r)).append("_n = ").append(port(r)).append("_q;\n");
            }
        }
        o.append("        if (rst) begin\n            prdata_n = '0;\n            wr_addr_n = '0;\n")
                .append("            wr_data_n = '0;\n            rd_addr_n = '0;\n");
        for (Register r : layout.registers()) {
            if (stored(r)) {
                String reset = "32'h" + hex(r.reset() & r.mask(), 8) + " & RESET_KEEP";
                if (r.isArray()) {
                    o.append("            for (int k = 0; k < ").append(r.count()).append("; k++) begin\n                ")
                            .append(port(r)).append("_n[k] = ").append(reset).append(";\n            end\n");
                } else {
                    o.append("            ").append(port(r)).append("_n = ").append(reset).append(";\n");
                }
            }
        }
        o.append("        end else begin\n");
        for (Register r : layout.registers()) {
            if (stored(r)) {
                decode(o, r, aw, "hw_addr", "if (hw_we) begin\n                    " + n(r) + " = hw_data & "
                        + mask32(r) + ";\n                end");
            }
        }
        o.append("            if (psel && penable && !pready) begin\n");
        o.append("                pready_n = 1'b1;\n                pslverr_n = !hit;\n");
        o.append("                prdata_n = hit && !pwrite ? rvalue : '0;\n");
        o.append("                wr_valid_n = hit && pwrite;\n                rd_valid_n = hit && !pwrite;\n");
        o.append("                if (hit) begin\n");
        o.append("                    if (pwrite) begin\n                        wr_addr_n = paddr;\n")
                .append("                        wr_data_n = pwdata & hmask;\n                    end else begin\n")
                .append("                        rd_addr_n = paddr;\n                    end\n                end\n");
        for (Register r : layout.registers()) {
            if (!stored(r)) {
                continue;
            }
            String effect = switch (r.access()) {
                case RW -> n(r) + " = pwdata & (" + mask32(r) + " | UNMASKED);";
                case W1C -> "\n`ifdef REGS_W1C_AS_RW\n                    " + n(r) + " = pwdata & " + mask32(r)
                        + ";\n`else\n                    " + n(r) + " = " + n(r) + " & ~(pwdata & " + mask32(r)
                        + ");\n`endif";
                case W1S -> n(r) + " = " + n(r) + " | (pwdata & " + mask32(r) + ");";
                case RO, WO, RC -> throw new IllegalStateException("not stored: " + r.name());
            };
            decode(o, r, aw, "paddr", "if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin\n"
                    + "                    " + effect + "\n                end", "                ");
        }
        o.append("            end\n        end\n    end\n\n");
        o.append("    always_ff @(posedge clk) begin\n");
        o.append("        prdata <= prdata_n;\n        pready <= pready_n;\n        pslverr <= pslverr_n;\n");
        o.append("        wr_valid <= wr_valid_n;\n        wr_addr <= wr_addr_n;\n        wr_data <= wr_data_n;\n");
        o.append("        rd_valid <= rd_valid_n;\n        rd_addr <= rd_addr_n;\n");
        for (Register r : layout.registers()) {
            if (stored(r)) {
                o.append("        ").append(port(r)).append("_q <= ").append(port(r)).append("_n;\n");
            }
        }
        o.append("    end\nendmodule\n");
        return o.toString();
    }

    private static boolean isArrayPort(RegisterBlockLayout layout, String name) {
        for (Register r : layout.registers()) {
            if (r.isArray() && name.startsWith(port(r) + "_")) {
                return true;
            }
        }
        return false;
    }

    private static String q(Register r, String k) {
        return port(r) + "_q" + (r.isArray() ? "[" + k + "]" : "");
    }

    private static String n(Register r) {
        return port(r) + "_n" + (r.isArray() ? "[k]" : "");
    }

    private static String mask32(Register r) {
        return "32'h" + hex(r.mask(), 8);
    }

    private static void decode(StringBuilder o, Register r, int aw, String address, String body) {
        decode(o, r, aw, address, body, "        ");
    }

    /** Emits {@code body} under the condition that {@code address} is an element of r (k its index). */
    private static void decode(StringBuilder o, Register r, int aw, String address, String body, String indent) {
        String base = aw + "'h" + hex(r.offset(), (aw + 3) / 4);
        if (r.isArray()) {
            o.append(indent).append("for (int k = 0; k < ").append(r.count()).append("; k++) begin\n");
            o.append(indent).append("    if (").append(address).append(" == ").append(aw).append("'(")
                    .append(base).append(" + ").append(aw).append("'(k * ").append(r.stride()).append("))) begin\n");
        } else {
            o.append(indent).append("    if (").append(address).append(" == ").append(base).append(") begin\n");
        }
        o.append(indent).append("        ").append(body.replace("\n                ", "\n" + indent + "        "))
                .append('\n');
        o.append(indent).append("    end\n");
        if (r.isArray()) {
            o.append(indent).append("end\n");
        }
    }
}
