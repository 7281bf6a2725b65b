// The SOT write-driver controller behind the bridge: the ports of sot_write_ctrl.sv in packing order.
#include "block.h"
#include "blocks.h"

#include "Vsot_write_ctrl.h"

namespace nmtj {
namespace {

class SotBlock : public VerilatedBlock<Vsot_write_ctrl> {
public:
    SotBlock() {
        Vsot_write_ctrl& m = model();
        input("rst", 1, m.rst);
        input("cfg_verify", 1, m.cfg_verify);
        input("cfg_max_retries", 10, m.cfg_max_retries);
        input("cfg_pulse_cycles", 20, m.cfg_pulse_cycles);
        input("cfg_top_level", 6, m.cfg_top_level);
        input("start", 1, m.start);
        input("enable", 16, m.enable);
        input("target0", 32, m.target0);
        input("target1", 32, m.target1);
        input("target2", 32, m.target2);
        input("target3", 32, m.target3);
        input("sense_valid", 1, m.sense_valid);
        input("sensed0", 32, m.sensed0);
        input("sensed1", 32, m.sensed1);
        input("sensed2", 32, m.sensed2);
        input("sensed3", 32, m.sensed3);
        output("sense_req", 1, m.sense_req);
        output("sense_mask", 16, m.sense_mask);
        output("pulse_start", 16, m.pulse_start);
        output("pulse_en", 16, m.pulse_en);
        output("pulse_dir", 16, m.pulse_dir);
        output("busy", 1, m.busy);
        output("done", 1, m.done);
        output("failed", 16, m.failed);
        output("retries", 16, m.retries);
        output("cycles", 32, m.cycles);
    }
};

}  // namespace

std::unique_ptr<Block> makeSotWriteDriver() { return std::make_unique<SotBlock>(); }

}  // namespace nmtj
