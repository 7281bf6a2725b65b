package org.neuromtj.cosim.lif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.cosim.RtlBlock;

/** The LIF array's RTL against the emulator's LIF arithmetic, cycle for cycle. */
class LifLockstepTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    private static Lockstep against(String block) {
        return new Lockstep(LifCycleModel::new, () -> RtlBlock.open(block, LifPorts.INPUTS, LifPorts.OUTPUTS),
                LifStimulus::new);
    }

    @Test
    void rtlAndModelAgreeOnEveryOutputOfAMillionRandomCycles() {
        Optional<Mismatch> mismatch = against("lif").run(1_000_000, 1, WAVES);
        assertTrue(mismatch.isEmpty(), () -> mismatch.get().describe());
    }

    @Test
    void anOffByOneLeakIsCaughtWithItsCycleSignalSeedAndWaveform() throws IOException {
        Mismatch m = against("lif_leak_bug").run(1_000_000, 7, WAVES).orElseThrow();
        assertEquals("out_membrane", m.signal(), m.describe());
        assertEquals(7, m.seed());
        assertTrue(m.describe().contains("cycle " + m.cycle() + ": out_membrane expected"), m.describe());
        String vcd = Files.readString(m.waveform());
        assertTrue(vcd.contains("out_membrane") && vcd.contains("$enddefinitions"), "a VCD of the block's signals");
        assertTrue(vcd.contains("\n#" + (2 * m.cycle() + 1) + "\n"), "the waveform holds the mismatch's clock edge");
        Mismatch again = against("lif_leak_bug").run(m.cycle() + 1, 7, WAVES).orElseThrow();
        assertEquals(m.cycle(), again.cycle(), "the seed replays it");
    }
}
