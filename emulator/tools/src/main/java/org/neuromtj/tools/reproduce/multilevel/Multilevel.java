package org.neuromtj.tools.reproduce.multilevel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.Crossbar;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.ParallelRuns;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.Reproduction.Assumption;
import org.neuromtj.tools.reproduce.Reproduction.Figure;
import org.neuromtj.tools.reproduce.Reproduction.Plot;
import org.neuromtj.tools.reproduce.Reproduction.Table;
import org.neuromtj.tools.reproduce.ReproductionException;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;

/**
 * Multi-level synapses in use: a one-layer spiking classifier of Fashion-MNIST whose weights are quantised
 * to the levels of the tile's cells (a differential pair a weight), programmed by the fmnist firmware with
 * write-verify and run on the chip, against the number of levels (2 to 32, seed 001's exchange-bias
 * synapse holding more than 25) and the read path's precision (the TDC's bits at 32 levels), with the
 * programming's pulses, verify reads, energy and time from the ledger. The software reference of the
 * same quantised weights, in the chip's integers, shows what the read path loses.
 */
public final class Multilevel implements Experiment {
    private static final long MAX_CYCLES = 1L << 40;
    private static final int[] LEVELS = {2, 4, 8, 16, 32};
    private static final int[] TDC_BITS = {6, 8, 10, 12};
    private static final String LEVELS_KEY = "device.levels";
    private static final String BITS_KEY = "tdc.bits";
    /** The training images are the first of the training split; the thresholds are chosen on others after them. */
    private static final int VALIDATION_FROM = 50_000;
    private static final int THEIR_LEVELS = 25;
    private static final Pattern FAILED = Pattern.compile("\\((\\d+) cells failed write-verify\\)");

    private record Size(int train, int validation, int test) {
    }

    /**
     * One chip run of the classifier.
     *
     * @param accuracy     test images answered right
     * @param software     the same quantised weights in software
     * @param threshold    the output neurons' threshold, chosen in software on validation images
     * @param pulses       programming's SOT pulses
     * @param reads        programming's verify reads
     * @param failed       cells write-verify gave up on, as the firmware reports them
     * @param elsewhere    cells the model holds at another level than asked: verify stops where the cell's
     *                     resistance reads as the target's, which under spread may be a neighbouring level
     * @param programNj    programming's energy, whole chip
     * @param programUs    and its time
     * @param calibrated   whether the TDC calibration resolved every count
     */
    private record Run(double accuracy, double software, int threshold, long pulses, long reads, long failed,
                       long elsewhere, double programNj, double programUs, boolean calibrated) {
    }

    @Override
    public String name() {
        return "multilevel";
    }

    @Override
    public String title() {
        return "Multi-level synapses programmed by write-verify: accuracy against levels and read precision, and the"
                + " cost of programming (seed 001)";
    }

