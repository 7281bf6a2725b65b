package org.neuromtj.tools.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.OutputSpike;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;

class RunReportTest {

    @Test
    void reportHoldsEveryOutputSpikesMeasuredLatencyAndTheLedgersEnergy(@TempDir Path dir) throws Exception {
        Technology tech = Technology.defaults().withVariation(Variation.ideal());
        Machine machine = new Machine(new java.io.ByteArrayOutputStream(), 1, NpuConfig.defaults(), TileConfig.defaults(),
                tech);
        Npu npu = machine.npu();
        for (int r = 0; r < 8; r++) {
            npu.tile(0).writeDriver().program(r, 0, 1);
        }
        npu.setOutput(0, 0, true);
        long cycle = 10;
        for (int t = 0; t < 4; t++) {
            for (int r = 0; r < 8; r++) {
                npu.pushInput(0, r, cycle - 1);
            }
            cycle = npu.runTimestep(cycle).endCycle();
        }
        new RunReport(machine, tech).write(dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        List<OutputSpike> spikes = npu.outputLog();
        assertEquals(4, spikes.size());
        assertEquals(spikes.size(), json.get("output_spikes").asInt());
        assertEquals(4, json.get("timesteps").asInt());
        EnergyReport e = EnergyReport.of(machine.ledgers(), tech, machine.floorplan());
        assertEquals(e.totalFj(), json.get("energy_fj").asDouble(), 1e-6);
        assertEquals(e.totalFj() / e.counts().get(Action.SPIKE), json.get("energy_per_spike_fj").asDouble(), 1e-6);
        // The first timestep woke the power-gated tile, so the first spike is not the quickest.
        assertEquals(spikes.stream().mapToLong(OutputSpike::latencyCycles).min().orElseThrow(),
                json.get("latency_cycles").get("min").asLong());
        assertTrue(spikes.get(0).latencyCycles() > spikes.get(1).latencyCycles());
        List<String> lines = Files.readAllLines(dir.resolve("spikes.csv"));
        assertEquals(1 + spikes.size(), lines.size());
        OutputSpike first = spikes.get(0);
        assertEquals(String.format("0,0,0,%d,%d,%d,%.1f", first.causeCycle(), first.leftCycle(), first.latencyCycles(),
                first.latencyCycles() * 10.0), lines.get(1));
        assertEquals(5, Files.readAllLines(dir.resolve("timesteps.csv")).size());
    }
}
