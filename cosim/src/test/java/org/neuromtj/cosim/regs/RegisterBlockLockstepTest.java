package org.neuromtj.cosim.regs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.cosim.RtlBlock;

/** Each generated APB register block against what the register description says its registers do. */
class RegisterBlockLockstepTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    @ParameterizedTest
    @ValueSource(strings = {"NPU", "NPU_TILE"})
    void rtlAndModelAgreeOnEveryOutputOfAMillionRandomCycles(String device) {
        RegisterBlockPorts ports = new RegisterBlockPorts(device);
        Lockstep lockstep = new Lockstep(() -> new RegisterBlockModel(ports),
                () -> RtlBlock.open(ports.block(), ports.inputs(), ports.outputs()),
                seed -> new RegisterBlockStimulus(ports, seed));
        Optional<Mismatch> mismatch = lockstep.run(1_000_000, 1, WAVES);
        assertTrue(mismatch.isEmpty(), () -> mismatch.get().describe());
    }
}
