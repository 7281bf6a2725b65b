// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
// The APB register block of NPU_TILE behind the bridge.
#include "block.h"
#include "blocks.h"

#include "Vnpu_tile_regs.h"
#include "Vnpu_tile_regs_reset_zero.h"
#include "Vnpu_tile_regs_mask_ignored.h"
#include "Vnpu_tile_regs_hw_wins.h"

namespace nmtj {
namespace {

template <class M>
class Block_npu_tile_regs : public VerilatedBlock<M> {
public:
    Block_npu_tile_regs() {
        M& m = this->model();
        this->input("rst", 1, m.rst);
        this->input("psel", 1, m.psel);
        this->input("penable", 1, m.penable);
        this->input("pwrite", 1, m.pwrite);
        this->input("paddr", 20, m.paddr);
        this->input("pwdata", 32, m.pwdata);
        this->input("hw_we", 1, m.hw_we);
        this->input("hw_addr", 20, m.hw_addr);
        this->input("hw_data", 32, m.hw_data);
        this->input("rows_i", 32, m.rows_i);
        this->input("columns_i", 32, m.columns_i);
        this->input("segment_i", 32, m.segment_i);
        this->input("levels_i", 32, m.levels_i);
        this->input("tdc_bits_i", 32, m.tdc_bits_i);
        this->input("tdc_count_i", 32, m.tdc_count_i);
        this->input("neurons_i", 32, m.neurons_i);
        this->input("status_i", 32, m.status_i);
        this->input("write_pulses_i", 32, m.write_pulses_i);
        this->input("write_retries_i", 32, m.write_retries_i);
        this->input("write_fails_i", 32, m.write_fails_i);
        this->input("ledger_count_lo_i", 32, m.ledger_count_lo_i);
        this->input("ledger_count_hi_i", 32, m.ledger_count_hi_i);
        this->output("prdata", 32, m.prdata);
        this->output("pready", 1, m.pready);
        this->output("pslverr", 1, m.pslverr);
        this->output("wr_valid", 1, m.wr_valid);
        this->output("wr_addr", 20, m.wr_addr);
        this->output("wr_data", 32, m.wr_data);
        this->output("rd_valid", 1, m.rd_valid);
        this->output("rd_addr", 20, m.rd_addr);
        this->output("select_q", 32, m.select_q);
        this->output("ctrl_q", 32, m.ctrl_q);
        this->output("pulse_mv_q", 32, m.pulse_mv_q);
        this->output("pulse_ps_q", 32, m.pulse_ps_q);
        this->output("max_retries_q", 32, m.max_retries_q);
        this->output("learn_ctrl_q", 32, m.learn_ctrl_q);
        this->output("learn_pulse_q", 32, m.learn_pulse_q);
        this->output("learn_depress_q", 32, m.learn_depress_q);
        this->output("learn_width_ps_q", 32, m.learn_width_ps_q);
        this->output("learn_rows_q", 32, m.learn_rows_q);
        this->output("mask_mv_q", 32, m.mask_mv_q);
        this->output("threshold_q", 32, m.threshold_q);
        this->output("ledger_action_q", 32, m.ledger_action_q);
        this->output("tdc_offset_q_0", 32, m.tdc_offset_q[0]);
        this->output("tdc_offset_q_1", 32, m.tdc_offset_q[1]);
        this->output("tdc_offset_q_2", 32, m.tdc_offset_q[2]);
        this->output("tdc_offset_q_3", 32, m.tdc_offset_q[3]);
        this->output("tdc_offset_q_4", 32, m.tdc_offset_q[4]);
        this->output("tdc_offset_q_5", 32, m.tdc_offset_q[5]);
        this->output("tdc_offset_q_6", 32, m.tdc_offset_q[6]);
        this->output("tdc_offset_q_7", 32, m.tdc_offset_q[7]);
        this->output("tdc_offset_q_8", 32, m.tdc_offset_q[8]);
        this->output("tdc_offset_q_9", 32, m.tdc_offset_q[9]);
        this->output("tdc_offset_q_10", 32, m.tdc_offset_q[10]);
        this->output("tdc_offset_q_11", 32, m.tdc_offset_q[11]);
        this->output("tdc_offset_q_12", 32, m.tdc_offset_q[12]);
        this->output("tdc_offset_q_13", 32, m.tdc_offset_q[13]);
        this->output("tdc_offset_q_14", 32, m.tdc_offset_q[14]);
        this->output("tdc_offset_q_15", 32, m.tdc_offset_q[15]);
        this->output("tdc_offset_q_16", 32, m.tdc_offset_q[16]);
        this->output("tdc_offset_q_17", 32, m.tdc_offset_q[17]);
        this->output("tdc_offset_q_18", 32, m.tdc_offset_q[18]);
        this->output("tdc_offset_q_19", 32, m.tdc_offset_q[19]);
        this->output("tdc_offset_q_20", 32, m.tdc_offset_q[20]);
        this->output("tdc_offset_q_21", 32, m.tdc_offset_q[21]);
        this->output("tdc_offset_q_22", 32, m.tdc_offset_q[22]);
        this->output("tdc_offset_q_23", 32, m.tdc_offset_q[23]);
        this->output("tdc_offset_q_24", 32, m.tdc_offset_q[24]);
        this->output("tdc_offset_q_25", 32, m.tdc_offset_q[25]);
        this->output("tdc_offset_q_26", 32, m.tdc_offset_q[26]);
        this->output("tdc_offset_q_27", 32, m.tdc_offset_q[27]);
        this->output("tdc_offset_q_28", 32, m.tdc_offset_q[28]);
        this->output("tdc_offset_q_29", 32, m.tdc_offset_q[29]);
        this->output("tdc_offset_q_30", 32, m.tdc_offset_q[30]);
        this->output("tdc_offset_q_31", 32, m.tdc_offset_q[31]);
        this->output("tdc_offset_q_32", 32, m.tdc_offset_q[32]);
        this->output("tdc_offset_q_33", 32, m.tdc_offset_q[33]);
        this->output("tdc_offset_q_34", 32, m.tdc_offset_q[34]);
        this->output("tdc_offset_q_35", 32, m.tdc_offset_q[35]);
        this->output("tdc_offset_q_36", 32, m.tdc_offset_q[36]);
        this->output("tdc_offset_q_37", 32, m.tdc_offset_q[37]);
        this->output("tdc_offset_q_38", 32, m.tdc_offset_q[38]);
        this->output("tdc_offset_q_39", 32, m.tdc_offset_q[39]);
        this->output("tdc_offset_q_40", 32, m.tdc_offset_q[40]);
        this->output("tdc_offset_q_41", 32, m.tdc_offset_q[41]);
        this->output("tdc_offset_q_42", 32, m.tdc_offset_q[42]);
        this->output("tdc_offset_q_43", 32, m.tdc_offset_q[43]);
        this->output("tdc_offset_q_44", 32, m.tdc_offset_q[44]);
        this->output("tdc_offset_q_45", 32, m.tdc_offset_q[45]);
        this->output("tdc_offset_q_46", 32, m.tdc_offset_q[46]);
        this->output("tdc_offset_q_47", 32, m.tdc_offset_q[47]);
        this->output("tdc_offset_q_48", 32, m.tdc_offset_q[48]);
        this->output("tdc_offset_q_49", 32, m.tdc_offset_q[49]);
        this->output("tdc_offset_q_50", 32, m.tdc_offset_q[50]);
        this->output("tdc_offset_q_51", 32, m.tdc_offset_q[51]);
        this->output("tdc_offset_q_52", 32, m.tdc_offset_q[52]);
        this->output("tdc_offset_q_53", 32, m.tdc_offset_q[53]);
        this->output("tdc_offset_q_54", 32, m.tdc_offset_q[54]);
        this->output("tdc_offset_q_55", 32, m.tdc_offset_q[55]);
        this->output("tdc_offset_q_56", 32, m.tdc_offset_q[56]);
        this->output("tdc_offset_q_57", 32, m.tdc_offset_q[57]);
        this->output("tdc_offset_q_58", 32, m.tdc_offset_q[58]);
        this->output("tdc_offset_q_59", 32, m.tdc_offset_q[59]);
        this->output("tdc_offset_q_60", 32, m.tdc_offset_q[60]);
        this->output("tdc_offset_q_61", 32, m.tdc_offset_q[61]);
        this->output("tdc_offset_q_62", 32, m.tdc_offset_q[62]);
        this->output("tdc_offset_q_63", 32, m.tdc_offset_q[63]);
        this->output("tdc_gain_q_0", 32, m.tdc_gain_q[0]);
        this->output("tdc_gain_q_1", 32, m.tdc_gain_q[1]);
        this->output("tdc_gain_q_2", 32, m.tdc_gain_q[2]);
        this->output("tdc_gain_q_3", 32, m.tdc_gain_q[3]);
        this->output("tdc_gain_q_4", 32, m.tdc_gain_q[4]);
        this->output("tdc_gain_q_5", 32, m.tdc_gain_q[5]);
        this->output("tdc_gain_q_6", 32, m.tdc_gain_q[6]);
        this->output("tdc_gain_q_7", 32, m.tdc_gain_q[7]);
        this->output("tdc_gain_q_8", 32, m.tdc_gain_q[8]);
        this->output("tdc_gain_q_9", 32, m.tdc_gain_q[9]);
        this->output("tdc_gain_q_10", 32, m.tdc_gain_q[10]);
        this->output("tdc_gain_q_11", 32, m.tdc_gain_q[11]);
        this->output("tdc_gain_q_12", 32, m.tdc_gain_q[12]);
        this->output("tdc_gain_q_13", 32, m.tdc_gain_q[13]);
        this->output("tdc_gain_q_14", 32, m.tdc_gain_q[14]);
        this->output("tdc_gain_q_15", 32, m.tdc_gain_q[15]);
        this->output("tdc_gain_q_16", 32, m.tdc_gain_q[16]);
        this->output("tdc_gain_q_17", 32, m.tdc_gain_q[17]);
        this->output("tdc_gain_q_18", 32, m.tdc_gain_q[18]);
        this->output("tdc_gain_q_19", 32, m.tdc_gain_q[19]);
        this->output("tdc_gain_q_20", 32, m.tdc_gain_q[20]);
        this->output("tdc_gain_q_21", 32, m.tdc_gain_q[21]);
        this->output("tdc_gain_q_22", 32, m.tdc_gain_q[22]);
        this->output("tdc_gain_q_23", 32, m.tdc_gain_q[23]);
        this->output("tdc_gain_q_24", 32, m.tdc_gain_q[24]);
        this->output("tdc_gain_q_25", 32, m.tdc_gain_q[25]);
        this->output("tdc_gain_q_26", 32, m.tdc_gain_q[26]);
        this->output("tdc_gain_q_27", 32, m.tdc_gain_q[27]);
        this->output("tdc_gain_q_28", 32, m.tdc_gain_q[28]);
        this->output("tdc_gain_q_29", 32, m.tdc_gain_q[29]);
        this->output("tdc_gain_q_30", 32, m.tdc_gain_q[30]);
        this->output("tdc_gain_q_31", 32, m.tdc_gain_q[31]);
        this->output("tdc_gain_q_32", 32, m.tdc_gain_q[32]);
        this->output("tdc_gain_q_33", 32, m.tdc_gain_q[33]);
        this->output("tdc_gain_q_34", 32, m.tdc_gain_q[34]);
        this->output("tdc_gain_q_35", 32, m.tdc_gain_q[35]);
        this->output("tdc_gain_q_36", 32, m.tdc_gain_q[36]);
        this->output("tdc_gain_q_37", 32, m.tdc_gain_q[37]);
        this->output("tdc_gain_q_38", 32, m.tdc_gain_q[38]);
        this->output("tdc_gain_q_39", 32, m.tdc_gain_q[39]);
        this->output("tdc_gain_q_40", 32, m.tdc_gain_q[40]);
        this->output("tdc_gain_q_41", 32, m.tdc_gain_q[41]);
        this->output("tdc_gain_q_42", 32, m.tdc_gain_q[42]);
        this->output("tdc_gain_q_43", 32, m.tdc_gain_q[43]);
        this->output("tdc_gain_q_44", 32, m.tdc_gain_q[44]);
        this->output("tdc_gain_q_45", 32, m.tdc_gain_q[45]);
        this->output("tdc_gain_q_46", 32, m.tdc_gain_q[46]);
        this->output("tdc_gain_q_47", 32, m.tdc_gain_q[47]);
        this->output("tdc_gain_q_48", 32, m.tdc_gain_q[48]);
        this->output("tdc_gain_q_49", 32, m.tdc_gain_q[49]);
        this->output("tdc_gain_q_50", 32, m.tdc_gain_q[50]);
        this->output("tdc_gain_q_51", 32, m.tdc_gain_q[51]);
        this->output("tdc_gain_q_52", 32, m.tdc_gain_q[52]);
        this->output("tdc_gain_q_53", 32, m.tdc_gain_q[53]);
        this->output("tdc_gain_q_54", 32, m.tdc_gain_q[54]);
        this->output("tdc_gain_q_55", 32, m.tdc_gain_q[55]);
        this->output("tdc_gain_q_56", 32, m.tdc_gain_q[56]);
        this->output("tdc_gain_q_57", 32, m.tdc_gain_q[57]);
        this->output("tdc_gain_q_58", 32, m.tdc_gain_q[58]);
        this->output("tdc_gain_q_59", 32, m.tdc_gain_q[59]);
        this->output("tdc_gain_q_60", 32, m.tdc_gain_q[60]);
        this->output("tdc_gain_q_61", 32, m.tdc_gain_q[61]);
        this->output("tdc_gain_q_62", 32, m.tdc_gain_q[62]);
        this->output("tdc_gain_q_63", 32, m.tdc_gain_q[63]);
    }
};

}  // namespace

std::unique_ptr<Block> makeNpuTileRegs() {
    return std::make_unique<Block_npu_tile_regs<Vnpu_tile_regs>>();
}
std::unique_ptr<Block> makeNpuTileRegsResetZero() {
    return std::make_unique<Block_npu_tile_regs<Vnpu_tile_regs_reset_zero>>();
}
std::unique_ptr<Block> makeNpuTileRegsMaskIgnored() {
    return std::make_unique<Block_npu_tile_regs<Vnpu_tile_regs_mask_ignored>>();
}
std::unique_ptr<Block> makeNpuTileRegsHwWins() {
    return std::make_unique<Block_npu_tile_regs<Vnpu_tile_regs_hw_wins>>();
}

}  // namespace nmtj
