// The router mesh behind the bridge: the ports of router_mesh.sv in packing order, the per-tile arrays
// as one port per tile (inj_key_0, inj_key_1, ...).
#include <string>

#include "block.h"
#include "blocks.h"

#include "Vrouter_mesh.h"

namespace nmtj {
namespace {

constexpr int TILES = 16;

class RouterBlock : public VerilatedBlock<Vrouter_mesh> {
public:
    RouterBlock() {
        Vrouter_mesh& m = model();
        input("rst", 1, m.rst);
        input("cfg_width", 3, m.cfg_width);
        input("cfg_height", 3, m.cfg_height);
        input("cfg_depth", 4, m.cfg_depth);
        input("cfg_hop", 4, m.cfg_hop);
        input("cfg_link", 4, m.cfg_link);
        input("tbl_we", 1, m.tbl_we);
        input("tbl_tile", 4, m.tbl_tile);
        input("tbl_index", 4, m.tbl_index);
        input("tbl_valid", 1, m.tbl_valid);
        input("tbl_key", 32, m.tbl_key);
        input("tbl_mask", 32, m.tbl_mask);
        input("tbl_ports", 5, m.tbl_ports);
        for (int t = 0; t < TILES; t++) {
            input(("inj_key_" + std::to_string(t)).c_str(), 32, m.inj_key[t]);
        }
        for (int t = 0; t < TILES; t++) {
            input(("inj_ctl_" + std::to_string(t)).c_str(), 32, m.inj_ctl[t]);
        }
        input("sink_ready", 16, m.sink_ready);
        output("inj_status", 32, m.inj_status);
        output("local_full", 16, m.local_full);
        output("out_valid", 16, m.out_valid);
        for (int t = 0; t < TILES; t++) {
            output(("out_key_" + std::to_string(t)).c_str(), 32, m.out_key[t]);
        }
        for (int t = 0; t < TILES; t++) {
            output(("out_id_" + std::to_string(t)).c_str(), 16, m.out_id[t]);
        }
        output("idle", 1, m.idle);
        output("hops", 32, m.hops);
        output("stalls", 32, m.stalls);
        output("misrouted", 32, m.misrouted);
    }
};

}  // namespace

std::unique_ptr<Block> makeRouter() { return std::make_unique<RouterBlock>(); }

}  // namespace nmtj
