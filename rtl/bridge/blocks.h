// The factories of every block the bridge library holds.
#pragma once

#include <memory>

#include "block.h"

namespace nmtj {
std::unique_ptr<Block> makeLif();
std::unique_ptr<Block> makeLifLeakBug();
std::unique_ptr<Block> makeLifThresholdGt();
std::unique_ptr<Block> makeLifRefractoryShort();
std::unique_ptr<Block> makeLifThresholdReset();
std::unique_ptr<Block> makeNpuRegs();
std::unique_ptr<Block> makeNpuTileRegs();
std::unique_ptr<Block> makeNpuRegsResetZero();
std::unique_ptr<Block> makeNpuRegsMaskIgnored();
std::unique_ptr<Block> makeNpuRegsHwWins();
std::unique_ptr<Block> makeNpuRegsW1cAsRw();
std::unique_ptr<Block> makeNpuTileRegsResetZero();
std::unique_ptr<Block> makeNpuTileRegsMaskIgnored();
std::unique_ptr<Block> makeNpuTileRegsHwWins();
std::unique_ptr<Block> makeRouter();
std::unique_ptr<Block> makeRouterNoCredit();
std::unique_ptr<Block> makeRouterSinkIgnored();
std::unique_ptr<Block> makeRouterFixedPriority();
std::unique_ptr<Block> makeRouterHopShort();
std::unique_ptr<Block> makeTdc();
std::unique_ptr<Block> makeTdcFullScaleEarly();
std::unique_ptr<Block> makeTdcGainZeroKept();
std::unique_ptr<Block> makeTdcCaptureBeforeStart();
std::unique_ptr<Block> makeTdcGainReset();
std::unique_ptr<Block> makeSotWriteDriver();
std::unique_ptr<Block> makeSotRetryLimitEarly();
std::unique_ptr<Block> makeSotFirstReadRetry();
std::unique_ptr<Block> makeSotPulseShort();
std::unique_ptr<Block> makeSotFailedKept();
}  // namespace nmtj
