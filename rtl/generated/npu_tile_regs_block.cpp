// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
// The APB register block of NPU_TILE behind the bridge.
#include "block.h"
#include "blocks.h"

#include "Vnpu_tile_regs.h"

namespace nmtj {
namespace {

class Block_npu_tile_regs : public VerilatedBlock<Vnpu_tile_regs> {
public:
    Block_npu_tile_regs() {
        Vnpu_tile_regs& m = model();
        input("rst", 1, m.rst);
        input("psel", 1, m.psel);
        input("penable", 1, m.penable);
        input("pwrite", 1, m.pwrite);
        input("paddr", 20, m.paddr);
        input("pwdata", 32, m.pwdata);
        input("hw_we", 1, m.hw_we);
        input("hw_addr", 20, m.hw_addr);
        input("hw_data", 32, m.hw_data);
        input("rows_i", 32, m.rows_i);
        input("columns_i", 32, m.columns_i);
        input("segment_i", 32, m.segment_i);
        input("levels_i", 32, m.levels_i);
        input("tdc_bits_i", 32, m.tdc_bits_i);
        input("tdc_count_i", 32, m.tdc_count_i);
        input("neurons_i", 32, m.neurons_i);
        input("status_i", 32, m.status_i);
        input("write_pulses_i", 32, m.write_pulses_i);
        input("write_retries_i", 32, m.write_retries_i);
        input("write_fails_i", 32, m.write_fails_i);
        input("ledger_count_lo_i", 32, m.ledger_count_lo_i);
        input("ledger_count_hi_i", 32, m.ledger_count_hi_i);
        output("prdata", 32, m.prdata);
        output("pready", 1, m.pready);
        output("pslverr", 1, m.pslverr);
        output("wr_valid", 1, m.wr_valid);
        output("wr_addr", 20, m.wr_addr);
        output("wr_data", 32, m.wr_data);
        output("rd_valid", 1, m.rd_valid);
        output("rd_addr", 20, m.rd_addr);
        output("select_q", 32, m.select_q);
        output("ctrl_q", 32, m.ctrl_q);
        output("pulse_mv_q", 32, m.pulse_mv_q);
        output("pulse_ps_q", 32, m.pulse_ps_q);
        output("max_retries_q", 32, m.max_retries_q);
        output("learn_ctrl_q", 32, m.learn_ctrl_q);
        output("learn_pulse_q", 32, m.learn_pulse_q);
        output("learn_width_ps_q", 32, m.learn_width_ps_q);
        output("learn_rows_q", 32, m.learn_rows_q);
        output("mask_mv_q", 32, m.mask_mv_q);
        output("threshold_q", 32, m.threshold_q);
        output("ledger_action_q", 32, m.ledger_action_q);
        output("tdc_offset_q_0", 32, m.tdc_offset_q[0]);
        output("tdc_offset_q_1", 32, m.tdc_offset_q[1]);
        output("tdc_offset_q_2", 32, m.tdc_offset_q[2]);
        output("tdc_offset_q_3", 32, m.tdc_offset_q[3]);
        output("tdc_offset_q_4", 32, m.tdc_offset_q[4]);
        output("tdc_offset_q_5", 32, m.tdc_offset_q[5]);
        output("tdc_offset_q_6", 32, m.tdc_offset_q[6]);
        output("tdc_offset_q_7", 32, m.tdc_offset_q[7]);
        output("tdc_offset_q_8", 32, m.tdc_offset_q[8]);
        output("tdc_offset_q_9", 32, m.tdc_offset_q[9]);
        output("tdc_offset_q_10", 32, m.tdc_offset_q[10]);
        output("tdc_offset_q_11", 32, m.tdc_offset_q[11]);
        output("tdc_offset_q_12", 32, m.tdc_offset_q[12]);
        output("tdc_offset_q_13", 32, m.tdc_offset_q[13]);
        output("tdc_offset_q_14", 32, m.tdc_offset_q[14]);
        output("tdc_offset_q_15", 32, m.tdc_offset_q[15]);
        output("tdc_offset_q_16", 32, m.tdc_offset_q[16]);
        output("tdc_offset_q_17", 32, m.tdc_offset_q[17]);
        output("tdc_offset_q_18", 32, m.tdc_offset_q[18]);
        output("tdc_offset_q_19", 32, m.tdc_offset_q[19]);
        output("tdc_offset_q_20", 32, m.tdc_offset_q[20]);
        output("tdc_offset_q_21", 32, m.tdc_offset_q[21]);
        output("tdc_offset_q_22", 32, m.tdc_offset_q[22]);
        output("tdc_offset_q_23", 32, m.tdc_offset_q[23]);
        output("tdc_offset_q_24", 32, m.tdc_offset_q[24]);
        output("tdc_offset_q_25", 32, m.tdc_offset_q[25]);
        output("tdc_offset_q_26", 32, m.tdc_offset_q[26]);
        output("tdc_offset_q_27", 32, m.tdc_offset_q[27]);
        output("tdc_offset_q_28", 32, m.tdc_offset_q[28]);
        output("tdc_offset_q_29", 32, m.tdc_offset_q[29]);
        output("tdc_offset_q_30", 32, m.tdc_offset_q[30]);
        output("tdc_offset_q_31", 32, m.tdc_offset_q[31]);
        output("tdc_offset_q_32", 32, m.tdc_offset_q[32]);
        output("tdc_offset_q_33", 32, m.tdc_offset_q[33]);
        output("tdc_offset_q_34", 32, m.tdc_offset_q[34]);
        output("tdc_offset_q_35", 32, m.tdc_offset_q[35]);
        output("tdc_offset_q_36", 32, m.tdc_offset_q[36]);
        output("tdc_offset_q_37", 32, m.tdc_offset_q[37]);
        output("tdc_offset_q_38", 32, m.tdc_offset_q[38]);
        output("tdc_offset_q_39", 32, m.tdc_offset_q[39]);
        output("tdc_offset_q_40", 32, m.tdc_offset_q[40]);
        output("tdc_offset_q_41", 32, m.tdc_offset_q[41]);
        output("tdc_offset_q_42", 32, m.tdc_offset_q[42]);
        output("tdc_offset_q_43", 32, m.tdc_offset_q[43]);
        output("tdc_offset_q_44", 32, m.tdc_offset_q[44]);
        output("tdc_offset_q_45", 32, m.tdc_offset_q[45]);
        output("tdc_offset_q_46", 32, m.tdc_offset_q[46]);
        output("tdc_offset_q_47", 32, m.tdc_offset_q[47]);
        output("tdc_offset_q_48", 32, m.tdc_offset_q[48]);
        output("tdc_offset_q_49", 32, m.tdc_offset_q[49]);
        output("tdc_offset_q_50", 32, m.tdc_offset_q[50]);
        output("tdc_offset_q_51", 32, m.tdc_offset_q[51]);
        output("tdc_offset_q_52", 32, m.tdc_offset_q[52]);
        output("tdc_offset_q_53", 32, m.tdc_offset_q[53]);
        output("tdc_offset_q_54", 32, m.tdc_offset_q[54]);
        output("tdc_offset_q_55", 32, m.tdc_offset_q[55]);
        output("tdc_offset_q_56", 32, m.tdc_offset_q[56]);
        output("tdc_offset_q_57", 32, m.tdc_offset_q[57]);
        output("tdc_offset_q_58", 32, m.tdc_offset_q[58]);
        output("tdc_offset_q_59", 32, m.tdc_offset_q[59]);
        output("tdc_offset_q_60", 32, m.tdc_offset_q[60]);
        output("tdc_offset_q_61", 32, m.tdc_offset_q[61]);
        output("tdc_offset_q_62", 32, m.tdc_offset_q[62]);
        output("tdc_offset_q_63", 32, m.tdc_offset_q[63]);
        output("tdc_gain_q_0", 32, m.tdc_gain_q[0]);
        output("tdc_gain_q_1", 32, m.tdc_gain_q[1]);
        output("tdc_gain_q_2", 32, m.tdc_gain_q[2]);
        output("tdc_gain_q_3", 32, m.tdc_gain_q[3]);
        output("tdc_gain_q_4", 32, m.tdc_gain_q[4]);
        output("tdc_gain_q_5", 32, m.tdc_gain_q[5]);
        output("tdc_gain_q_6", 32, m.tdc_gain_q[6]);
        output("tdc_gain_q_7", 32, m.tdc_gain_q[7]);
        output("tdc_gain_q_8", 32, m.tdc_gain_q[8]);
        output("tdc_gain_q_9", 32, m.tdc_gain_q[9]);
        output("tdc_gain_q_10", 32, m.tdc_gain_q[10]);
        output("tdc_gain_q_11", 32, m.tdc_gain_q[11]);
        output("tdc_gain_q_12", 32, m.tdc_gain_q[12]);
        output("tdc_gain_q_13", 32, m.tdc_gain_q[13]);
        output("tdc_gain_q_14", 32, m.tdc_gain_q[14]);
        output("tdc_gain_q_15", 32, m.tdc_gain_q[15]);
        output("tdc_gain_q_16", 32, m.tdc_gain_q[16]);
        output("tdc_gain_q_17", 32, m.tdc_gain_q[17]);
        output("tdc_gain_q_18", 32, m.tdc_gain_q[18]);
        output("tdc_gain_q_19", 32, m.tdc_gain_q[19]);
        output("tdc_gain_q_20", 32, m.tdc_gain_q[20]);
        output("tdc_gain_q_21", 32, m.tdc_gain_q[21]);
        output("tdc_gain_q_22", 32, m.tdc_gain_q[22]);
        output("tdc_gain_q_23", 32, m.tdc_gain_q[23]);
        output("tdc_gain_q_24", 32, m.tdc_gain_q[24]);
        output("tdc_gain_q_25", 32, m.tdc_gain_q[25]);
        output("tdc_gain_q_26", 32, m.tdc_gain_q[26]);
        output("tdc_gain_q_27", 32, m.tdc_gain_q[27]);
        output("tdc_gain_q_28", 32, m.tdc_gain_q[28]);
        output("tdc_gain_q_29", 32, m.tdc_gain_q[29]);
        output("tdc_gain_q_30", 32, m.tdc_gain_q[30]);
        output("tdc_gain_q_31", 32, m.tdc_gain_q[31]);
        output("tdc_gain_q_32", 32, m.tdc_gain_q[32]);
        output("tdc_gain_q_33", 32, m.tdc_gain_q[33]);
        output("tdc_gain_q_34", 32, m.tdc_gain_q[34]);
        output("tdc_gain_q_35", 32, m.tdc_gain_q[35]);
        output("tdc_gain_q_36", 32, m.tdc_gain_q[36]);
        output("tdc_gain_q_37", 32, m.tdc_gain_q[37]);
        output("tdc_gain_q_38", 32, m.tdc_gain_q[38]);
        output("tdc_gain_q_39", 32, m.tdc_gain_q[39]);
        output("tdc_gain_q_40", 32, m.tdc_gain_q[40]);
        output("tdc_gain_q_41", 32, m.tdc_gain_q[41]);
        output("tdc_gain_q_42", 32, m.tdc_gain_q[42]);
        output("tdc_gain_q_43", 32, m.tdc_gain_q[43]);
        output("tdc_gain_q_44", 32, m.tdc_gain_q[44]);
        output("tdc_gain_q_45", 32, m.tdc_gain_q[45]);
        output("tdc_gain_q_46", 32, m.tdc_gain_q[46]);
        output("tdc_gain_q_47", 32, m.tdc_gain_q[47]);
        output("tdc_gain_q_48", 32, m.tdc_gain_q[48]);
        output("tdc_gain_q_49", 32, m.tdc_gain_q[49]);
        output("tdc_gain_q_50", 32, m.tdc_gain_q[50]);
        output("tdc_gain_q_51", 32, m.tdc_gain_q[51]);
        output("tdc_gain_q_52", 32, m.tdc_gain_q[52]);
        output("tdc_gain_q_53", 32, m.tdc_gain_q[53]);
        output("tdc_gain_q_54", 32, m.tdc_gain_q[54]);
        output("tdc_gain_q_55", 32, m.tdc_gain_q[55]);
        output("tdc_gain_q_56", 32, m.tdc_gain_q[56]);
        output("tdc_gain_q_57", 32, m.tdc_gain_q[57]);
        output("tdc_gain_q_58", 32, m.tdc_gain_q[58]);
        output("tdc_gain_q_59", 32, m.tdc_gain_q[59]);
        output("tdc_gain_q_60", 32, m.tdc_gain_q[60]);
        output("tdc_gain_q_61", 32, m.tdc_gain_q[61]);
        output("tdc_gain_q_62", 32, m.tdc_gain_q[62]);
        output("tdc_gain_q_63", 32, m.tdc_gain_q[63]);
    }
};

}  // namespace

std::unique_ptr<Block> makeNpuTileRegs() { return std::make_unique<Block_npu_tile_regs>(); }

}  // namespace nmtj
