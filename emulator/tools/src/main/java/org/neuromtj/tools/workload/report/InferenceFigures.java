package org.neuromtj.tools.workload.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Floorplan;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.OutputSpike;
import org.neuromtj.chip.npu.SpikeLatency;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.map.ChipImage;

/**
 * What inference cost on the chip, from the ledgers between the firmware's "inference begins" and
 * "inference is over" marks (programming and calibration left out; the flush timesteps between images
 * kept, since the chip runs them): energy by action and block, dynamic and static, per spike, per
 * synaptic operation (a cell placed in a string during a read), as tera-operations per second per watt
 * (two operations, a multiply and an add, per synaptic operation) and per square millimetre; the latency
 * of every answering spike, from the cycle its cause entered the chip to the cycle the core took it,
 * stage by stage; and each tile's share.
 *
 * @param counts       actions performed and powered time during inference, the whole chip, by {@link Action#ordinal()}
 * @param energy       their energy under the technology and floorplan
 * @param technology   the technology they were costed with
 * @param floorplan    the chip's areas and leakage
 * @param inferenceCycles core cycles from the beginning of inference to its end
 * @param tileCounts   the same per tile: [tile][action]
 * @param latencies    each answering spike's latency to the core's pick-up in core cycles, the simulation's
 *                     time base (flush timesteps left out)
 * @param stages       each answering spike's latency by {@link SpikeLatency.Stage}: [spike][stage], core cycles
 * @param cellsInUse   each tile's programmed cells over its cells
 * @param neuronsInUse each tile's neurons in use over its neurons
 */
