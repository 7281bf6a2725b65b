// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
// The APB register block of NPU behind the bridge.
#include "block.h"
#include "blocks.h"

#include "Vnpu_regs.h"
#include "Vnpu_regs_reset_zero.h"
#include "Vnpu_regs_mask_ignored.h"
#include "Vnpu_regs_hw_wins.h"
#include "Vnpu_regs_w1c_as_rw.h"

namespace nmtj {
namespace {

template <class M>
class Block_npu_regs : public VerilatedBlock<M> {
public:
    Block_npu_regs() {
        M& m = this->model();
        this->input("rst", 1, m.rst);
        this->input("psel", 1, m.psel);
        this->input("penable", 1, m.penable);
        this->input("pwrite", 1, m.pwrite);
        this->input("paddr", 16, m.paddr);
        this->input("pwdata", 32, m.pwdata);
        this->input("hw_we", 1, m.hw_we);
        this->input("hw_addr", 16, m.hw_addr);
        this->input("hw_data", 32, m.hw_data);
        this->input("mesh_i", 32, m.mesh_i);
        this->input("status_i", 32, m.status_i);
        this->input("timesteps_done_i", 32, m.timesteps_done_i);
        this->input("timesteps_left_i", 32, m.timesteps_left_i);
        this->input("last_cycles_i", 32, m.last_cycles_i);
        this->input("in_level_i", 32, m.in_level_i);
        this->input("out_spike_i", 32, m.out_spike_i);
        this->input("out_level_i", 32, m.out_level_i);
        this->input("out_timestep_i", 32, m.out_timestep_i);
        this->input("route_error_tile_i", 32, m.route_error_tile_i);
        this->input("spikes_in_i", 32, m.spikes_in_i);
        this->input("spikes_fired_i", 32, m.spikes_fired_i);
        this->input("spikes_out_i", 32, m.spikes_out_i);
        this->input("router_hops_i", 32, m.router_hops_i);
        this->input("router_stalls_i", 32, m.router_stalls_i);
        this->input("spikes_unmapped_i", 32, m.spikes_unmapped_i);
        this->input("dma_status_i", 32, m.dma_status_i);
        this->output("prdata", 32, m.prdata);
        this->output("pready", 1, m.pready);
        this->output("pslverr", 1, m.pslverr);
        this->output("wr_valid", 1, m.wr_valid);
        this->output("wr_addr", 16, m.wr_addr);
        this->output("wr_data", 32, m.wr_data);
        this->output("rd_valid", 1, m.rd_valid);
        this->output("rd_addr", 16, m.rd_addr);
        this->output("irq_pending_q", 32, m.irq_pending_q);
        this->output("irq_enable_q", 32, m.irq_enable_q);
        this->output("route_tile_q", 32, m.route_tile_q);
        this->output("route_index_q", 32, m.route_index_q);
        this->output("route_key_q", 32, m.route_key_q);
        this->output("route_mask_q", 32, m.route_mask_q);
        this->output("route_ports_q", 32, m.route_ports_q);
        this->output("map_tile_q", 32, m.map_tile_q);
        this->output("map_index_q", 32, m.map_index_q);
        this->output("map_key_q", 32, m.map_key_q);
        this->output("map_mask_q", 32, m.map_mask_q);
        this->output("map_row_q", 32, m.map_row_q);
        this->output("map_fanout_q", 32, m.map_fanout_q);
        this->output("dma_desc_q", 32, m.dma_desc_q);
    }
};

}  // namespace

std::unique_ptr<Block> makeNpuRegs() {
    return std::make_unique<Block_npu_regs<Vnpu_regs>>();
}
std::unique_ptr<Block> makeNpuRegsResetZero() {
    return std::make_unique<Block_npu_regs<Vnpu_regs_reset_zero>>();
}
std::unique_ptr<Block> makeNpuRegsMaskIgnored() {
    return std::make_unique<Block_npu_regs<Vnpu_regs_mask_ignored>>();
}
std::unique_ptr<Block> makeNpuRegsHwWins() {
    return std::make_unique<Block_npu_regs<Vnpu_regs_hw_wins>>();
}
std::unique_ptr<Block> makeNpuRegsW1cAsRw() {
    return std::make_unique<Block_npu_regs<Vnpu_regs_w1c_as_rw>>();
}

}  // namespace nmtj
