package org.neuromtj.tools.nir.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.lower.Lowering;
import org.neuromtj.tools.nir.reference.ReferenceRun;
import org.neuromtj.tools.workload.ChipRun;

/**
 * An imported graph run twice on the same input spikes: on the chip, through the {@code nir-run} firmware, and
 * in the full-precision reference; the chip's output spikes, moved back by the layers' latency, set beside the
 * graph's, spike for spike, and each sample's answer (the output that fired most, then first, then the lower)
 * beside the label where there is one.
 */
public final class NirRun {
    private static final long MAX_CYCLES = 1L << 40;

    private NirRun() {
    }

    /**
     * What a run gave.
     *
     * @param chipSpikes      the chip's output spikes: sample, output, the graph's timestep (the chip's, less the
     *                        latency)
     * @param referenceSpikes the reference's: sample, output, timestep
     * @param matched         spikes both gave
     * @param chipAnswers     each sample's answer on the chip (−1: no output spike)
     * @param referenceAnswers and in the reference
     * @param labels          each sample's label, or null
     * @param njPerSample     the whole chip's energy a sample, between the firmware's inference marks
     * @param usPerSample     the chip's time a sample
     * @param unresolvedTiles tiles whose TDC calibration left two counts on one code (a TDC too coarse for the
     *                        strings' cells: its sums are not exact even with ideal devices)
     * @param outcome         the chip run
     */
    public record Result(List<int[]> chipSpikes, List<int[]> referenceSpikes, int matched, int[] chipAnswers,
                         int[] referenceAnswers, int[] labels, double njPerSample, double usPerSample,
                         int unresolvedTiles, ChipRun.Outcome outcome) {
        /** @return the share of samples the chip answers as the graph does */
        public double agreement() {
            int same = 0;
            for (int k = 0; k < chipAnswers.length; k++) {
                same += chipAnswers[k] == referenceAnswers[k] ? 1 : 0;
            }
            return (double) same / chipAnswers.length;
        }

        /**
         * @param answers answers
         * @return the share of them that are their sample's label
         */
        public double accuracy(int[] answers) {
            int right = 0;
            for (int k = 0; k < answers.length; k++) {
                right += answers[k] == labels[k] ? 1 : 0;
            }
            return (double) right / answers.length;
        }
    }

    /**
     * @param home       the checkout, whose nir-run firmware runs the chip
     * @param graph      the graph
     * @param dt         seconds a timestep
     * @param lowered    the graph on the chip
     * @param npu        the NPU
     * @param technology the devices
     * @param seed       the devices' seed
     * @param inputs     the samples
     * @param labels     their labels, or null
     * @return both runs, compared
     * @throws NirException if the firmware is missing or fails
     */
    public static Result run(Path home, NirGraph graph, double dt, Lowering.Lowered lowered, NpuConfig npu,
                             Technology technology, long seed, SpikeTrains inputs, int[] labels) {
        ElfImage firmware;
        try {
            firmware = ElfReader.forChip().read(home.resolve("firmware-samples/target/firmware/nir-run.elf"));
        } catch (ElfException e) {
            throw new NirException("the nir-run firmware: " + e.getMessage());
        }
        int timesteps = inputs.timesteps();
        int run = timesteps + lowered.latency();
        TileConfig tile = TileConfig.read(lowered.tile());
        ChipRun.Outcome o = ChipRun.run(new ChipRun.Board(firmware, npu, tile, technology, seed, MAX_CYCLES),
                List.of(lowered.image().bytes(), inputs.firmwareFile(run)), 0, 0, done -> { });
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
            throw new NirException("the nir-run firmware failed (exit " + o.result().exitStatus() + "):\n" + o.uart());
        }
        int outputs = lowered.image().outputs();
        List<int[]> chip = new ArrayList<>();
        for (int[] s : o.outputSpikes()) {
            chip.add(new int[] {s[0], s[1], s[2] - lowered.latency()});
        }
        ReferenceRun reference = new ReferenceRun(graph, dt);
        List<int[]> ref = new ArrayList<>();
        for (int s = 0; s < inputs.samples(); s++) {
            reference.reset();
            double[][] x = inputs.sample(s);
            for (int t = 0; t < timesteps; t++) {
                double[] y = reference.step(x[t]);
                for (int k = 0; k < y.length; k++) {
                    if (y[k] != 0) {
                        ref.add(new int[] {s, k, t});
                    }
                }
            }
        }
        Set<List<Integer>> theirs = new HashSet<>();
        ref.forEach(r -> theirs.add(List.of(r[0], r[1], r[2])));
        int matched = (int) chip.stream().filter(c -> theirs.contains(List.of(c[0], c[1], c[2]))).count();
        long[] counts = o.countsBetween(ChipRun.INFER, ChipRun.DONE);
        double fj = EnergyReport.of(counts, technology, o.machine().npu().floorplan()).totalFj();
        double ns = ClockDomain.CORE.nanoseconds(o.marks().get(ChipRun.DONE) - o.marks().get(ChipRun.INFER));
        return new Result(chip, ref, matched, answers(chip, inputs.samples(), outputs, timesteps),
                answers(ref, inputs.samples(), outputs, timesteps), labels, fj / 1e6 / inputs.samples(),
                ns / 1e3 / inputs.samples(), unresolved(o.uart()), o);
    }

    /** The tiles the firmware reports left with unresolved counts after calibration. */
    private static int unresolved(String uart) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+) with unresolved counts\\)")
                .matcher(uart);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * @param spikes    output spikes: sample, output, timestep
     * @param samples   samples
     * @param outputs   outputs
     * @param timesteps the window counted, from timestep 0
     * @return each sample's answer: the output with most spikes in the window, then the first to fire, then the
     *         lower; −1 where none fired
     */
    public static int[] answers(List<int[]> spikes, int samples, int outputs, int timesteps) {
        int[][] count = new int[samples][outputs];
        int[][] first = new int[samples][outputs];
        for (int[] f : first) {
            java.util.Arrays.fill(f, Integer.MAX_VALUE);
        }
        for (int[] s : spikes) {
            if (s[2] >= 0 && s[2] < timesteps && s[0] < samples && s[1] < outputs) {
                count[s[0]][s[1]]++;
                first[s[0]][s[1]] = Math.min(first[s[0]][s[1]], s[2]);
            }
        }
        int[] out = new int[samples];
        for (int s = 0; s < samples; s++) {
            int best = -1;
            for (int c = 0; c < outputs; c++) {
                if (count[s][c] > 0 && (best < 0 || count[s][c] > count[s][best]
                        || count[s][c] == count[s][best] && first[s][c] < first[s][best])) {
                    best = c;
                }
            }
            out[s] = best;
        }
        return out;
    }
}