public record InferenceFigures(long[] counts, EnergyReport energy, Technology technology, Floorplan floorplan,
                               long inferenceCycles, long[][] tileCounts, long[] latencies, long[][] stages,
                               double[] cellsInUse, double[] neuronsInUse) {

    /**
     * @param run        a finished fmnist run
     * @param image      the chip image it ran
     * @param technology what actions cost
     * @return its inference figures
     * @throws IllegalStateException if the run never reached or never finished inference
     */
    public static InferenceFigures of(ChipRun.Outcome run, ChipImage image, Technology technology) {
        long[][] begin = run.counts().get(ChipRun.INFER);
        long[][] end = run.counts().get(ChipRun.DONE);
        if (begin == null || end == null) {
            throw new IllegalStateException("the firmware did not mark the beginning and end of inference:\n"
                    + run.uart());
        }
        // The last row is the SoC's ledger; the others are the tiles'.
        int tiles = begin.length - 1;
        long[][] perTile = new long[tiles][Action.values().length];
        long[] counts = new long[Action.values().length];
        for (int t = 0; t <= tiles; t++) {
            for (int a = 0; a < counts.length; a++) {
                long delta = end[t][a] - begin[t][a];
                counts[a] += delta;
                if (t < tiles) {
                    perTile[t][a] = delta;
                }
            }
        }
        Npu npu = run.machine().npu();
        int period = image.timesteps() + 1;
        List<Long> latency = new ArrayList<>();
        List<long[]> stages = new ArrayList<>();
        List<OutputSpike> log = npu.outputLog();
        List<Long> pickedUp = npu.pickedUp();
        ClockDomain clock = npu.tile(0).config().npuClock();
        for (int k = 0; k < pickedUp.size(); k++) {
            OutputSpike s = log.get(k);
            // The flush timestep before each image gives the previous image's leftovers; a spike no input ever
            // led to has no latency.
            if (s.timestep() % period != 0 && s.causeCycle() != Long.MAX_VALUE) {
                latency.add(pickedUp.get(k) - s.causeCycle());
                stages.add(SpikeLatency.stages(s, pickedUp.get(k), npu.timestepLog(), clock));
            }
        }
        double[] cells = new double[tiles];
        double[] neurons = new double[tiles];
        int perTileCells = image.chip().rows() * image.chip().columns();
        int columnsPerNeuron = image.chip().columns() / image.chip().neuronsPerTile();
        for (ChipImage.TileProgram p : image.tiles()) {
            cells[p.tile()] = (double) p.rows() * p.columns() / perTileCells;
            neurons[p.tile()] = (double) p.columns() / columnsPerNeuron / image.chip().neuronsPerTile();
        }
        Floorplan floorplan = run.machine().floorplan();
        return new InferenceFigures(counts, EnergyReport.of(counts, technology, floorplan), technology, floorplan,
                run.marks().get(ChipRun.DONE) - run.marks().get(ChipRun.INFER), perTile,
                latency.stream().mapToLong(Long::longValue).toArray(), stages.toArray(long[][]::new), cells, neurons);
    }

    /** @return spikes fired by all neurons during inference */
    public long spikes() {
        return counts[Action.SPIKE.ordinal()];
    }

    /** @return synaptic operations during inference: cells placed in strings */
    public long synapticOps() {
        return counts[Action.CELL_READ.ordinal()];
    }

    /** @return energy per spike, femtojoules */
    public double energyPerSpikeFj() {
        return energy.totalFj() / Math.max(1, spikes());
    }

    /** @return energy per synaptic operation, femtojoules */
    public double energyPerSynapticOpFj() {
        return energy.totalFj() / Math.max(1, synapticOps());
    }

    /**
     * @return the energy of the NPU alone (its tiles, routers and spike FIFOs, dynamic and static), without the
     *         control core, RAM, bus and SoC devices, femtojoules: the figure accelerator papers usually give
     */
    public double npuEnergyFj() {
        double fj = 0;
        for (Block b : Block.values()) {
            if (b.inNpu()) {
                fj += energy.byBlock().get(b) + energy.staticByBlock().get(b);
            }
        }
        return fj;
    }

    /** @return the equivalent tera-operations per second per watt: 2 operations per synaptic operation */
    public double topsPerWatt() {
        return topsPerWatt(energy.totalFj());
    }

    /**
     * @param totalFj an inference energy
     * @return the equivalent TOPS/W of this run's synaptic operations at that energy
     */
    public double topsPerWatt(double totalFj) {
        return 2.0 * synapticOps() / (totalFj * 1e-15) / 1e12;
    }

    /** @return the tera-operations per second the chip sustained during inference (2 per synaptic operation) */
    public double tops() {
        return 2.0 * synapticOps() / ClockDomain.CORE.seconds(inferenceCycles) / 1e12;
    }

    /** @return sustained TOPS over the whole chip's area, per mm² */
    public double topsPerMm2() {
        return tops() / floorplan.chipMm2();
    }

    /** @return sustained TOPS over the NPU's area (tiles, routers, spike FIFOs), per mm² */
    public double npuTopsPerMm2() {
        return tops() / floorplan.npuMm2();
    }

    /** @return the median latency of an answering spike, nanoseconds (NaN without any) */
    public double medianLatencyNs() {
        return percentileNs(latencies, 0.5);
    }

    /** @return the mean latency of an answering spike, nanoseconds (NaN without any) */
    public double meanLatencyNs() {
        return latencies.length == 0 ? Double.NaN : ns(Arrays.stream(latencies).sum()) / latencies.length;
    }

    /**
     * @param stage a stage of a spike's path
     * @param q     a quantile, 0 to 1
     * @return that quantile of the answering spikes' time in the stage, nanoseconds (NaN without spikes)
     */
    public double stageNs(SpikeLatency.Stage stage, double q) {
        return percentileNs(Arrays.stream(stages).mapToLong(s -> s[stage.ordinal()]).toArray(), q);
    }

    /**
     * @param stage a stage of a spike's path
     * @return the mean time the answering spikes spent in it, nanoseconds (NaN without spikes)
     */
    public double meanStageNs(SpikeLatency.Stage stage) {
        return stages.length == 0 ? Double.NaN
                : ns(Arrays.stream(stages).mapToLong(s -> s[stage.ordinal()]).sum()) / stages.length;
    }

    private double percentileNs(long[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return ns(sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))]);
    }

    /** @return {@code cycles} core cycles in nanoseconds */
    public double ns(long cycles) {
        return ClockDomain.CORE.nanoseconds(cycles);
    }
}
