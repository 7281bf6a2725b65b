// The C interface the Java bridge binds to with JNA direct mapping. Every call that can fail returns
// 0 on success and -1 on failure, leaving a message naming the block for nmtj_last_error; a Verilator
// fatal error inside a block ($fatal, a failed assertion) becomes such a failure instead of ending
// the process, and so does a crash (a bad access, a bus error, a division by zero) while a block runs.
#include <csetjmp>
#include <csignal>
#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

#include "block.h"
#include "blocks.h"

#ifndef NMTJ_SOURCES
#error "NMTJ_SOURCES (the digest of the RTL sources) must be defined by the build"
#endif

namespace {

thread_local std::string lastError;

struct Handle {
    std::string name;
    std::unique_ptr<nmtj::Block> block;
    bool crashed = false;
};

// Crash containment. While a thread runs a block, a fault on that thread jumps back to nmtj_run, which
// reports it; a fault anywhere else is passed on to the handler that was there before (the JVM's, which
// relies on faults in its own code), so the JVM sees nothing change.
constexpr int FAULTS[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL};
struct sigaction previous[sizeof(FAULTS) / sizeof(FAULTS[0])];
thread_local sigjmp_buf* running = nullptr;
thread_local int caught = 0;

void onFault(int sig, siginfo_t* info, void* context) {
    if (running != nullptr) {
        caught = sig;
        siglongjmp(*running, 1);
    }
    for (size_t i = 0; i < sizeof(FAULTS) / sizeof(FAULTS[0]); i++) {
        if (FAULTS[i] != sig) {
            continue;
        }
        const struct sigaction& before = previous[i];
        if (before.sa_flags & SA_SIGINFO) {
            before.sa_sigaction(sig, info, context);
        } else if (before.sa_handler != SIG_DFL && before.sa_handler != SIG_IGN) {
            before.sa_handler(sig);
        } else {
            sigaction(sig, &before, nullptr);
            raise(sig);
        }
    }
}

void containFaults() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (size_t i = 0; i < sizeof(FAULTS) / sizeof(FAULTS[0]); i++) {
            struct sigaction mine {};
            mine.sa_sigaction = onFault;
            mine.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
            sigemptyset(&mine.sa_mask);
            sigaction(FAULTS[i], &mine, &previous[i]);
        }
    });
}

struct VerilatorFatal : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const std::map<std::string, std::unique_ptr<nmtj::Block> (*)()>& factories() {
    static const std::map<std::string, std::unique_ptr<nmtj::Block> (*)()> table = {
        {"lif", nmtj::makeLif},
        {"lif_leak_bug", nmtj::makeLifLeakBug},
        {"lif_refractory_short", nmtj::makeLifRefractoryShort},
        {"lif_threshold_gt", nmtj::makeLifThresholdGt},
        {"lif_threshold_reset", nmtj::makeLifThresholdReset},
        {"npu_regs", nmtj::makeNpuRegs},
        {"npu_regs_hw_wins", nmtj::makeNpuRegsHwWins},
        {"npu_regs_mask_ignored", nmtj::makeNpuRegsMaskIgnored},
        {"npu_regs_reset_zero", nmtj::makeNpuRegsResetZero},
        {"npu_regs_w1c_as_rw", nmtj::makeNpuRegsW1cAsRw},
        {"npu_tile_regs", nmtj::makeNpuTileRegs},
        {"npu_tile_regs_hw_wins", nmtj::makeNpuTileRegsHwWins},
        {"npu_tile_regs_mask_ignored", nmtj::makeNpuTileRegsMaskIgnored},
        {"npu_tile_regs_reset_zero", nmtj::makeNpuTileRegsResetZero},
        {"router", nmtj::makeRouter},
        {"router_fixed_priority", nmtj::makeRouterFixedPriority},
        {"router_hop_short", nmtj::makeRouterHopShort},
        {"router_no_credit", nmtj::makeRouterNoCredit},
        {"router_sink_ignored", nmtj::makeRouterSinkIgnored},
        {"tdc", nmtj::makeTdc},
        {"tdc_capture_before_start", nmtj::makeTdcCaptureBeforeStart},
        {"tdc_full_scale_early", nmtj::makeTdcFullScaleEarly},
        {"tdc_gain_reset", nmtj::makeTdcGainReset},
        {"tdc_gain_zero_kept", nmtj::makeTdcGainZeroKept},
        {"write_driver", nmtj::makeSotWriteDriver},
        {"write_driver_failed_kept", nmtj::makeSotFailedKept},
        {"write_driver_first_read_retry", nmtj::makeSotFirstReadRetry},
        {"write_driver_pulse_short", nmtj::makeSotPulseShort},
        {"write_driver_retry_limit_early", nmtj::makeSotRetryLimitEarly},
    };
    return table;
}

