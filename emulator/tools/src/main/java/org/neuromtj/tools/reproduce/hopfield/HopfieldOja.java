package org.neuromtj.tools.reproduce.hopfield;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
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
import org.neuromtj.tools.reproduce.hopfield.HopfieldSettings.Rule;
import org.neuromtj.tools.workload.ChipRun;

/**
 * Seed 004's magnetic Hopfield network, which learns by itself with Oja's rule, as a recurrent network on
 * one tile: the {@code hopfield-oja} firmware routes every neuron's spike back to its own tile's rows, learns
 * with the tile's own Oja pulses (error-gated, symmetric) or stores the outer product with the same pulses,
 * and recalls corrupted probes by iterating to a fixed point. The seed's two tasks: a 4-node network trained
 * on each of seven patterns in turn (each must become the energy's minimum with its negation), and 35-node
 * networks of four look-alike 5x7 letters, over seeds of letters, probes and devices. The energy of the
 * states the network passes through is evaluated here from the cells' levels after the run.
 */
public final class HopfieldOja implements Experiment {
    static final int NODES = 35;
    static final int LETTERS = 4;
    static final int FLIPS = 3;
    /** The field, in levels, Oja asks of every node of every pattern. */
    static final int MARGIN = 30;
    /** Four nodes' fields sum three weights: a wider margin keeps a 1-flip probe's field clear of read noise. */
    static final int FOUR_NODE_MARGIN = 60;
    /** Strong enough that a pulse moves even a slow junction of the spread, so the four copies of a weight move alike. */
    static final int PULSE_MV = 1500;
    static final int WIDTH_PS = 1000;
    static final int EPOCHS = 60;
    static final int THRESHOLDS = 24;
    static final int STEP = 6;
    static final int ITERATIONS = 20;
    private static final long MAX_CYCLES = 1L << 40;
    private static final String LEVELS_KEY = "device.levels";
    private static final double THEIR_OJA = 97;
    private static final double THEIR_OUTER = 33;
    private static final int THEIR_FOUR_NODE_PATTERNS = 7;
    /** The 4-node patterns: every state but the uniform one, up to sign (node 0 at +1). */
    private static final long[] FOUR_NODE = {0b0001, 0b0011, 0b0101, 0b0111, 0b1001, 0b1011, 0b1101};

    /** How big a run is: seeds of letters, probes and devices; probes of each pattern. */
    private record Size(int seeds, int validation, int test) {
    }

    /**
     * What one run found.
     *
     * @param recall     the test probes recalled, as a fraction
     * @param threshold  the threshold chosen on the validation probes
     * @param epochs     Oja's epochs (0 for the outer product)
     * @param converged  whether an epoch changed nothing
     * @param energy     the mean over the test probes of the energy after each timestep
     * @param rises      timesteps after which a probe's energy rose
     * @param moves      timesteps in which a probe's state changed
     * @param symmetric  weight pairs with w_ij = w_ji and all four copies of each alike, from the cells
     * @param pairs      weight pairs i &lt; j
     * @param weights    the weights as the cells hold them, levels
     * @param learningNj the whole chip's energy while learning
     * @param learningUs and its time
     * @param coreShare  the share of that energy the core and memory took
     * @param pulseShare the share the tile's write driver and learning unit took
     */
    record Learned(double recall, int threshold, int epochs, boolean converged, double[] energy, int rises,
                   int moves, int symmetric, int pairs, int[][] weights, double learningNj, double learningUs,
                   double coreShare, double pulseShare) {
    }

    @Override
    public String name() {
        return "hopfield-oja";
    }

    @Override
    public String title() {
        return "A recurrent Hopfield network learning by itself with Oja's rule, against outer-product storage (seed 004)";
    }

