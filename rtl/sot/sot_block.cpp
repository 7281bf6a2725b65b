// The SOT write-driver controller behind the bridge: the ports of sot_write_ctrl.sv in packing order.
#include "block.h"
#include "blocks.h"

#include "Vsot_write_ctrl.h"
#include "Vsot_write_ctrl_failed_kept.h"
#include "Vsot_write_ctrl_first_read_retry.h"
#include "Vsot_write_ctrl_pulse_short.h"
#include "Vsot_write_ctrl_retry_limit_early.h"

namespace nmtj {
namespace {

template <class M>
class SotBlock : public VerilatedBlock<M> {
public:
    SotBlock() {
        M& m = this->model();
        this->input("rst", 1, m.rst);
        this->input("cfg_verify", 1, m.cfg_verify);
        this->input("cfg_max_retries", 10, m.cfg_max_retries);
        this->input("cfg_pulse_cycles", 20, m.cfg_pulse_cycles);
        this->input("cfg_top_level", 6, m.cfg_top_level);
        this->input("start", 1, m.start);
        this->input("enable", 16, m.enable);
        this->input("target0", 32, m.target0);
        this->input("target1", 32, m.target1);
        this->input("target2", 32, m.target2);
        this->input("target3", 32, m.target3);
        this->input("sense_valid", 1, m.sense_valid);
        this->input("sensed0", 32, m.sensed0);
        this->input("sensed1", 32, m.sensed1);
        this->input("sensed2", 32, m.sensed2);
        this->input("sensed3", 32, m.sensed3);
        this->output("sense_req", 1, m.sense_req);
        this->output("sense_mask", 16, m.sense_mask);
        this->output("pulse_start", 16, m.pulse_start);
        this->output("pulse_en", 16, m.pulse_en);
        this->output("pulse_dir", 16, m.pulse_dir);
        this->output("busy", 1, m.busy);
        this->output("done", 1, m.done);
        this->output("failed", 16, m.failed);
        this->output("retries", 16, m.retries);
        this->output("cycles", 32, m.cycles);
    }
};

}  // namespace

std::unique_ptr<Block> makeSotWriteDriver() { return std::make_unique<SotBlock<Vsot_write_ctrl>>(); }
std::unique_ptr<Block> makeSotRetryLimitEarly() {
    return std::make_unique<SotBlock<Vsot_write_ctrl_retry_limit_early>>();
}
std::unique_ptr<Block> makeSotFirstReadRetry() {
    return std::make_unique<SotBlock<Vsot_write_ctrl_first_read_retry>>();
}
std::unique_ptr<Block> makeSotPulseShort() { return std::make_unique<SotBlock<Vsot_write_ctrl_pulse_short>>(); }
std::unique_ptr<Block> makeSotFailedKept() { return std::make_unique<SotBlock<Vsot_write_ctrl_failed_kept>>(); }

}  // namespace nmtj
