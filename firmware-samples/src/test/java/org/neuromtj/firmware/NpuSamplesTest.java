package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Samples that drive the NPU check their own results; each must pass on the virtual chip. */
class NpuSamplesTest {

    static List<String> samples() throws Exception {
        return Firmware.samples().stream().filter(s -> !Firmware.CONTROL_ONLY.contains(s) && !Firmware.HOSTED.contains(s))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplePassesItsOwnChecks(String sample) throws Exception {
        Firmware.Run run = Firmware.onNeuroMtj(sample);
        assertEquals(0, run.exitStatus(), sample + ":\n" + run.uart());
        assertTrue(run.uart().strip().endsWith("PASS"), sample + ":\n" + run.uart());
    }

    /**
     * The template-memory sample checks Oja against Hebb on correlated patterns itself; other device seeds give
     * other cells, variation and switching draws, and the ordering must not hang on one of them.
     */
    @ParameterizedTest
    @ValueSource(longs = {2, 3, 4})
    void templateMemoryOjaBeatsHebbOnCorrelatedPatternsWhateverTheDeviceSeed(long seed) throws Exception {
        Firmware.Run run = Firmware.onNeuroMtj("template-memory", seed);
        assertTrue(run.uart().contains("correlated Oja : 100 probes"), run.uart());
        assertEquals(0, run.exitStatus(), "seed " + seed + ":\n" + run.uart());
    }

    @Test
    void tileWeightsReportsTheDefaultTileAndItsRetries() throws Exception {
        String uart = Firmware.onNeuroMtj("tile-weights").uart();
        assertTrue(uart.startsWith("tile0: 64 x 64 cells in strings of 64, 2 levels, 8 TDCs of 10 bits, 32 neurons\n"),
                uart);
        assertTrue(uart.contains(" 0 failed, 0 read back wrong"), uart);
    }
}
