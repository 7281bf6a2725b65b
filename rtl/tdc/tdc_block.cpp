// A bank of TDCs behind the bridge: the ports of tdc_bank.sv in packing order.
#include "block.h"
#include "blocks.h"

#include "Vtdc_bank.h"
#include "Vtdc_bank_capture_before_start.h"
#include "Vtdc_bank_full_scale_early.h"
#include "Vtdc_bank_gain_reset.h"
#include "Vtdc_bank_gain_zero_kept.h"

namespace nmtj {
namespace {

template <class M>
class TdcBlock : public VerilatedBlock<M> {
public:
    TdcBlock() {
        M& m = this->model();
        this->input("rst", 1, m.rst);
        this->input("cfg_bits", 5, m.cfg_bits);
        this->input("cal_we", 1, m.cal_we);
        this->input("cal_gain", 1, m.cal_gain);
        this->input("cal_addr", 5, m.cal_addr);
        this->input("cal_data", 16, m.cal_data);
        this->input("start", 1, m.start);
        this->input("sel", 12, m.sel);
        this->input("enable", 32, m.enable);
        this->input("fire", 32, m.fire);
        this->input("rd_addr", 5, m.rd_addr);
        this->input("probe_count", 26, m.probe_count);
        this->output("active", 32, m.active);
        this->output("busy", 1, m.busy);
        this->output("mux", 12, m.mux);
        this->output("rd_code", 16, m.rd_code);
        this->output("rd_saturated", 1, m.rd_saturated);
        this->output("rd_count", 26, m.rd_count);
        this->output("rd_offset", 16, m.rd_offset);
        this->output("rd_gain", 16, m.rd_gain);
        this->output("probe_code", 16, m.probe_code);
    }
};

}  // namespace

std::unique_ptr<Block> makeTdc() { return std::make_unique<TdcBlock<Vtdc_bank>>(); }
std::unique_ptr<Block> makeTdcFullScaleEarly() { return std::make_unique<TdcBlock<Vtdc_bank_full_scale_early>>(); }
std::unique_ptr<Block> makeTdcGainZeroKept() { return std::make_unique<TdcBlock<Vtdc_bank_gain_zero_kept>>(); }
std::unique_ptr<Block> makeTdcCaptureBeforeStart() {
    return std::make_unique<TdcBlock<Vtdc_bank_capture_before_start>>();
}
std::unique_ptr<Block> makeTdcGainReset() { return std::make_unique<TdcBlock<Vtdc_bank_gain_reset>>(); }

}  // namespace nmtj
