package org.neuromtj.tools.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.OutputSpike;
import org.neuromtj.chip.npu.TimestepReport;
import org.neuromtj.chip.sim.ClockDomain;

/**
 * The per-spike figures of a run, written as {@code report.json}, {@code spikes.csv} (one line per
 * output spike: its cause and departure cycles and latency) and {@code timesteps.csv} (one line per
 * timestep: its phases in cycles, its traffic and the tiles' dynamic energy by block). Actions before the
 * first timestep, such as programming weights, are counted in the first. Latencies are measured cycles;
 * the run's energy is the whole chip's, dynamic (the ledgers' counts times the technology's costs) and
 * static (each block's leakage over the time its power domain was powered).
 */
public final class RunReport {
    private final Machine machine;
    private final Npu npu;
    private final Technology technology;

    /**
     * @param machine    the chip after the run
     * @param technology what actions cost
     */
    public RunReport(Machine machine, Technology technology) {
        this.machine = machine;
        this.npu = machine.npu();
        this.technology = technology;
    }

    /**
     * @param dir where to write the files; created if missing
     * @throws IOException if a file cannot be written
     */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Ledger> ledgers = npu.ledgers();
        machine.settle();
        EnergyReport total = EnergyReport.of(machine.ledgers(), technology, machine.floorplan());
        List<OutputSpike> spikes = npu.outputLog();
        try (Writer w = Files.newBufferedWriter(dir.resolve("spikes.csv"), StandardCharsets.UTF_8)) {
            w.write("tile,neuron,timestep,cause_cycle,left_cycle,latency_cycles,latency_ns\n");
            for (OutputSpike s : spikes) {
                w.write(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%.1f%n", s.tile(), s.neuron(), s.timestep(),
                        s.causeCycle(), s.leftCycle(), s.latencyCycles(), ns(s.latencyCycles())));
            }
        }
        int steps = ledgers.isEmpty() ? 0 : ledgers.get(0).timesteps().size();
        try (Writer w = Files.newBufferedWriter(dir.resolve("timesteps.csv"), StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("timestep,start_cycle,cycles,deliver,read,update,emit,learn,"
                    + "input_spikes,spikes,outputs,synaptic_ops,energy_fj");
            for (Block b : Block.values()) {
                header.append(",energy_").append(b.name().toLowerCase(Locale.ROOT)).append("_fj");
            }
            w.write(header.append('\n').toString());
            for (int i = 0; i < steps; i++) {
                TimestepReport r = npu.timestepLog().get(i);
                long[] counts = new long[Action.values().length];
                for (Ledger l : ledgers) {
                    Ledger.Timestep t = l.timesteps().get(i);
                    for (Action a : Action.values()) {
                        counts[a.ordinal()] += t.count(a);
                    }
                }
                long cycles = r.npuCycles();
                EnergyReport e = EnergyReport.of(new Ledger.Timestep(i, cycles, counts), technology);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.3f", i, r.startCycle(), cycles, r.deliverCycles(),
                        r.readCycles(), r.updateCycles(), r.emitCycles(), r.learnCycles(), r.inputSpikes(), r.spikes(),
                        r.outputs(), counts[Action.CELL_READ.ordinal()], e.totalFj()));
                for (Block b : Block.values()) {
                    line.append(String.format(Locale.ROOT, ",%.3f", e.byBlock().get(b)));
                }
                w.write(line.append('\n').toString());
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("technology", technology.name());
        json.put("core_hz", ClockDomain.CORE.hz());
        json.put("npu_hz", npu.tile(0).config().npuHz());
        json.put("timesteps", steps);
        json.put("spikes_fired", total.counts().get(Action.SPIKE));
        json.put("output_spikes", spikes.size());
        json.put("synaptic_ops", total.counts().get(Action.CELL_READ));
        json.put("energy_fj", total.totalFj());
        json.put("dynamic_energy_fj", total.dynamicFj());
        json.put("static_energy_fj", total.staticFj());
        json.put("energy_per_spike_fj", nullIfNaN(total.perSpikeFj()));
        json.put("energy_per_synaptic_op_fj", nullIfNaN(total.perSynapticOpFj()));
        json.put("energy_per_timestep_fj", steps == 0 ? null : total.totalFj() / steps);
        Map<String, Double> byBlock = new LinkedHashMap<>();
        total.byBlock().forEach((b, fj) -> byBlock.put(b.name().toLowerCase(Locale.ROOT), fj));
        json.put("energy_by_block_fj", byBlock);
        Map<String, Double> leaked = new LinkedHashMap<>();
        total.staticByBlock().forEach((b, fj) -> leaked.put(b.name().toLowerCase(Locale.ROOT), fj));
        json.put("static_energy_by_block_fj", leaked);
        json.put("chip_area_mm2", machine.floorplan().chipMm2());
        Map<String, Long> counts = new LinkedHashMap<>();
        total.counts().forEach((a, n) -> counts.put(a.key(), n));
        json.put("actions", counts);
        json.put("latency_cycles", latency(spikes));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("report.json").toFile(), json);
    }

    private Map<String, Object> latency(List<OutputSpike> spikes) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (spikes.isEmpty()) {
            return m;
        }
        long[] l = spikes.stream().mapToLong(OutputSpike::latencyCycles).sorted().toArray();
        m.put("count", l.length);
        m.put("min", l[0]);
        m.put("mean", Arrays.stream(l).average().orElseThrow());
        m.put("p50", l[(l.length - 1) / 2]);
        m.put("p99", l[(int) Math.ceil(0.99 * l.length) - 1]);
        m.put("max", l[l.length - 1]);
        m.put("p50_ns", ns(l[(l.length - 1) / 2]));
        return m;
    }

    private double ns(long cycles) {
        return ClockDomain.CORE.nanoseconds(cycles);
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
