package org.neuromtj.tools.workload.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.OutputSpike;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.map.ChipImage;

/**
 * What inference cost on the chip, from the ledgers between the firmware's "inference begins" and
 * "inference is over" marks (programming and calibration left out; the flush timesteps between images
 * kept, since the chip runs them): energy by action and block, per spike, per synaptic operation (a
 * cell placed in a string during a read) and as tera-operations per second per watt (two operations,
 * a multiply and an add, per synaptic operation); the latency of every answering spike, from the cycle
 * its cause entered the chip to the cycle it left for the core; and each tile's share.
 *
 * @param counts       actions performed during inference, by {@link Action#ordinal()}
 * @param energy       their energy under the technology
 * @param tileCounts   the same per tile: [tile][action]
 * @param latencies    each answering spike's latency in core cycles, the simulation's time base (flush timesteps
 *                     left out)
 * @param cellsInUse   each tile's programmed cells over its cells
 * @param neuronsInUse each tile's neurons in use over its neurons
 */
public record InferenceFigures(long[] counts, EnergyReport energy, long[][] tileCounts, long[] latencies,
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
        int tiles = begin.length;
        long[][] perTile = new long[tiles][Action.values().length];
        long[] counts = new long[Action.values().length];
        for (int t = 0; t < tiles; t++) {
            for (int a = 0; a < counts.length; a++) {
                perTile[t][a] = end[t][a] - begin[t][a];
                counts[a] += perTile[t][a];
            }
        }
        int period = image.timesteps() + 1;
        List<Long> latency = new ArrayList<>();
        for (OutputSpike s : run.machine().npu().outputLog()) {
            // A flush timestep's spikes are the previous image's leftovers; a spike no input ever led to has no latency.
            if (s.timestep() % period != image.timesteps() && s.causeCycle() != Long.MAX_VALUE) {
                latency.add(s.latencyCycles());
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
        return new InferenceFigures(counts, EnergyReport.of(counts, technology), perTile,
                latency.stream().mapToLong(Long::longValue).toArray(), cells, neurons);
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

    /** @return the equivalent tera-operations per second per watt: 2 operations per synaptic operation */
    public double topsPerWatt() {
        return 2.0 * synapticOps() / (energy.totalFj() * 1e-15) / 1e12;
    }

    /** @return the median latency of an answering spike, nanoseconds (NaN without any) */
    public double medianLatencyNs() {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return ns(sorted[sorted.length / 2]);
    }

    /** @return the mean latency of an answering spike, nanoseconds (NaN without any) */
    public double meanLatencyNs() {
        return latencies.length == 0 ? Double.NaN : ns(Arrays.stream(latencies).sum()) / latencies.length;
    }

    /** @return {@code cycles} core cycles in nanoseconds */
    public double ns(long cycles) {
        return ClockDomain.CORE.nanoseconds(cycles);
    }
}
