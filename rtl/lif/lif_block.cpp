// The LIF neuron array behind the bridge: the ports of lif_array.sv in packing order.
#include "block.h"
#include "blocks.h"

#include "Vlif_array.h"
#include "Vlif_array_leak_bug.h"
#include "Vlif_array_refractory_short.h"
#include "Vlif_array_threshold_gt.h"
#include "Vlif_array_threshold_reset.h"

namespace nmtj {
namespace {

template <class M>
class LifBlock : public VerilatedBlock<M> {
public:
    LifBlock() {
        M& m = this->model();
        this->input("rst", 1, m.rst);
        this->input("clear", 1, m.clear);
        this->input("cfg_width", 6, m.cfg_width);
        this->input("cfg_leak_mul", 1, m.cfg_leak_mul);
        this->input("cfg_shift", 5, m.cfg_shift);
        this->input("cfg_decay", 13, m.cfg_decay);
        this->input("cfg_refractory", 8, m.cfg_refractory);
        this->input("cfg_reset_sub", 1, m.cfg_reset_sub);
        this->input("threshold_we", 1, m.threshold_we);
        this->input("threshold_in", 32, m.threshold_in);
        this->input("in_valid", 1, m.in_valid);
        this->input("in_neuron", 8, m.in_neuron);
        this->input("in_current", 32, m.in_current);
        this->output("out_valid", 1, m.out_valid);
        this->output("out_neuron", 8, m.out_neuron);
        this->output("out_fired", 1, m.out_fired);
        this->output("out_membrane", 32, m.out_membrane);
        this->output("out_refractory", 8, m.out_refractory);
    }
};

}  // namespace

std::unique_ptr<Block> makeLif() { return std::make_unique<LifBlock<Vlif_array>>(); }
std::unique_ptr<Block> makeLifLeakBug() { return std::make_unique<LifBlock<Vlif_array_leak_bug>>(); }
std::unique_ptr<Block> makeLifThresholdGt() { return std::make_unique<LifBlock<Vlif_array_threshold_gt>>(); }
std::unique_ptr<Block> makeLifRefractoryShort() { return std::make_unique<LifBlock<Vlif_array_refractory_short>>(); }
std::unique_ptr<Block> makeLifThresholdReset() { return std::make_unique<LifBlock<Vlif_array_threshold_reset>>(); }

}  // namespace nmtj
