package org.neuromtj.cosim.tdc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.cosim.RtlBlock;

/** A TDC bank's RTL against the emulator's TDC arithmetic, cycle for cycle. */
class TdcLockstepTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    @Test
    void rtlAndModelAgreeOnEveryOutputOfAMillionRandomCycles() {
        Lockstep lockstep = new Lockstep(TdcCycleModel::new, () -> RtlBlock.open("tdc", TdcPorts.INPUTS,
                TdcPorts.OUTPUTS), TdcStimulus::new);
        Optional<Mismatch> mismatch = lockstep.run(1_000_000, 1, WAVES);
        assertTrue(mismatch.isEmpty(), () -> mismatch.get().describe());
    }
}
