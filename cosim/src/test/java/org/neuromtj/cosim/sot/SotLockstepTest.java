package org.neuromtj.cosim.sot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.cosim.RtlBlock;

/** The write-driver controller's RTL against the emulator's write sequencer, cycle for cycle. */
class SotLockstepTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    @Test
    void rtlAndModelAgreeOnEveryOutputOfAMillionRandomCycles() {
        Lockstep lockstep = new Lockstep(SotCycleModel::new, () -> RtlBlock.open("write_driver", SotPorts.INPUTS,
                SotPorts.OUTPUTS), SotStimulus::new);
        Optional<Mismatch> mismatch = lockstep.run(1_000_000, 1, WAVES);
        assertTrue(mismatch.isEmpty(), () -> mismatch.get().describe());
    }
}
