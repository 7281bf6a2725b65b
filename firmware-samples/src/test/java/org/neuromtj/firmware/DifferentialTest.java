package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample that uses only the control subsystem prints the same UART output and exits the same way
 * on NeuroMTJ and on QEMU's virt machine, which has no NPU; and every sample that needs no host files runs
 * to the same output, exit status, cycle and instruction count with hot code translated as with the
 * interpreter alone.
 */
class DifferentialTest {

    static List<String> samples() {
        return Firmware.CONTROL_ONLY;
    }

    @Test
    void everySampleIsBuilt() throws Exception {
        assertEquals(List.of("bench-calls", "bench-core", "fmnist", "fmnist-mmio", "hebbian", "hello", "hopfield-oja", "irq-spikes", "nir-run", "selftest", "snn-patterns", "stdp-fmnist", "stdp-rules", "template-memory", "tile-weights", "timer-irq"), Firmware.samples());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sameUartAndExitStatusAsQemu(String sample) throws Exception {
        Firmware.Run ours = Firmware.onNeuroMtj(sample);
        Firmware.Run qemu = Firmware.onQemu(sample);
        assertFalse(ours.uart().isEmpty(), sample + " printed nothing");
        assertEquals(qemu.uart(), ours.uart(), sample + ": UART output");
        assertEquals(qemu.exitStatus(), ours.exitStatus(), sample + ": exit status");
        assertEquals(0, ours.exitStatus(), sample + " reported failure:\n" + ours.uart());
    }

    static List<String> unhosted() throws Exception {
        return Firmware.samples().stream().filter(s -> !Firmware.HOSTED.contains(s)).toList();
    }

    @ParameterizedTest
    @MethodSource("unhosted")
    void translatedRunsCountEveryCycleAsTheInterpreterDoes(String sample) throws Exception {
        assertEquals(Firmware.counted(sample, false), Firmware.counted(sample, true), sample);
    }
}
