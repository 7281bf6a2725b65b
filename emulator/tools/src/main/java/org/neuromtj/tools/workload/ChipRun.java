package org.neuromtj.tools.workload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.NpuEvents;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.regs.ChipRegisters.Host;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;

/**
 * Runs a firmware on a chip the way a board runs it: files offered through the host link, the answers and
 * phase marks heard on the mailbox. The {@code fmnist} firmware gets the chip image and the first test
 * images and their labels; any other firmware that reports the same way gets the files it asks for.
 */
public final class ChipRun {
    /** The firmware's phase marks. */
    public static final int PROGRAM = 1;
    /** Calibration begins. */
    public static final int CALIBRATE = 2;
    /** Inference begins. */
    public static final int INFER = 3;
    /** Inference is over. */
    public static final int DONE = 4;
    /** Training begins (a firmware that learns on the chip). */
    public static final int TRAIN = 5;
    /** Labelling begins (a firmware that learns without labels and then labels its neurons). */
    public static final int LABEL = 6;
    /** A disturb phase begins (after recall, learning goes on to see what it does to what was learnt). */
    public static final int DISTURB = 7;

    private ChipRun() {
    }

    /**
     * The chip and what it runs.
     *
     * @param firmware   the fmnist firmware
     * @param image      the chip image
     * @param npu        the NPU's configuration
     * @param tile       every tile's
     * @param technology the devices
     * @param seed       the master seed
     * @param maxCycles  the cycle budget
     */
    public record Setup(ElfImage firmware, ChipImage image, NpuConfig npu, TileConfig tile, Technology technology,
                        long seed, long maxCycles) {
    }

    /**
     * A board: the chip and the firmware it boots.
     *
     * @param firmware   the firmware
     * @param npu        the NPU's configuration
     * @param tile       every tile's
     * @param technology the devices
     * @param seed       the master seed
     * @param maxCycles  the cycle budget
     */
    public record Board(ElfImage firmware, NpuConfig npu, TileConfig tile, Technology technology, long seed,
                        long maxCycles) {
    }

    /**
     * What a run gave.
     *
     * @param result  how it ended
     * @param uart    what the firmware printed
     * @param answers each image's answer (−1 for none; −2 if the firmware never reported it)
     * @param labels  each image's label as the firmware read it (−1 if never reported)
     * @param marks   the core cycle at which each phase began
     * @param counts  each tile's ledger counts (by action ordinal) as each phase began, then the SoC's
     * @param raster  the spikes of the first image's timesteps: tile, neuron, timestep
     * @param machine the machine afterwards, for its ledgers and reports
     * @param reportedAt the core cycle at which each result was reported (−1 if never)
     * @param outputSpikes the output spikes the firmware reported ({@code MBOX_SPIKE}): sample, output, timestep
     */
    public record Outcome(RunResult result, String uart, int[] answers, int[] labels, Map<Integer, Long> marks,
                          Map<Integer, long[][]> counts, List<int[]> raster, Machine machine, long[] reportedAt,
                          List<int[]> outputSpikes) {
        /** @return the fraction of images answered right */
        public double accuracy() {
            int right = 0;
            for (int k = 0; k < answers.length; k++) {
                right += answers[k] == labels[k] ? 1 : 0;
            }
            return answers.length == 0 ? 0 : (double) right / answers.length;
        }

        /**
         * @param from the phase mark the span begins at
         * @param to   the phase mark it ends at
         * @return what the whole chip (every tile and the SoC) counted in between, by action ordinal
         * @throws IllegalStateException if the firmware never made one of the marks
         */
        public long[] countsBetween(int from, int to) {
            long[][] begin = counts.get(from);
            long[][] end = counts.get(to);
            if (begin == null || end == null) {
                throw new IllegalStateException("the firmware did not mark phases " + from + " and " + to + ":\n" + uart);
            }
            long[] sum = new long[Action.values().length];
            for (int t = 0; t < begin.length; t++) {
                for (int a = 0; a < sum.length; a++) {
                    sum[a] += end[t][a] - begin[t][a];
                }
            }
            return sum;
        }
    }

