package org.neuromtj.testbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.testbench.lif.LifTestbench;

/**
 * Every block's RTL against its Java model over a million cycles of its testbench's stimulus, and what
 * a mismatch reports: the cycle, the signal, the seed that replays it and a waveform around it.
 */
class LockstepTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    static Stream<Testbench> testbenches() {
        return Testbenches.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testbenches")
    void rtlAndModelAgreeOnEveryOutputOfAMillionRandomCycles(Testbench bench) {
        Optional<Mismatch> mismatch = bench.lockstep(bench.rtl()).run(1_000_000, 1, WAVES);
        assertTrue(mismatch.isEmpty(), () -> mismatch.get().describe());
    }

    @Test
    void anOffByOneLeakIsCaughtWithItsCycleSignalSeedAndWaveform() throws IOException {
        Lockstep buggy = new LifTestbench().lockstep("lif_leak_bug");
        Mismatch m = buggy.run(1_000_000, 7, WAVES).orElseThrow();
        assertEquals("out_membrane", m.signal(), m.describe());
        assertEquals(7, m.seed());
        assertTrue(m.describe().contains("cycle " + m.cycle() + ": out_membrane expected"), m.describe());
        String vcd = Files.readString(m.waveform());
        assertTrue(vcd.contains("out_membrane") && vcd.contains("$enddefinitions"), "a VCD of the block's signals");
        assertTrue(vcd.contains("\n#" + (2 * m.cycle() + 1) + "\n"), "the waveform holds the mismatch's clock edge");
        Mismatch again = buggy.run(m.cycle() + 1, 7, WAVES).orElseThrow();
        assertEquals(m.cycle(), again.cycle(), "the seed replays it");
    }
}
