// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
// The APB register block of NPU behind the bridge.
#include "block.h"
#include "blocks.h"

#include "Vnpu_regs.h"

namespace nmtj {
namespace {

class Block_npu_regs : public VerilatedBlock<Vnpu_regs> {
public:
    Block_npu_regs() {
        Vnpu_regs& m = model();
        input("rst", 1, m.rst);
        input("psel", 1, m.psel);
        input("penable", 1, m.penable);
        input("pwrite", 1, m.pwrite);
        input("paddr", 16, m.paddr);
        input("pwdata", 32, m.pwdata);
        input("hw_we", 1, m.hw_we);
        input("hw_addr", 16, m.hw_addr);
        input("hw_data", 32, m.hw_data);
        input("mesh_i", 32, m.mesh_i);
        input("status_i", 32, m.status_i);
        input("timesteps_done_i", 32, m.timesteps_done_i);
        input("timesteps_left_i", 32, m.timesteps_left_i);
        input("last_cycles_i", 32, m.last_cycles_i);
        input("in_level_i", 32, m.in_level_i);
        input("out_spike_i", 32, m.out_spike_i);
        input("out_level_i", 32, m.out_level_i);
        input("out_timestep_i", 32, m.out_timestep_i);
        input("route_error_tile_i", 32, m.route_error_tile_i);
        input("spikes_in_i", 32, m.spikes_in_i);
        input("spikes_fired_i", 32, m.spikes_fired_i);
        input("spikes_out_i", 32, m.spikes_out_i);
        input("router_hops_i", 32, m.router_hops_i);
        input("router_stalls_i", 32, m.router_stalls_i);
        input("spikes_unmapped_i", 32, m.spikes_unmapped_i);
        input("dma_status_i", 32, m.dma_status_i);
        output("prdata", 32, m.prdata);
        output("pready", 1, m.pready);
        output("pslverr", 1, m.pslverr);
        output("wr_valid", 1, m.wr_valid);
        output("wr_addr", 16, m.wr_addr);
        output("wr_data", 32, m.wr_data);
        output("rd_valid", 1, m.rd_valid);
        output("rd_addr", 16, m.rd_addr);
        output("irq_pending_q", 32, m.irq_pending_q);
        output("irq_enable_q", 32, m.irq_enable_q);
        output("route_tile_q", 32, m.route_tile_q);
        output("route_index_q", 32, m.route_index_q);
        output("route_key_q", 32, m.route_key_q);
        output("route_mask_q", 32, m.route_mask_q);
        output("route_ports_q", 32, m.route_ports_q);
        output("map_tile_q", 32, m.map_tile_q);
        output("map_index_q", 32, m.map_index_q);
        output("map_key_q", 32, m.map_key_q);
        output("map_mask_q", 32, m.map_mask_q);
        output("map_row_q", 32, m.map_row_q);
        output("map_fanout_q", 32, m.map_fanout_q);
        output("dma_desc_q", 32, m.dma_desc_q);
    }
};

}  // namespace

std::unique_ptr<Block> makeNpuRegs() { return std::make_unique<Block_npu_regs>(); }

}  // namespace nmtj