    @Override
    public Reproduction run(Run run) {
        Size size = run.quick() ? new Size(2, 3, 5) : new Size(10, 10, 25);
        Path dir = run.home().resolve("firmware-samples/hopfield-oja");
        ChipRun.Board board;
        Technology halfLevels;
        Technology doubleLevels;
        TileConfig widerTdc;
        try {
            board = new ChipRun.Board(ElfReader.forChip().read(run.home().resolve(
                    "firmware-samples/target/firmware/hopfield-oja.elf")), run.npu(dir.resolve("hopfield-npu.yaml")),
                    run.tile(dir.resolve("hopfield-tile.yaml")), run.technology(dir.resolve(
                    "hopfield-technology.yaml")), run.seed(), MAX_CYCLES);
            int levels = board.technology().device().levels();
            halfLevels = Technology.read(board.technology().file().with(LEVELS_KEY, levels / 2));
            doubleLevels = Technology.read(board.technology().file().with(LEVELS_KEY, Math.min(64, 2 * levels)));
            // Twice the levels double a string's count: the TDC needs a bit more to hold it.
            widerTdc = TileConfig.read(run.tileFile(dir.resolve("hopfield-tile.yaml")).with("tdc.bits",
                    board.tile().tdc().bits() + 1));
        } catch (ConfigException | ElfException e) {
            throw new ReproductionException(name() + ": " + e.getMessage(), e);
        }
        HopfieldSettings letters = new HopfieldSettings(Rule.OJA, EPOCHS, MARGIN, PULSE_MV, WIDTH_PS, FLIPS,
                size.validation(), size.test(), THRESHOLDS, STEP, ITERATIONS, 1, List.of(), NODES);
        HopfieldSettings four = new HopfieldSettings(Rule.OJA, EPOCHS, FOUR_NODE_MARGIN, PULSE_MV, WIDTH_PS, 1, 8, 16, 8, STEP,
                8, 1, List.of(), 4);

        try (ParallelRuns runs = new ParallelRuns(name())) {
            List<String> drawn = new ArrayList<>();
            List<ParallelRuns.Pending<Learned>> oja = new ArrayList<>();
            List<ParallelRuns.Pending<Learned>> outer = new ArrayList<>();
            for (int s = 0; s < size.seeds(); s++) {
                String l = Letters.draw(LETTERS, run.seed() + s);
                drawn.add(l);
                ChipRun.Board seeded = seeded(board, board.technology(), run.seed() + s);
                HopfieldSettings settings = letters.with(Letters.patterns(l), NODES, FLIPS, s + 1);
                oja.add(runs.start(() -> learn(run, seeded, settings, l)));
                outer.add(runs.start(() -> learn(run, seeded, settings.with(Rule.OUTER_PRODUCT), l)));
            }
            List<ParallelRuns.Pending<Learned>> fours = new ArrayList<>();
            for (long p : FOUR_NODE) {
                HopfieldSettings settings = four.with(List.of(p), 4, 1, (int) p);
                fours.add(runs.start(() -> learn(run, board, settings, states(p, 4))));
            }
            HopfieldSettings first = letters.with(Letters.patterns(drawn.get(0)), NODES, FLIPS, 1);
            List<ParallelRuns.Pending<Learned>> moved = List.of(
                    runs.start(() -> learn(run, seeded(board, halfLevels, run.seed()), first, "half the levels")),
                    runs.start(() -> learn(run, new ChipRun.Board(board.firmware(), board.npu(), widerTdc,
                            doubleLevels, run.seed(), MAX_CYCLES), first, "twice the levels")),
                    runs.start(() -> learn(run, board, first.withMargin(MARGIN / 2), "half the margin")),
                    runs.start(() -> learn(run, board, first.withMargin(2 * MARGIN), "twice the margin")));
            return report(run, size, board.technology(), drawn, all(oja), all(outer), all(fours), all(moved),
                    halfLevels, doubleLevels);
        }
    }

    private static ChipRun.Board seeded(ChipRun.Board b, Technology t, long seed) {
        return new ChipRun.Board(b.firmware(), b.npu(), b.tile(), t, seed, b.maxCycles());
    }

    private static List<Learned> all(List<ParallelRuns.Pending<Learned>> pending) {
        return pending.stream().map(ParallelRuns.Pending::get).toList();
    }