    @Override
    public Reproduction run(Experiment.Run run) {
        Size size = run.quick() ? new Size(5_000, 300, 60) : new Size(VALIDATION_FROM, 2_000, 1_000);
        Path dir = run.home().resolve("firmware-samples/multilevel");
        ElfImage firmware;
        NpuConfig npu;
        ConfigNode tileFile;
        Technology tech;
        ImageSet train;
        ImageSet test;
        try {
            firmware = ElfReader.forChip().read(run.home().resolve("firmware-samples/target/firmware/fmnist.elf"));
            npu = run.npu(dir.resolve("multilevel-npu.yaml"));
            tileFile = run.tileFile(dir.resolve("multilevel-tile.yaml"));
            tech = run.technology(dir.resolve("multilevel-technology.yaml"));
            train = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN);
            test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
        } catch (ConfigException | ElfException | IllegalArgumentException e) {
            throw new ReproductionException(name() + ": " + e.getMessage(), e);
        }
        run.log().println("multilevel: training the classifier on " + size.train() + " images");
        LinearClassifier classifier = LinearClassifier.train(train, size.train(), run.seed());
        ImageSet validation = train.select(range(VALIDATION_FROM, size.validation()));
        double floating = floatAccuracy(classifier, test, size.test());
        run.log().printf(Locale.ROOT, "multilevel: %s in floating point on %d test images%n", pct(floating), size.test());
        TileConfig tile = TileConfig.read(tileFile);
        int top = tech.device().levels();
        try (ParallelRuns runs = new ParallelRuns(name())) {
            Map<Integer, ParallelRuns.Pending<Run>> byLevels = new LinkedHashMap<>();
            Map<Integer, LinearClassifier.Quantised> quantised = new LinkedHashMap<>();
            for (int levels : LEVELS) {
                LinearClassifier.Quantised q = classifier.quantise(levels, validation);
                quantised.put(levels, q);
                Technology t = levels == top ? tech : Technology.read(tech.file().with(LEVELS_KEY, levels));
                byLevels.put(levels, runs.start(() -> chip(run, firmware, npu, tile, t, classifier, q, test,
                        size.test(), levels + " levels")));
            }
            LinearClassifier.Quantised full = quantised.computeIfAbsent(top, l -> classifier.quantise(l, validation));
            Map<Integer, ParallelRuns.Pending<Run>> byBits = new LinkedHashMap<>();
            for (int bits : TDC_BITS) {
                // The tile's own width is the levels table's run at the top level: the same chip, run once.
                byBits.put(bits, bits == tile.tdc().bits() && byLevels.containsKey(top) ? byLevels.get(top)
                        : runs.start(() -> chip(run, firmware,
                        npu, TileConfig.read(tileFile.with(BITS_KEY, bits)), tech, classifier, full, test, size.test(),
                        top + " levels, " + bits + "-bit TDCs")));
            }
            Technology halfSpread = Technology.read(tech.file().with("variation.sigma_log_r",
                    tech.variation().sigmaLogR() / 2));
            Technology doubleSpread = Technology.read(tech.file().with("variation.sigma_log_r",
                    tech.variation().sigmaLogR() * 2));
            ParallelRuns.Pending<Run> half = runs.start(() -> chip(run, firmware, npu, tile, halfSpread, classifier,
                    full, test, size.test(), "half the resistance spread"));
            ParallelRuns.Pending<Run> twice = runs.start(() -> chip(run, firmware, npu, tile, doubleSpread, classifier,
                    full, test, size.test(), "twice the resistance spread"));
            return report(run, size, tech, tile, floating, done(byLevels), done(byBits), half.get(), twice.get());
        } catch (ConfigException e) {
            throw new ReproductionException(name() + ": " + e.getMessage(), e);
        }
    }

    private static int[] range(int from, int n) {
        int[] r = new int[n];
        for (int k = 0; k < n; k++) {
            r[k] = from + k;
        }
        return r;
    }

    private static <K, T> Map<K, T> done(Map<K, ParallelRuns.Pending<T>> pending) {
        Map<K, T> d = new LinkedHashMap<>();
        pending.forEach((k, p) -> d.put(k, p.get()));
        return d;
    }

    private static double floatAccuracy(LinearClassifier c, ImageSet data, int n) {
        int right = 0;
        int[] x = new int[data.pixels()];
        for (int k = 0; k < n; k++) {
            data.image(k, x);
            right += c.answer(x) == data.label(k) ? 1 : 0;
        }
        return (double) right / n;
    }

    private Run chip(Experiment.Run run, ElfImage firmware, NpuConfig npu, TileConfig tile, Technology tech,
                     LinearClassifier classifier, LinearClassifier.Quantised quantised, ImageSet test, int n,
                     String what) {
        int classes = test.classes();
        int inputs = test.pixels();
        int[] q = quantised.weights();
        int threshold = quantised.threshold();
        // A weight is a differential pair: its magnitude on the positive cell or the negative one, the other at 0.
        byte[] cells = new byte[inputs * 2 * classes];
        for (int c = 0; c < classes; c++) {
            for (int p = 0; p < inputs; p++) {
                int w = q[c * inputs + p];
                cells[p * 2 * classes + 2 * c + (w > 0 ? 0 : 1)] = (byte) Math.abs(w);
            }
        }
        List<ChipImage.Answer> answers = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            answers.add(new ChipImage.Answer(0, c, c));
        }
        ChipImage image = new ChipImage(ChipShape.of(npu, tile), inputs, classes, LinearClassifier.PIXEL_LEVELS,
                LinearClassifier.TIMESTEPS, List.of(new ChipImage.TileProgram(0, threshold, inputs, 2 * classes, cells)),
                List.of(), List.of(), answers, List.of(new ChipImage.Entry(0, 0)), List.of(0), List.of());
        run.log().printf(Locale.ROOT, "multilevel: %s, threshold %d, %d test images%n", what, threshold, n);
        ChipRun.Outcome o = ChipRun.run(new ChipRun.Setup(firmware, image, npu, tile, tech, run.seed(), MAX_CYCLES),
                test, n, done -> { });
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
            throw new ReproductionException(name() + ": the firmware failed (" + what + "): exit "
                    + o.result().exitStatus() + "\n" + o.uart(), null);
        }
        long[] programming = o.countsBetween(ChipRun.PROGRAM, ChipRun.CALIBRATE);
        double nj = EnergyReport.of(programming, tech, o.machine().npu().floorplan()).totalFj() / 1e6;
        double us = ClockDomain.CORE.nanoseconds(o.marks().get(ChipRun.CALIBRATE) - o.marks().get(ChipRun.PROGRAM)) / 1e3;
        return new Run(o.accuracy(), classifier.accuracy(q, threshold, test, n), threshold,
                programming[Action.SOT_PULSE.ordinal()], programming[Action.VERIFY_READ.ordinal()], failedCells(o.uart()),
                wrongCells(o, cells, 2 * classes), nj, us, o.uart().contains("(0 with unresolved counts)"));
    }

    /** The cells the firmware reports write-verify gave up on. */
    private static long failedCells(String uart) {
        Matcher m = FAILED.matcher(uart);
        if (!m.find()) {
            throw new ReproductionException("multilevel: the fmnist firmware did not report its failed cells:\n"
                    + uart, null);
        }
        return Long.parseLong(m.group(1));
    }

    /** The cells the model holds at another level than the image asked for. */
    private static long wrongCells(ChipRun.Outcome o, byte[] cells, int columns) {
        Crossbar c = o.machine().npu().tile(0).crossbar();
        long wrong = 0;
        for (int k = 0; k < cells.length; k++) {
            wrong += c.cells().level(c.geometry().cell(k / columns, k % columns)) != cells[k] ? 1 : 0;
        }
        return wrong;
    }

    private Reproduction report(Experiment.Run run, Size size, Technology tech, TileConfig tile, double floating,
                                Map<Integer, Run> byLevels, Map<Integer, Run> byBits, Run halfSpread,
                                Run twiceSpread) {
        int top = tech.device().levels();
        int cells = LinearClassifier.INPUTS * 20;
        Run main = byLevels.get(top);
        String chip = String.format(Locale.ROOT, "a one-layer spiking classifier (784 pixels as 8-spike thermometer"
                + " codes over 16 timesteps, 10 LIF outputs), softmax regression on %d training images quantised to"
                + " +-(levels - 1) on differential pairs of the default junctions, programmed by the fmnist firmware"
                + " with write-verify on one 784x20 tile (strings of %d cells, %d-bit TDCs); output threshold chosen in"
                + " software on %d other training images; the first %d test images", size.train(),
                tile.geometry().segment(), tile.tdc().bits(), size.validation(), size.test());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("accuracy with " + top + "-level cells", "%", 100 * main.accuracy(), chip, null,
                "seed 001 reports more than 25 levels in one exchange-bias synapse, no network accuracy", List.of(),
                String.format(Locale.ROOT, "The same quantised weights in software give %s, in floating point %s: the"
                        + " read path (device spread, TDC quantisation) costs %.1f points.", pct(main.software()),
                        pct(floating), 100 * (main.software() - main.accuracy()))));
        figures.add(new Figure("levels a cell holds", "levels", top, "the technology file's device.levels, every"
                + " cell programmed by write-verify", (double) THEIR_LEVELS, "seed 001: 'more than 25 distinct"
                + " resistance levels' in an exchange-bias synapse about 100 nm across", List.of("theirs a measured"
                + " device; ours an assumed number of equally spaced levels on the default junction"),
                "The chip model takes any number of levels from 2 to 64; 32 is the assumption of this run."));
        figures.add(new Figure("programming a " + top + "-level tile: SOT pulses a cell", "pulses",
                (double) main.pulses() / cells, String.format(Locale.ROOT, "%s; %d cells, %.1f verify reads a cell,"
                        + " %.0f nJ and %.0f us for the tile", chip, cells, (double) main.reads() / cells,
                        main.programNj(), main.programUs()), null, "seed 001 gives no programming cost", List.of(),
                String.format(Locale.ROOT, "Each pulse moves a cell one level and is verified, so the pulses grow"
                        + " with the levels a weight spans. Verify compares the sensed cell with the nominal levels'"
                        + " references: %d cells were held at a neighbouring level whose resistance, under the cells'"
                        + " spread, reads as the target's, and write-verify gave up on %d whose every level reads off"
                        + " target (mostly level 0 or the top, which have no neighbour beyond). Their weights are"
                        + " off by their spread, as the read path sees them anyway.", main.elsewhere(), main.failed())));

        List<List<String>> levelRows = new ArrayList<>();
        Map<String, List<double[]>> accuracy = new LinkedHashMap<>();
        List<double[]> onChip = new ArrayList<>();
        List<double[]> inSoftware = new ArrayList<>();
        Map<String, List<double[]>> cost = new LinkedHashMap<>();
        List<double[]> pulses = new ArrayList<>();
        for (Map.Entry<Integer, Run> e : byLevels.entrySet()) {
            Run r = e.getValue();
            levelRows.add(List.of(Integer.toString(e.getKey()), pct(r.software()), pct(r.accuracy()),
                    Integer.toString(r.threshold()), fmt((double) r.pulses() / cells), fmt((double) r.reads() / cells),
                    Long.toString(r.failed()), Long.toString(r.elsewhere()), fmt(r.programNj()), fmt(r.programUs())));
            onChip.add(new double[] {e.getKey(), 100 * r.accuracy()});
            inSoftware.add(new double[] {e.getKey(), 100 * r.software()});
            pulses.add(new double[] {e.getKey(), (double) r.pulses() / cells});
        }
        accuracy.put("on the chip", onChip);
        accuracy.put("quantised, in software", inSoftware);
        cost.put("SOT pulses a cell", pulses);
        List<List<String>> bitRows = new ArrayList<>();
        for (Map.Entry<Integer, Run> e : byBits.entrySet()) {
            Run r = e.getValue();
            bitRows.add(List.of(Integer.toString(e.getKey()), pct(r.accuracy()), pct(r.software()),
                    r.calibrated() ? "yes" : "no"));
        }
        List<Table> tables = List.of(
                new Table("Accuracy and programming against levels", List.of("levels", "software (quantised)",
                        "on the chip", "threshold", "SOT pulses a cell", "verify reads a cell", "cells given up on",
                        "cells at a neighbouring level",
                        "programming energy, nJ", "programming time, us"), levelRows, chip + ". Floating point: "
                        + pct(floating) + ". Programming is the whole chip between the firmware's program and"
                        + " calibrate marks."),
                new Table("Read precision at " + top + " levels: the TDC's bits", List.of("TDC bits", "on the chip",
                        "software (quantised)", "calibration resolves every count"), bitRows, "A string's count of up"
                        + " to " + tile.geometry().segment() + " cells at " + (top - 1) + " levels must map to distinct"
                        + " TDC codes; fewer bits merge neighbouring counts. A neuron sums "
                        + (LinearClassifier.INPUTS / tile.geometry().segment()) + " strings, so merged counts move its"
                        + " input by a small share of its range."));
        List<Plot> plots = List.of(new Plot("Accuracy against levels", "levels a cell", "accuracy, %", accuracy),
                new Plot("Programming against levels", "levels a cell", "SOT pulses a cell", cost));
        List<Assumption> assumptions = List.of(new Assumption("variation.sigma_log_r (the cells' resistance spread, which"
                + " write-verify reads through)", Double.toString(tech.variation().sigmaLogR()), "accuracy with " + top
                + "-level cells (" + pct(main.accuracy()) + ")", pct(halfSpread.accuracy()) + " (" + halfSpread.failed()
                + " cells given up on)", pct(twiceSpread.accuracy()) + " (" + twiceSpread.failed()
                + " cells given up on)"));
        return new Reproduction(name(), title(), "Seed 001: exchange-bias MTJ synapse with more than 25 levels (Chen et"
                + " al., Nat Commun 2026)", run.seed(), run.quick(), figures, tables, plots, assumptions);
    }

    private static String pct(double a) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * a);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
