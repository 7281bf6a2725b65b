// The router mesh behind the bridge: the ports of router_mesh.sv in packing order, the per-tile arrays
// as one port per tile (inj_key_0, inj_key_1, ...).
#include <string>

#include "block.h"
#include "blocks.h"

#include "Vrouter_mesh.h"
#include "Vrouter_mesh_fixed_priority.h"
#include "Vrouter_mesh_hop_short.h"
#include "Vrouter_mesh_no_credit.h"
#include "Vrouter_mesh_sink_ignored.h"

namespace nmtj {
namespace {

constexpr int TILES = 16;

template <class M>
class RouterBlock : public VerilatedBlock<M> {
public:
    RouterBlock() {
        M& m = this->model();
        this->input("rst", 1, m.rst);
        this->input("cfg_width", 3, m.cfg_width);
        this->input("cfg_height", 3, m.cfg_height);
        this->input("cfg_depth", 4, m.cfg_depth);
        this->input("cfg_hop", 4, m.cfg_hop);
        this->input("cfg_link", 4, m.cfg_link);
        this->input("tbl_we", 1, m.tbl_we);
        this->input("tbl_tile", 4, m.tbl_tile);
        this->input("tbl_index", 4, m.tbl_index);
        this->input("tbl_valid", 1, m.tbl_valid);
        this->input("tbl_key", 32, m.tbl_key);
        this->input("tbl_mask", 32, m.tbl_mask);
        this->input("tbl_ports", 5, m.tbl_ports);
        for (int t = 0; t < TILES; t++) {
            this->input(("inj_key_" + std::to_string(t)).c_str(), 32, m.inj_key[t]);
        }
        for (int t = 0; t < TILES; t++) {
            this->input(("inj_ctl_" + std::to_string(t)).c_str(), 32, m.inj_ctl[t]);
        }
        this->input("sink_ready", 16, m.sink_ready);
        this->output("inj_status", 32, m.inj_status);
        this->output("local_full", 16, m.local_full);
        for (int t = 0; t < TILES; t++) {
            this->output(("fifo_full_" + std::to_string(t)).c_str(), 5, m.fifo_full[t]);
        }
        this->output("out_valid", 16, m.out_valid);
        for (int t = 0; t < TILES; t++) {
            this->output(("out_key_" + std::to_string(t)).c_str(), 32, m.out_key[t]);
        }
        for (int t = 0; t < TILES; t++) {
            this->output(("out_id_" + std::to_string(t)).c_str(), 16, m.out_id[t]);
        }
        this->output("idle", 1, m.idle);
        this->output("hops", 32, m.hops);
        this->output("stalls", 32, m.stalls);
        this->output("misrouted", 32, m.misrouted);
    }
};

}  // namespace

std::unique_ptr<Block> makeRouter() { return std::make_unique<RouterBlock<Vrouter_mesh>>(); }
std::unique_ptr<Block> makeRouterNoCredit() { return std::make_unique<RouterBlock<Vrouter_mesh_no_credit>>(); }
std::unique_ptr<Block> makeRouterSinkIgnored() { return std::make_unique<RouterBlock<Vrouter_mesh_sink_ignored>>(); }
std::unique_ptr<Block> makeRouterFixedPriority() {
    return std::make_unique<RouterBlock<Vrouter_mesh_fixed_priority>>();
}
std::unique_ptr<Block> makeRouterHopShort() { return std::make_unique<RouterBlock<Vrouter_mesh_hop_short>>(); }

}  // namespace nmtj