    private Learned learn(Run run, ChipRun.Board board, HopfieldSettings s, String what) {
        String which = String.format(Locale.ROOT, "%s, %s, %d nodes, margin %d, %d levels, device seed %d, probe seed %d",
                what, s.rule(), s.nodes(), s.margin(), board.technology().device().levels(), board.seed(), s.seed());
        run.log().println("hopfield-oja: " + which);
        ChipRun.Outcome o = ChipRun.run(board, List.of(s.bytes()), s.results(), 0, done -> { });
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0 || !o.marks().containsKey(ChipRun.DONE)) {
            throw new ReproductionException(name() + ": the firmware failed (" + which + "): exit "
                    + o.result().exitStatus() + "\n" + o.uart(), null);
        }
        int[][] w = weights(o, s.nodes());
        int symmetric = 0;
        int pairs = 0;
        for (int i = 0; i < s.nodes(); i++) {
            for (int j = i + 1; j < s.nodes(); j++) {
                symmetric += w[i][j] == w[j][i] && copiesAlike(o, i, j) && copiesAlike(o, j, i) ? 1 : 0;
                pairs++;
            }
        }
        int recalled = 0;
        double[] energy = new double[s.iterations()];
        int rises = 0;
        int moves = 0;
        for (int k = 0; k < s.probes(); k++) {
            recalled += o.answers()[k] == o.labels()[k] ? 1 : 0;
            int[] before = null;
            int eBefore = 0;
            for (int t = 0; t < s.iterations(); t++) {
                int[] x = state(o, s, k, t);
                int e = twiceEnergy(w, x);
                energy[t] += e / 2.0 / s.probes();
                if (before != null && !Arrays.equals(x, before)) {
                    moves++;
                    rises += e > eBefore ? 1 : 0;
                }
                before = x;
                eBefore = e;
            }
        }
        int chosen = s.chosenItem();
        long[] counts = o.countsBetween(ChipRun.TRAIN, ChipRun.INFER);
        EnergyReport energyReport = EnergyReport.of(counts, board.technology(), o.machine().npu().floorplan());
        double nj = energyReport.totalFj() / 1e6;
        double us = ClockDomain.CORE.nanoseconds(o.marks().get(ChipRun.INFER) - o.marks().get(ChipRun.TRAIN)) / 1e3;
        return new Learned((double) recalled / s.probes(), o.answers()[chosen], o.labels()[chosen],
                o.answers()[chosen + 1] == 1, energy, rises, moves, symmetric, pairs, w, nj, us,
                share(energyReport, Block.CORE, Block.RAM), share(energyReport, Block.WRITE_DRIVER, Block.LEARNING));
    }

    /** The share of a report's energy, dynamic and static, the blocks took. */
    private static double share(EnergyReport r, Block... blocks) {
        double fj = 0;
        for (Block b : blocks) {
            fj += r.byBlock().getOrDefault(b, 0.0) + r.staticByBlock().getOrDefault(b, 0.0);
        }
        return fj / r.totalFj();
    }

    /** w_ij as neuron 2i holds it on row 2j: its pair's levels, positive less negative. */
    private static int[][] weights(ChipRun.Outcome o, int nodes) {
        int[][] w = new int[nodes][nodes];
        for (int i = 0; i < nodes; i++) {
            for (int j = 0; j < nodes; j++) {
                w[i][j] = copy(o, 2 * i, 2 * j);
            }
        }
        return w;
    }

    private static int copy(ChipRun.Outcome o, int neuron, int row) {
        Crossbar c = o.machine().npu().tile(0).crossbar();
        MtjCells cells = c.cells();
        return cells.level(c.geometry().cell(row, 2 * neuron)) - cells.level(c.geometry().cell(row, 2 * neuron + 1));
    }

    /** Whether w_ij's four copies agree: +w on (2i, 2j) and (2i+1, 2j+1), -w on the crossed ones. */
    private static boolean copiesAlike(ChipRun.Outcome o, int i, int j) {
        int w = copy(o, 2 * i, 2 * j);
        return copy(o, 2 * i + 1, 2 * j + 1) == w && copy(o, 2 * i, 2 * j + 1) == -w && copy(o, 2 * i + 1, 2 * j) == -w;
    }

    /** The state of test probe k after t timesteps: +1, -1 or 0 a node. */
    private static int[] state(ChipRun.Outcome o, HopfieldSettings s, int k, int t) {
        int item = s.stateItem(k, t);
        long plus = mask(o, item);
        long minus = mask(o, item + 1);
        int[] x = new int[s.nodes()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (plus >> i & 1) != 0 ? 1 : (minus >> i & 1) != 0 ? -1 : 0;
        }
        return x;
    }

    private static long mask(ChipRun.Outcome o, int item) {
        return Integer.toUnsignedLong(o.answers()[item]) | (long) o.labels()[item] << 32;
    }

    /** Twice the energy, -Σ_{i≠j} w_ij x_i x_j. */
    static int twiceEnergy(int[][] w, int[] x) {
        int e = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                e -= i != j ? w[i][j] * x[i] * x[j] : 0;
            }
        }
        return e;
    }

    private static String states(long pattern, int nodes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nodes; i++) {
            b.append((pattern >> i & 1) != 0 ? '+' : '-');
        }
        return b.toString();
    }

    private static int[] vector(long pattern, int nodes) {
        int[] x = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            x[i] = (pattern >> i & 1) != 0 ? 1 : -1;
        }
        return x;
    }

    private Reproduction report(Run run, Size size, Technology tech, List<String> drawn, List<Learned> oja,
                                List<Learned> outer, List<Learned> fours, List<Learned> moved, Technology halfLevels,
                                Technology doubleLevels) {
        double ojaRecall = oja.stream().mapToDouble(Learned::recall).average().orElse(0);
        double outerRecall = outer.stream().mapToDouble(Learned::recall).average().orElse(0);
        int levels = tech.device().levels();
        String chip = String.format(Locale.ROOT, "the hopfield-oja chip (one 350x140 tile whose 70 neurons' spikes return"
                + " to its own rows, two neurons and two rails a node; synapses differential pairs of %d-level cells"
                + " of the default junctions, learnt by the tile's Oja pulses of %d mV, %d ps, P = %.4f a pulse)",
                levels, PULSE_MV, WIDTH_PS, tech.switching().probability(PULSE_MV / 1e3, WIDTH_PS / 1e3,
                        Direction.TO_PARALLEL));
        String task = String.format(Locale.ROOT, "%d look-alike 5x7 letters a network drawn from %s (any two %s pixels"
                + " apart at least, by seed), probes with %d of 35 pixels flipped; threshold chosen on %d probes of each"
                + " letter, %d others scored; %d seeds of letters, probes and devices", LETTERS, Letters.POOL,
                range(drawn), FLIPS, size.validation(), size.test(), size.seeds());
        List<String> differences = List.of("theirs is a micromagnetic simulation of a Permalloy film whose conductances"
                + " are continuous; ours cells of " + levels + " levels with device spread and read noise",
                "their letters, their number and the noise of their probes are not given; ours are stated here");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("letters recalled, Oja's rule learnt on the chip", "%", 100 * ojaRecall,
                chip + "; " + task + "; a probe is recalled when the network settles exactly on its letter", THEIR_OJA,
                "seed 004: 'up to 97% recall accuracy' for a 35-node network of similar letters", differences,
                converged(oja, drawn, levels)));
        figures.add(new Figure("letters recalled, outer-product storage", "%", 100 * outerRecall, chip + "; " + task
                + "; the same pulses, every letter presented once with every node learning", THEIR_OUTER,
                "seed 004: 'approx. 33%' for the standard outer-product rule on the same letters", differences,
                "The outer product stores what the letters share as strongly as what tells them apart, so a probe"
                        + " falls into a mixture of letters."));
        int heldFour = 0;
        List<List<String>> fourRows = new ArrayList<>();
        for (int k = 0; k < FOUR_NODE.length; k++) {
            Learned l = fours.get(k);
            int[] x = vector(FOUR_NODE[k], 4);
            int own = twiceEnergy(l.weights(), x);
            int lowestOther = Integer.MAX_VALUE;
            for (int s = 0; s < 16; s++) {
                int[] y = vector(s, 4);
                int[] negated = vector(~FOUR_NODE[k] & 0xF, 4);
                if (!Arrays.equals(y, x) && !Arrays.equals(y, negated)) {
                    lowestOther = Math.min(lowestOther, twiceEnergy(l.weights(), y));
                }
            }
            boolean minimum = own < lowestOther;
            heldFour += minimum ? 1 : 0;
            fourRows.add(List.of(states(FOUR_NODE[k], 4), Integer.toString(l.epochs()), fmt(own / 2.0),
                    fmt(lowestOther / 2.0), minimum ? "yes" : "no", Integer.toString(l.threshold()), pct(l.recall())));
        }
        figures.add(new Figure("4-node patterns each trained into the energy's only minimum (with its negation)",
                "patterns", heldFour, "the same chip with 4 nodes, Oja from zero weights on one pattern at a time, margin "
                + FOUR_NODE_MARGIN + " levels; energies from the cells' levels", (double) THEIR_FOUR_NODE_PATTERNS,
                "seed 004: a 4-node Py/Au device trained on each of seven patterns in turn, each the energy's minimum"
                        + " with its negation", List.of("theirs a device whose conductance matrix evolves under voltage"
                        + " pulses on four electrodes; ours four nodes of the tile; which seven patterns is not stated,"
                        + " ours are the seven that are not uniform"), "Each pattern's own weights x_i x_j make it and"
                + " its negation the two lowest states of the 16."));
        Learned shown = oja.get(0);
        figures.add(new Figure("energy, Oja's network, start to fixed point", "levels", shown.energy()[ITERATIONS - 1]
                - shown.energy()[0], String.format(Locale.ROOT, "the mean over the first network's test probes of"
                + " E = -1/2 sum w_ij x_i x_j from the cells' levels, after %d timesteps less at the probe (%s to %s);"
                + " the energy rose after %d of %d timesteps in which a probe's state changed", ITERATIONS - 1,
                fmt(shown.energy()[0]), fmt(shown.energy()[ITERATIONS - 1]), shown.rises(), shown.moves()), null,
                "seed 004 shows the trained states as energy minima, without a descent to compare", List.of(),
                "Symmetric weights give synchronous updates an energy that falls until a fixed point or a 2-cycle."));
        int symmetric = oja.stream().mapToInt(Learned::symmetric).sum() + outer.stream().mapToInt(Learned::symmetric).sum();
        int pairs = oja.stream().mapToInt(Learned::pairs).sum() + outer.stream().mapToInt(Learned::pairs).sum();
        figures.add(new Figure("weight pairs symmetric as the cells hold them", "%", 100.0 * symmetric / pairs,
                "w_ij = w_ji and all four copies of each alike, over every 35-node network of both rules", null,
                "seed 004's conductance matrix is symmetric by construction", List.of(), "Every learning event moves"
                + " a weight's four copies by one level each with pulses that switch with near certainty."));
        double nj = oja.stream().mapToDouble(Learned::learningNj).average().orElse(0);
        double us = oja.stream().mapToDouble(Learned::learningUs).average().orElse(0);
        double epochs = oja.stream().mapToDouble(Learned::epochs).average().orElse(0);
        figures.add(new Figure("energy of learning four letters by Oja, whole chip", "nJ", nj, String.format(Locale.ROOT,
                "from the ledger between the firmware's training and inference marks, mean over the networks; %.1f"
                        + " epochs and %.0f us a network on average, the core steering every pass", epochs, us), null,
                "seed 004: training 'limited only by the nanosecond-scale spin dynamics', without a figure", List.of(),
                String.format(Locale.ROOT, "The core and its memory, steering every pass and check, take %.0f %%; the"
                        + " tile's write driver and learning unit, whose pulses are the learning, %.1f %%.",
                        100 * oja.stream().mapToDouble(Learned::coreShare).average().orElse(0),
                        100 * oja.stream().mapToDouble(Learned::pulseShare).average().orElse(0))));

        List<List<String>> seedRows = new ArrayList<>();
        Map<String, List<double[]>> energySeries = new LinkedHashMap<>();
        for (int s = 0; s < drawn.size(); s++) {
            Learned a = oja.get(s);
            Learned b = outer.get(s);
            seedRows.add(List.of(Long.toString(run.seed() + s), drawn.get(s), Integer.toString(Letters.leastDistance(
                    drawn.get(s))), pct(a.recall()), a.epochs() + (a.converged() ? " (converged)" : ""),
                    Integer.toString(a.threshold()), pct(b.recall()), Integer.toString(b.threshold())));
        }
        energySeries.put("Oja", curve(oja.get(0).energy()));
        energySeries.put("outer product", curve(outer.get(0).energy()));
        List<List<String>> movedRows = new ArrayList<>();
        String[] names = {"device.levels halved (" + halfLevels.device().levels() + ")",
            "device.levels doubled (" + doubleLevels.device().levels() + ", a TDC bit more)", "margin halved (" + MARGIN / 2 + ")",
            "margin doubled (" + 2 * MARGIN + ")"};
        for (int k = 0; k < names.length; k++) {
            Learned l = moved.get(k);
            movedRows.add(List.of(names[k], pct(l.recall()), l.epochs() + (l.converged() ? " (converged)" : "")));
        }
        List<Table> tables = List.of(
                new Table("Letters: each network, both rules", List.of("seed", "letters", "least distance, pixels",
                        "Oja recalled", "Oja epochs", "Oja threshold", "outer product recalled", "outer threshold"),
                        seedRows, "Each seed draws the letters, the probes and the devices; both rules run on the same"
                        + " devices and probes. Thresholds (levels) are chosen on validation probes that are not scored."),
                new Table("4 nodes: one pattern at a time", List.of("pattern", "epochs", "its energy",
                        "lowest other energy (not its negation)", "only minimum", "threshold", "1-flip probes recalled"),
                        fourRows,
                        "Energies in levels from the cells after learning; the network starts from zero weights for each"
                        + " pattern."),
                new Table("What the chip's choices move (first network, Oja)", List.of("changed", "recalled", "epochs"),
                        movedRows, "Each row one run on the first network's letters and probes with one input changed."));
        List<Plot> plots = List.of(new Plot("Energy as the network runs (first network, mean over its test probes)",
                "timestep", "energy, levels", energySeries));
        Learned first = oja.get(0);
        List<Assumption> assumptions = List.of(
                new Assumption(LEVELS_KEY, levels + " levels a cell (seed 001's exchange-bias synapse holds more than 25)",
                        "letters recalled by Oja, first network (" + pct(first.recall()) + ")",
                        pct(moved.get(0).recall()), pct(moved.get(1).recall())),
                new Assumption("Oja's margin", MARGIN + " levels", "letters recalled by Oja, first network ("
                        + pct(first.recall()) + ")", pct(moved.get(2).recall()), pct(moved.get(3).recall())));
        return new Reproduction(name(), title(), "Seed 004: a magnetic Hopfield network with intrinsic gradient descent"
                + " (Oja's rule) in a Permalloy film's magnetic textures", run.seed(), run.quick(), figures, tables,
                plots, assumptions);
    }

    /** How many networks Oja converged on, and how near the letters of those it did not were. */
    private static String converged(List<Learned> oja, List<String> drawn, int levels) {
        int converged = 0;
        int nearest = Letters.PIXELS;
        int bound = 0;
        for (int s = 0; s < oja.size(); s++) {
            if (oja.get(s).converged()) {
                converged++;
            } else {
                nearest = Math.min(nearest, Letters.leastDistance(drawn.get(s)));
                bound += atBound(oja.get(s).weights(), levels - 1);
            }
        }
        String all = String.format(Locale.ROOT, "Oja converged in %d of %d networks", converged, oja.size());
        return converged == oja.size() ? all + "." : String.format(Locale.ROOT, "%s; in those that did not, two letters"
                + " are as near as %d pixels, and %d weights sit at the cells' bound of +-%d levels (see the assumption"
                + " on levels).", all, nearest, bound, levels - 1);
    }

    /** The weights (i &lt; j) a cell pair's range stops. */
    private static int atBound(int[][] w, int top) {
        int n = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = i + 1; j < w.length; j++) {
                n += Math.abs(w[i][j]) >= top ? 1 : 0;
            }
        }
        return n;
    }

    private static String range(List<String> drawn) {
        int least = Letters.PIXELS;
        int most = 0;
        for (String l : drawn) {
            least = Math.min(least, Letters.leastDistance(l));
            most = Math.max(most, Letters.leastDistance(l));
        }
        return least == most ? Integer.toString(least) : least + " to " + most;
    }

    private static List<double[]> curve(double[] energy) {
        List<double[]> c = new ArrayList<>();
        for (int t = 0; t < energy.length; t++) {
            c.add(new double[] {t, energy[t]});
        }
        return c;
    }

    private static String pct(double a) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * a);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
