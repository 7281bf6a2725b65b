// A bank of TDCs behind the bridge: the ports of tdc_bank.sv in packing order.
#include "block.h"
#include "blocks.h"

#include "Vtdc_bank.h"

namespace nmtj {
namespace {

class TdcBlock : public VerilatedBlock<Vtdc_bank> {
public:
    TdcBlock() {
        Vtdc_bank& m = model();
        input("rst", 1, m.rst);
        input("cfg_bits", 5, m.cfg_bits);
        input("cal_we", 1, m.cal_we);
        input("cal_gain", 1, m.cal_gain);
        input("cal_addr", 5, m.cal_addr);
        input("cal_data", 16, m.cal_data);
        input("start", 1, m.start);
        input("sel", 12, m.sel);
        input("enable", 32, m.enable);
        input("fire", 32, m.fire);
        input("rd_addr", 5, m.rd_addr);
        input("probe_count", 26, m.probe_count);
        output("active", 32, m.active);
        output("busy", 1, m.busy);
        output("mux", 12, m.mux);
        output("rd_code", 16, m.rd_code);
        output("rd_saturated", 1, m.rd_saturated);
        output("rd_count", 26, m.rd_count);
        output("rd_offset", 16, m.rd_offset);
        output("rd_gain", 16, m.rd_gain);
        output("probe_code", 16, m.probe_code);
    }
};

}  // namespace

std::unique_ptr<Block> makeTdc() { return std::make_unique<TdcBlock>(); }

}  // namespace nmtj
