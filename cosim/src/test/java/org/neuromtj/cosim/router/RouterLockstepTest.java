package org.neuromtj.cosim.router;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.cosim.RtlBlock;

/** The router mesh RTL against the emulator's EventRouter, cycle for cycle. */
class RouterLockstepTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    @Test
    void rtlAndModelAgreeOnEveryOutputOfAMillionRandomCycles() {
        Lockstep lockstep = new Lockstep(RouterCycleModel::new, () -> RtlBlock.open("router", RouterPorts.INPUTS,
                RouterPorts.OUTPUTS), RouterStimulus::new);
        Optional<Mismatch> mismatch = lockstep.run(1_000_000, 1, WAVES);
        assertTrue(mismatch.isEmpty(), () -> mismatch.get().describe());
    }
}