    /**
     * @param setup    the chip and what it runs
     * @param data     the test split
     * @param images   how many test images, from the first
     * @param progress hears how many images are done
     * @return what the run gave
     * @throws WorkloadFileException if the chip image was made for another chip
     */
    public static Outcome run(Setup setup, ImageSet data, int images, LongConsumer progress) {
        setup.image().checkFits(Path.of("the chip image"), ChipShape.of(setup.npu(), setup.tile()));
        Board board = new Board(setup.firmware(), setup.npu(), setup.tile(), setup.technology(), setup.seed(),
                setup.maxCycles());
        return run(board, List.of(setup.image().bytes(), data.imagesIdx(images), data.labelsIdx(images)), images,
                setup.image().timesteps(), progress);
    }

    /**
     * @param board    the chip and its firmware
     * @param files    the host files, in order from 0
     * @param results  how many results the firmware reports ({@code MBOX_RESULT} item, answer, label)
     * @param raster   how many timesteps after the first to keep the spikes of (the fmnist firmware's first
     *                 image follows one flush timestep)
     * @param progress hears the firmware's progress reports
     * @return what the run gave
     */
    public static Outcome run(Board board, List<byte[]> files, int results, int raster, LongConsumer progress) {
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        Machine machine = new Machine(uart, board.seed(), board.npu(), board.tile(), board.technology());
        // A run is read by its phases' totals: per-timestep history would only grow with its length.
        machine.keepLedgerHistory(false);
        machine.host().offer(files);
        int[] answers = new int[results];
        int[] labels = new int[results];
        Arrays.fill(answers, -2);
        Arrays.fill(labels, -1);
        long[] reportedAt = new long[results];
        Arrays.fill(reportedAt, -1);
        Map<Integer, Long> marks = new TreeMap<>();
        Map<Integer, long[][]> counts = new TreeMap<>();
        List<int[]> spikes = new ArrayList<>();
        List<int[]> outputSpikes = new ArrayList<>();
        machine.npu().listen(new NpuEvents() {
            @Override
            public void spike(int tile, int neuron, int timestep) {
                if (timestep >= 1 && timestep <= raster) {
                    spikes.add(new int[] {tile, neuron, timestep - 1});
                }
            }
        });
        machine.host().listen((command, arg0, arg1, arg2, cycle) -> {
            switch (command) {
                case Host.MBOX_RESULT -> {
                    if (arg0 >= 0 && arg0 < results) {
                        answers[arg0] = arg1;
                        labels[arg0] = arg2;
                        reportedAt[arg0] = cycle;
                    }
                }
                case Host.MBOX_PROGRESS -> progress.accept(Integer.toUnsignedLong(arg0));
                case Host.MBOX_SPIKE -> outputSpikes.add(new int[] {arg0, arg1, arg2});
                case Host.MBOX_MARK -> {
                    marks.putIfAbsent(arg0, cycle);
                    counts.putIfAbsent(arg0, snapshot(machine));
                }
                default -> {
                    // The device passes on only the commands above.
                }
            }
        });
        machine.load(board.firmware());
        RunResult result = machine.run(board.maxCycles());
        return new Outcome(result, uart.toString(StandardCharsets.UTF_8), answers, labels, marks, counts, spikes,
                machine, reportedAt, List.copyOf(outputSpikes));
    }

    /** Every tile's ledger totals now, then the SoC's, by action ordinal. */
    private static long[][] snapshot(Machine machine) {
        machine.settle();
        List<Ledger> ledgers = machine.ledgers();
        long[][] c = new long[ledgers.size()][Action.values().length];
        for (int t = 0; t < c.length; t++) {
            for (Action a : Action.values()) {
                c[t][a.ordinal()] = ledgers.get(t).total(a);
            }
        }
        return c;
    }
}
