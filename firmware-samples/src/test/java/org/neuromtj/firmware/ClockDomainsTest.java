package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.TimestepReport;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.sim.RunResult;

/**
 * The NPU on a clock of its own: three times and a quarter of the core's, the firmware prints what it
 * prints at 1:1, and every timestep lasts, in core cycles, what its NPU cycles take on the NPU's clock.
 */
class ClockDomainsTest {
    private static final long CORE_HZ = ClockDomain.CORE.hz();

    private record Run(String uart, int exitStatus, List<TimestepReport> timesteps) {
    }

    private static Run run(String sample, long npuHz) throws Exception {
        TileConfig tile = TileConfig.read(ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("npu_hz", npuHz));
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        Machine machine = new Machine(uart, 1, NpuConfig.defaults(), tile, Technology.defaults());
        machine.load(Firmware.image(sample));
        RunResult result = machine.run(Firmware.MAX_CYCLES);
        return new Run(uart.toString(StandardCharsets.UTF_8), result.exitStatus(), machine.npu().timestepLog());
    }

    @ParameterizedTest
    @ValueSource(strings = {"snn-patterns", "irq-spikes", "stdp-rules"})
    void theFirmwareSeesTheSameChipWhateverTheNpuClock(String sample) throws Exception {
        Run same = run(sample, CORE_HZ);
        assertEquals(0, same.exitStatus(), same.uart());
        assertTrue(!same.timesteps().isEmpty(), sample + " runs the NPU");
        for (long npuHz : new long[] {3 * CORE_HZ, CORE_HZ / 4}) {
            Run other = run(sample, npuHz);
            assertEquals(same.uart(), other.uart(), "UART output at npu_hz " + npuHz);
            assertEquals(same.exitStatus(), other.exitStatus());
            assertEquals(same.timesteps().size(), other.timesteps().size(), "timesteps at npu_hz " + npuHz);
            ClockDomain npu = ClockDomain.npu(npuHz);
            for (int k = 0; k < other.timesteps().size(); k++) {
                TimestepReport a = same.timesteps().get(k);
                TimestepReport b = other.timesteps().get(k);
                // In core cycles a timestep lasts its NPU cycles at the NPU's clock, rounded up to a core cycle.
                long npuTimeInCoreCycles = -Math.floorDiv(-b.npuCycles() * CORE_HZ, npuHz);
                assertEquals(npuTimeInCoreCycles, b.endCycle() - b.startCycle(), "timestep " + k);
                // Phases counted in events (spikes delivered, packets routed) take as many NPU cycles at any
                // clock, so their time scales inversely with it.
                assertEquals(a.deliverCycles(), b.deliverCycles(), "deliver cycles of timestep " + k);
                assertEquals(a.emitCycles(), b.emitCycles(), "emit cycles of timestep " + k);
                assertEquals(ClockDomain.CORE.seconds(a.emitCycles()) * CORE_HZ / npuHz,
                        npu.seconds(b.emitCycles()), 1e-15);
            }
            long coreCyclesSame = same.timesteps().stream().mapToLong(r -> r.endCycle() - r.startCycle()).sum();
            long coreCyclesOther = other.timesteps().stream().mapToLong(r -> r.endCycle() - r.startCycle()).sum();
            assertTrue(npuHz > CORE_HZ ? coreCyclesOther < coreCyclesSame : coreCyclesOther > coreCyclesSame,
                    "a faster NPU clock shortens the timesteps in core time, a slower one lengthens them");
        }
    }
}
