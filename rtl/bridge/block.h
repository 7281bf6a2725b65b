// A Verilated block behind the bridge's C interface: its ports, packed one 32-bit word per port per
// cycle, and a clock it advances itself. Each block's adapter (rtl/<block>/<block>_block.cpp) lists
// its ports once; everything else is shared here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <verilated.h>
#include <verilated_vcd_c.h>

namespace nmtj {

// One port of a Verilated model: where its field is and how wide it is.
struct Port {
    std::string name;
    int width;
    bool input;
    void* field;
    int bytes;  // 1, 2, 4 or 8: the Verilator field type (CData, SData, IData, QData)

    void set(uint32_t value) const {
        switch (bytes) {
            case 1: *static_cast<uint8_t*>(field) = static_cast<uint8_t>(value); break;
            case 2: *static_cast<uint16_t*>(field) = static_cast<uint16_t>(value); break;
            case 4: *static_cast<uint32_t*>(field) = value; break;
            default: *static_cast<uint64_t*>(field) = value; break;
        }
    }

    uint32_t get() const {
        switch (bytes) {
            case 1: return *static_cast<const uint8_t*>(field);
            case 2: return *static_cast<const uint16_t*>(field);
            case 4: return *static_cast<const uint32_t*>(field);
            default: return static_cast<uint32_t>(*static_cast<const uint64_t*>(field));
        }
    }
};

// What the bridge needs of any block.
class Block {
public:
    virtual ~Block() = default;
    // "name:width:in|out" entries joined by ';', inputs first, in packing order.
    virtual std::string ports() const = 0;
    // Runs `cycles` rising clock edges: before each, the inputs are set from the next words of `in`;
    // after it, the outputs are written to the next words of `out`.
    virtual void run(int cycles, const uint32_t* in, uint32_t* out) = 0;
    virtual bool traceOpen(const char* path) = 0;
    virtual void traceClose() = 0;
};

// A Verilated model M driven through its listed ports; the model's clock port is named clk.
template <class M>
class VerilatedBlock : public Block {
public:
    VerilatedBlock() : context_(new VerilatedContext) {
        enter();
        context_->traceEverOn(true);
        model_.reset(new M(context_.get(), "top"));
    }

    ~VerilatedBlock() override {
        enter();
        traceClose();
        model_->final();
        model_.reset();
        Verilated::threadContextp(nullptr);
    }

    std::string ports() const override {
        std::string out;
        for (const Port& p : inputs_) {
            out += p.name + ":" + std::to_string(p.width) + ":in;";
        }
        for (const Port& p : outputs_) {
            out += p.name + ":" + std::to_string(p.width) + ":out;";
        }
        return out;
    }

    void run(int cycles, const uint32_t* in, uint32_t* out) override {
        enter();
        const size_t ni = inputs_.size();
        const size_t no = outputs_.size();
        for (int c = 0; c < cycles; c++) {
            for (size_t i = 0; i < ni; i++) {
                inputs_[i].set(in[c * ni + i]);
            }
            model_->clk = 0;
            model_->eval();
            dump();
            model_->clk = 1;
            model_->eval();
            dump();
            for (size_t o = 0; o < no; o++) {
                out[c * no + o] = outputs_[o].get();
            }
        }
    }

    bool traceOpen(const char* path) override {
        enter();
        traceClose();
        trace_.reset(new VerilatedVcdC);
        model_->trace(trace_.get(), 99);
        trace_->open(path);
        return trace_->isOpen();
    }

    void traceClose() override {
        enter();
        if (trace_) {
            trace_->close();
            trace_.reset();
        }
    }

protected:
    M& model() { return *model_; }

    template <class F>
    void input(const char* name, int width, F& field) { inputs_.push_back({name, width, true, &field, sizeof(F)}); }

    template <class F>
    void output(const char* name, int width, F& field) { outputs_.push_back({name, width, false, &field, sizeof(F)}); }

private:
    // Verilator keeps the context of "the" model in a thread-local; with many models on one thread, each
    // call must name its own, or the runtime reaches a context that was already destroyed.
    void enter() { Verilated::threadContextp(context_.get()); }

    void dump() {
        if (trace_) {
            trace_->dump(time_);
        }
        time_++;
    }

    std::unique_ptr<VerilatedContext> context_;
    std::unique_ptr<M> model_;
    std::unique_ptr<VerilatedVcdC> trace_;
    std::vector<Port> inputs_;
    std::vector<Port> outputs_;
    uint64_t time_ = 0;
};

// Every block the library holds, by name; each adapter registers its own.
std::unique_ptr<Block> makeBlock(const std::string& name);

}  // namespace nmtj