template <class F>
int guarded(Handle* h, const char* what, F&& body) {
    try {
        body();
        return 0;
    } catch (const std::exception& e) {
        lastError = "block " + (h ? h->name : std::string("?")) + ": " + what + ": " + e.what();
        return -1;
    }
}

}  // namespace

// Verilator calls this for $fatal, $stop and internal errors (VL_USER_FATAL is defined by the build).
void vl_fatal(const char* filename, int linenum, const char* hier, const char* msg) {
    throw VerilatorFatal(std::string(msg) + " at " + (filename ? filename : "?") + ":" + std::to_string(linenum)
                         + " in " + (hier ? hier : "?"));
}

extern "C" {

const char* nmtj_sources() { return NMTJ_SOURCES; }

const char* nmtj_last_error() { return lastError.c_str(); }

// Names of the blocks this library holds, separated by ','.
const char* nmtj_blocks() {
    static const std::string names = [] {
        std::string s;
        for (const auto& [name, make] : factories()) {
            s += (s.empty() ? "" : ",") + name;
        }
        return s;
    }();
    return names.c_str();
}

void* nmtj_open(const char* name) {
    auto it = factories().find(name);
    if (it == factories().end()) {
        lastError = std::string("no block named ") + name + " in this library (it has " + nmtj_blocks() + ")";
        return nullptr;
    }
    auto* h = new Handle{name, nullptr};
    if (guarded(h, "open", [&] { h->block = it->second(); }) != 0) {
        delete h;
        return nullptr;
    }
    return h;
}

// A block that crashed is not destroyed: its state is undefined, so only the handle goes.
void nmtj_close(void* handle) {
    auto* h = static_cast<Handle*>(handle);
    if (h->crashed) {
        static_cast<void>(h->block.release());
    }
    delete h;
}

// Copies the port list into buf (NUL-terminated, truncated to len) and returns its full length.
int nmtj_ports(void* handle, char* buf, int len) {
    std::string ports = static_cast<Handle*>(handle)->block->ports();
    if (len > 0) {
        std::strncpy(buf, ports.c_str(), len - 1);
        buf[len - 1] = '\0';
    }
    return static_cast<int>(ports.size());
}

int nmtj_run(void* handle, int cycles, const uint32_t* in, uint32_t* out) {
    auto* h = static_cast<Handle*>(handle);
    if (h->crashed) {
        lastError = "block " + h->name + ": run: the block crashed earlier and cannot run again; close it";
        return -1;
    }
    containFaults();
    sigjmp_buf jump;
    if (sigsetjmp(jump, 1) != 0) {
        running = nullptr;
        h->crashed = true;
        lastError = "block " + h->name + ": run: native crash (" + strsignal(caught) + ") inside the block";
        return -1;
    }
    running = &jump;
    int status = guarded(h, "run", [&] { h->block->run(cycles, in, out); });
    running = nullptr;
    return status;
}

int nmtj_trace_open(void* handle, const char* path) {
    auto* h = static_cast<Handle*>(handle);
    return guarded(h, "trace", [&] {
        if (!h->block->traceOpen(path)) {
            throw std::runtime_error(std::string("cannot write ") + path);
        }
    });
}

void nmtj_trace_close(void* handle) { static_cast<Handle*>(handle)->block->traceClose(); }
}
