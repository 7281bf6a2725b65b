package org.neuromtj.tools.reproduce.hebbian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.SttLaw;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.learning.LearningConfig.Mode;
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

/**
 * Seed 000's Hebbian MTJ synapses (Zhou et al., Commun. Eng. 2025, as a press summary describes them): the
 * {@code hebbian} firmware teaches a tile of spin-transfer-torque junctions with voltage-controlled
 * anisotropy ten 5x7 letters by coincidences of row and column pulses, then recognises them from noisy
 * copies. The experiment sets the pulses from the technology's own switching law (the half amplitude at
 * which a co-active cell switches with the chosen probability), and reports recall against noise, Oja's
 * depression against Hebb's potentiation alone on noisy examples, what VCMA changes, how strong pulses trade
 * learning speed for disturb of the other letters, and the energy of a synaptic event from the ledger.
 */
public final class Hebbian implements Experiment {
    static final int WIDTH_PS = 1000;
    /** The probability a co-active cell switches, in the harder of the two directions, under the chosen pulses. */
    static final double TARGET = 0.5;
    /** Operating points: weak, chosen and strong pulses. */
    private static final double[] TARGETS = {0.3, TARGET, 0.7};
    /** VCMA coefficients, fJ/(V·m): none, half the file's, the file's, twice the file's. */
    private static final double[] VCMA = {0, 50, 100, 200};
    private static final String VCMA_KEY = "switching.stt.vcma_coefficient_fj_per_vm";
    /** Pixels flipped in each noisy training example. */
    static final int NOISY = 3;
    /** Recall is quoted at this many flipped pixels: 20 % of the letter. */
    static final int QUOTED_FLIPS = 7;
    private static final long MAX_CYCLES = 1L << 40;
    private static final int THEIR_LOW_FJ = 1;
    private static final int THEIR_HIGH_FJ = 1000;

    /** How big a run is: seeds of devices and probes, rounds, flips, probes and disturb presentations. */
    private record Size(int seeds, int rounds, int maxFlips, int probes, int disturb, int checkpoints) {
    }

    /** What one run of the firmware found. */
    private record Learned(double[] recall, int[] holding, int synapses, int[] undisturbed, int others, long[] learning,
                           int teacherMisses) {
        /**
         * @param lineScale what the lines' capacitance is multiplied by
         * @return the junctions' heat and the lines' charge per synapse of a firing neuron (one coincident event
         *         in Oja's two phases), fJ
         */
        double deviceFjPerEvent(Technology t, double lineScale) {
            return (energy(t, Action.JUNCTION_HEAT) + lineScale * energy(t, Action.LINE_CHARGE)) / events();
        }

        /** @return the learning unit's checks of which rows were active, per event, fJ */
        double logicFjPerEvent(Technology t) {
            return energy(t, Action.LEARNING_CHECK) / events();
        }

        double energy(Technology t, Action a) {
            return learning[a.ordinal()] * t.cost(a).energyFj();
        }

        long events() {
            return learning[Action.LEARNING_CHECK.ordinal()];
        }
    }

    @Override
    public String name() {
        return "hebbian";
    }

    @Override
    public String title() {
        return "Hebbian learning by STT-MTJ synapses with VCMA: letters learned, recalled from noise, disturbed (seed 000)";
    }

    @Override
    public Reproduction run(Run run) {
        Size size = run.quick() ? new Size(1, 4, 8, 2, 40, 2) : new Size(5, 6, 12, 20, 1000, 10);
        Path dir = run.home().resolve("firmware-samples/hebbian");
        ChipRun.Board board;
        try {
            board = new ChipRun.Board(ElfReader.forChip().read(run.home().resolve(
                    "firmware-samples/target/firmware/hebbian.elf")), run.npu(dir.resolve("hebbian-npu.yaml")),
                    run.tile(dir.resolve("hebbian-tile.yaml")), run.technology(dir.resolve(
                    "hebbian-technology.yaml")), run.seed(), MAX_CYCLES);
        } catch (ConfigException | ElfException e) {
            throw new ReproductionException(name() + ": " + e.getMessage(), e);
        }
        if (!(board.technology().switching() instanceof SttLaw)) {
            throw new ReproductionException(name() + ": the hebbian technology must switch by spin-transfer torque"
                    + " (switching.law: stt)", null);
        }
        Technology tech = board.technology();
        Technology[] vcma = new Technology[VCMA.length];
        try {
            for (int v = 0; v < VCMA.length; v++) {
                vcma[v] = Technology.read(tech.file().with(VCMA_KEY, VCMA[v]));
            }
        } catch (ConfigException e) {
            throw new ReproductionException(name() + ": " + e.getMessage(), e);
        }
        Pulses pulses = Pulses.of(tech.switching(), TARGET);
        HebbianSettings clean = new HebbianSettings(Mode.OJA, size.rounds(), pulses.potentiate(), pulses.depress(),
                WIDTH_PS, 0, size.maxFlips(), size.probes(), size.disturb(), size.checkpoints(), 1);

        try (ParallelRuns runs = new ParallelRuns(name())) {
            Runs started = new Runs(run, runs);
            List<ParallelRuns.Pending<Learned>> ojaClean = new ArrayList<>();
            List<ParallelRuns.Pending<Learned>> ojaNoisy = new ArrayList<>();
            List<ParallelRuns.Pending<Learned>> hebbNoisy = new ArrayList<>();
            for (int s = 0; s < size.seeds(); s++) {
                ChipRun.Board seeded = seeded(board, tech, run.seed() + s);
                ojaClean.add(started.learn(seeded, clean.with(Mode.OJA, 0, s + 1)));
                ojaNoisy.add(started.learn(seeded, clean.with(Mode.OJA, NOISY, s + 1)));
                hebbNoisy.add(started.learn(seeded, clean.with(Mode.HEBB, NOISY, s + 1)));
            }
            List<ParallelRuns.Pending<Learned>> points = new ArrayList<>();
            for (double p : TARGETS) {
                points.add(started.learn(board, Pulses.of(tech.switching(), p).into(clean)));
            }
            List<ParallelRuns.Pending<Learned>> sweep = new ArrayList<>();
            for (Technology t : vcma) {
                sweep.add(started.learn(seeded(board, t, run.seed()), Pulses.of(t.switching(), TARGET).into(clean)));
            }
            Technology strongest = vcma[VCMA.length - 1];
            ParallelRuns.Pending<Learned> shared = started.learn(seeded(board, strongest, run.seed()),
                    Pulses.of(strongest.switching(), TARGET).shared().into(clean));
            return report(run, size, tech, clean, all(ojaClean), all(ojaNoisy), all(hebbNoisy), all(points), all(sweep),
                    vcma, shared.get());
        }
    }

    /** The experiment's runs, each started once however many of its tables use it. */
    private final class Runs {
        private final Run run;
        private final ParallelRuns pool;
        private final Map<String, ParallelRuns.Pending<Learned>> started = new LinkedHashMap<>();

        Runs(Run run, ParallelRuns pool) {
            this.run = run;
            this.pool = pool;
        }

        ParallelRuns.Pending<Learned> learn(ChipRun.Board board, HebbianSettings s) {
            String key = s + " VCMA " + vcmaOf(board.technology()) + " seed " + board.seed();
            return started.computeIfAbsent(key, k -> pool.start(() -> Hebbian.this.learn(run, board, s)));
        }
    }

    private static ChipRun.Board seeded(ChipRun.Board b, Technology t, long seed) {
        return new ChipRun.Board(b.firmware(), b.npu(), b.tile(), t, seed, b.maxCycles());
    }

    private static List<Learned> all(List<ParallelRuns.Pending<Learned>> pending) {
        return pending.stream().map(ParallelRuns.Pending::get).toList();
    }

    /**
     * The half amplitudes of the two phases, whole millivolts: each line carries A, a co-active cell sees 2A.
     *
     * @param potentiate the potentiating phase's (toward parallel)
     * @param depress    Oja's depressing phase's (toward antiparallel)
     */
    record Pulses(int potentiate, int depress) {
        /** @return the pulses at which a co-active cell switches with probability {@code p}, each phase its own way */
        static Pulses of(SwitchingLaw law, double p) {
            return new Pulses((law.millivoltsFor(p, WIDTH_PS, Direction.TO_PARALLEL) + 1) / 2,
                    (law.millivoltsFor(p, WIDTH_PS, Direction.TO_ANTIPARALLEL) + 1) / 2);
        }

        /** @return the higher of the two for both phases, as a chip with one learning amplitude would have to */
        Pulses shared() {
            int a = Math.max(potentiate, depress);
            return new Pulses(a, a);
        }

        HebbianSettings into(HebbianSettings s) {
            return s.withAmplitudes(potentiate, depress);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "2A = %d mV toward P, %d mV toward AP", 2 * potentiate, 2 * depress);
        }
    }

    private static double vcmaOf(Technology t) {
        return ((SttLaw) t.switching()).vcmaFjPerVm();
    }

    private Learned learn(Run run, ChipRun.Board board, HebbianSettings s) {
        String what = String.format(Locale.ROOT, "%s, %d pixels flipped in each example, A = %d/%d mV, VCMA %s, device"
                + " seed %d, probe seed %d", s.rule(), s.exampleFlips(), s.halfMv(), s.depressMv(),
                fmt(vcmaOf(board.technology())),
                board.seed(), s.seed());
        run.log().println("hebbian: " + what);
        ChipRun.Outcome o = ChipRun.run(board, List.of(s.bytes()), s.results(), 0, done -> { });
        // A completed run whose own checks failed (strong pulses disturb its teachers) still reports its figures.
        boolean completed = o.marks().containsKey(ChipRun.DONE) && (o.result().exitStatus() == 0
                || o.result().exitStatus() == 1);
        if (o.result().outcome() != Outcome.EXITED || !completed) {
            throw new ReproductionException(name() + ": the firmware failed (" + what + "): exit "
                    + o.result().exitStatus() + "\n" + o.uart(), null);
        }
        int letters = HebbianSettings.LETTERS.length();
        double[] recall = new double[s.maxFlips() + 1];
        for (int i = 0; i < s.recallItems(); i++) {
            int level = i / (letters * s.probes());
            recall[level] += o.answers()[i] == o.labels()[i] ? 1.0 / (letters * s.probes()) : 0;
        }
        int[] holding = new int[s.rounds()];
        for (int r = 0; r < s.rounds(); r++) {
            holding[r] = o.answers()[s.recallItems() + r];
        }
        int[] undisturbed = new int[s.checkpoints() + 1];
        for (int c = 0; c <= s.checkpoints(); c++) {
            undisturbed[c] = o.answers()[s.recallItems() + s.rounds() + c];
        }
        return new Learned(recall, holding, o.labels()[s.recallItems()], undisturbed,
                o.labels()[s.recallItems() + s.rounds()], o.countsBetween(ChipRun.TRAIN, ChipRun.INFER),
                o.answers()[s.results() - 1]);
    }

    private Reproduction report(Run run, Size size, Technology tech, HebbianSettings clean, List<Learned> ojaClean,
                                List<Learned> ojaNoisy, List<Learned> hebbNoisy, List<Learned> points,
                                List<Learned> sweep, Technology[] vcma, Learned shared) {
        double[] ojaRecall = mean(ojaClean);
        double[] ojaNoisyRecall = mean(ojaNoisy);
        double[] hebbRecall = mean(hebbNoisy);
        int quoted = Math.min(QUOTED_FLIPS, size.maxFlips());
        Learned main = points.get(1);
        double perEvent = main.deviceFjPerEvent(tech, 1);
        double logic = main.logicFjPerEvent(tech);
        String chip = String.format(Locale.ROOT, "the hebbian chip (110x20 STT tile, differential one-bit synapses,"
                + " default junctions switched through themselves, VCMA %s fJ/(V m)), 1 ns coincident pulses, %s (a"
                + " co-active cell switches with P = %.1f either way)", fmt(vcmaOf(tech)), pulses(clean), TARGET);
        String protocol = String.format(Locale.ROOT, "Oja from clean examples, %d presentations of each of 10 letters"
                + " (A C I J K M S V X Z, any two at least 10 of 35 pixels apart)", size.rounds());

        Map<String, List<double[]>> recallSeries = new LinkedHashMap<>();
        recallSeries.put("Oja, clean examples", curve(ojaRecall));
        recallSeries.put("Oja, " + NOISY + " pixels flipped in each example", curve(ojaNoisyRecall));
        recallSeries.put("Hebb, " + NOISY + " pixels flipped in each example", curve(hebbRecall));
        List<List<String>> recallRows = new ArrayList<>();
        for (int f = 0; f <= size.maxFlips(); f++) {
            recallRows.add(List.of(Integer.toString(f), pct(f / (double) HebbianSettings.PIXELS), pct(ojaRecall[f]),
                    pct(ojaNoisyRecall[f]), pct(hebbRecall[f])));
        }

        List<Figure> figures = new ArrayList<>();
        String none = "seed 000 (a press summary of Zhou et al., Commun. Eng. 2025) describes pattern recognition and"
                + " associative memory learned this way, without a figure";
        figures.add(new Figure("letters recognised with " + quoted + " of 35 pixels flipped", "%", 100 * ojaRecall[quoted],
                chip + "; " + protocol + "; " + size.probes() + " probes of each letter, over " + size.seeds()
                        + " seeds of devices and probes", null, none, List.of(), String.format(Locale.ROOT,
                "All letters are recognised when clean (%s) and up to about %d flips; beyond, a probe is as near another"
                        + " letter as its own.", pct(ojaRecall[0]), lastAbove(ojaRecall, 0.95))));
        figures.add(new Figure("what depression adds on noisy examples (Oja less Hebb)", "points",
                100 * (ojaNoisyRecall[quoted] - hebbRecall[quoted]), "recall at " + quoted + " flipped pixels after"
                + " learning from examples with " + NOISY + " pixels flipped, Oja against Hebb, the same devices, pulses"
                + " and examples", null, none, List.of(), "Hebb only potentiates, so every noisy pixel an example"
                + " shows is added to the letter's weights for good and the letters' weights converge toward all +1;"
                + " Oja's second phase depresses what the example lacks, so the weights follow the examples."));
        String measured = String.format(Locale.ROOT, "%s; %s. Measured from the training phase's ledger over the"
                + " synapses of firing neurons (each gets one coincident pulse in Oja's two phases)", chip, protocol);
        figures.add(new Figure("energy per synaptic event: junctions and lines", "fJ", perEvent, measured + ": the"
                + " junctions' Joule heat (co-active and half-selected cells) and the charge of the driven lines",
                null, String.format(Locale.ROOT, "seed 000: 'in the femtojoule range per synaptic event' (%d to %d fJ"
                + " read as that range), at 'nanosecond timescales'", THEIR_LOW_FJ, THEIR_HIGH_FJ),
                List.of("the seed gives no number, device, pulse or array: its range is a description, not a"
                        + " measurement under our conditions"), String.format(Locale.ROOT, "%s the seed's range."
                        + " Half-selected cells' heat is at least %.0f %% of it: every cell on a driven line is heated,"
                        + " so the energy of an event grows with the array's side.", perEvent >= THEIR_LOW_FJ
                        && perEvent <= THEIR_HIGH_FJ ? "Within" : "Outside", 100 * halfShare(main, tech, clean))));
        figures.add(new Figure("energy per synaptic event with the learning unit's logic", "fJ", perEvent + logic,
                measured + ": the above and the learning unit's check of each synapse's row", null,
                "the seed counts the synapse alone", List.of(), String.format(Locale.ROOT, "The checks take %.1f fJ"
                        + " an event (the technology's learning_check, a 32-bit stamp compare): in CMOS they cost more"
                        + " than the junctions. A unit that only latches which rows were driven would need a bit, not"
                        + " a stamp, a row.", logic)));

        List<List<String>> lawRows = new ArrayList<>();
        List<List<String>> sweepRows = new ArrayList<>();
        double w = WIDTH_PS / 1e3;
        for (int v = 0; v < VCMA.length; v++) {
            SwitchingLaw law = vcma[v].switching();
            Pulses a = Pulses.of(law, TARGET);
            double p = a.potentiate() / 1e3;
            double d = a.depress() / 1e3;
            lawRows.add(List.of(fmt(VCMA[v]), Integer.toString(2 * a.potentiate()),
                    sci(law.probability(2 * p, w, Direction.TO_PARALLEL)), sci(law.probability(p, w, Direction.TO_PARALLEL)),
                    Integer.toString(2 * a.depress()), sci(law.probability(2 * d, w, Direction.TO_ANTIPARALLEL)),
                    sci(law.probability(d, w, Direction.TO_ANTIPARALLEL)),
                    // V² t / R: V² · ps / Ω = 1e3 fJ; toward P the junction leaves AP, toward AP it leaves P.
                    String.format(Locale.ROOT, "%.2f / %.2f", 4 * p * p * WIDTH_PS / vcma[v].device().resistanceApOhm()
                            * 1e3, 4 * d * d * WIDTH_PS / vcma[v].device().resistancePOhm() * 1e3)));
            sweepRows.add(sweepRow(fmt(VCMA[v]), a, sweep.get(v), vcma[v], quoted));
        }
        Technology strongest = vcma[VCMA.length - 1];
        sweepRows.add(sweepRow(fmt(VCMA[VCMA.length - 1]) + ", one amplitude for both", Pulses.of(strongest.switching(),
                TARGET).shared(), shared, strongest, quoted));
        List<List<String>> pointRows = new ArrayList<>();
        Map<String, List<double[]>> disturbSeries = new LinkedHashMap<>();
        Map<String, List<double[]>> learningSeries = new LinkedHashMap<>();
        for (int k = 0; k < TARGETS.length; k++) {
            Learned l = points.get(k);
            Pulses a = Pulses.of(tech.switching(), TARGETS[k]);
            String name = String.format(Locale.ROOT, "P = %.1f (%s)", TARGETS[k], a);
            int[] u = l.undisturbed();
            pointRows.add(List.of(name, sci(tech.switching().probability(a.potentiate() / 1e3, w, Direction.TO_PARALLEL)),
                    held(l.holding()[0], l.synapses()), held(l.holding()[l.holding().length - 1], l.synapses()),
                    pct(l.recall()[quoted]), held(u[u.length - 1], l.others()) + " (" + held(u[0], l.others())
                            + " before)", Integer.toString(l.teacherMisses()),
                    String.format(Locale.ROOT, "%.1f", l.deviceFjPerEvent(tech, 1))));
            List<double[]> d = new ArrayList<>();
            for (int c = 0; c < u.length; c++) {
                d.add(new double[] {(double) c * size.disturb() / size.checkpoints(), 100.0 * u[c] / l.others()});
            }
            disturbSeries.put(name, d);
            List<double[]> h = new ArrayList<>();
            for (int r = 0; r < l.holding().length; r++) {
                h.add(new double[] {r + 1, 100.0 * l.holding()[r] / l.synapses()});
            }
            learningSeries.put(name, h);
        }

        List<Table> tables = List.of(
                new Table("Recall against noise", List.of("pixels flipped", "of the letter", "Oja, clean examples",
                        "Oja, noisy examples", "Hebb, noisy examples"), recallRows, String.format(Locale.ROOT,
                        "%d probes of each letter at each level, over %d seeds; noisy examples have %d of 35 pixels"
                                + " flipped. A probe counts as recalled when its letter's neuron alone fires at the"
                                + " highest threshold at which any does (a tie is not an answer).", size.probes(),
                        size.seeds(), NOISY)),
                new Table("What VCMA changes in a coincidence (the switching law, 1 ns pulses)", List.of(
                        "VCMA, fJ/(V m)", "2A to P, mV", "P(2A) to P", "P(A) to P", "2A to AP, mV", "P(2A) to AP",
                        "P(A) to AP", "heat of a co-active junction to P / to AP, fJ"), lawRows, "Each phase's 2A is set"
                        + " so that a co-active cell switches with P = " + TARGET + ". VCMA lowers the barrier of a"
                        + " junction driven toward parallel and raises it toward antiparallel, so it lowers the voltage"
                        + " (and the heat) potentiation needs and raises depression's. The thermal law lowers the"
                        + " barrier linearly in the voltage (exponent 1) whether by current or by VCMA, so at the same"
                        + " switching probability a half-selected cell switches alike with or without VCMA."),
                new Table("VCMA on the chip", List.of("VCMA, fJ/(V m)", "pulses", "P(A) to P", "synapses holding their"
                        + " letter", "recall at " + quoted + " flips", "other letters' synapses holding after "
                        + size.disturb() + " presentations of A", "junctions and lines per synaptic event, fJ"),
                        sweepRows,
                        "Each row a run with the technology's VCMA coefficient replaced and the pulses set again by its"
                                + " law, on the same devices and probes. The last row gives both directions the higher"
                                + " of the two amplitudes, as a chip with one learning amplitude (no LEARN_DEPRESS)"
                                + " must: VCMA then over-drives potentiation, and the cells it half-selects switch."),
                new Table("Learning speed against disturb", List.of("operating point", "P(A) to P",
                        "synapses holding after one presentation", "after all", "recall at " + quoted + " flips",
                        "other letters' synapses holding after " + size.disturb() + " presentations of A",
                        "teacher presentations that failed", "junctions and lines per synaptic event, fJ"), pointRows,
                        "Stronger pulses learn in fewer presentations, but every presentation half-selects the other"
                        + " letters' cells on its lines at A (and the teacher rows' cells on the firing column), and a"
                        + " junction whose barrier or attempt time is at the weak end of the spread switches at A."
                        + " A teacher presentation fails when its neuron does not fire alone."));
        List<Plot> plots = List.of(
                new Plot("Recall against noise", "pixels flipped of 35", "letters recognised, %", recallSeries),
                new Plot("Learning: synapses holding their letter after each round", "presentations of each letter",
                        "synapses holding, %", learningSeries),
                new Plot("Disturb: the other letters' synapses as A is presented again and again", "presentations of A",
                        "other letters' synapses holding, %", disturbSeries));
        double perEventHalfLine = main.deviceFjPerEvent(tech, 0.5);
        double perEventDoubleLine = main.deviceFjPerEvent(tech, 2);
        List<Assumption> assumptions = List.of(
                new Assumption("switching.stt.vcma_coefficient_fj_per_vm", fmt(vcmaOf(tech)) + " fJ/(V m)",
                        "junctions and lines per synaptic event, fJ", String.format(Locale.ROOT, "%.2f",
                        sweep.get(1).deviceFjPerEvent(vcma[1], 1)), String.format(Locale.ROOT, "%.2f",
                        sweep.get(3).deviceFjPerEvent(vcma[3], 1))),
                new Assumption("learning line capacitance: read_path.capacitance_per_cell_ff a cell, for rows as for"
                        + " columns", fmt(tech.readPath().capacitancePerCellFf()) + " fF",
                        "junctions and lines per synaptic event, fJ", String.format(Locale.ROOT, "%.2f", perEventHalfLine),
                        String.format(Locale.ROOT, "%.2f", perEventDoubleLine)));
        return new Reproduction(name(), title(), "Seed 000: Hebbian learning in MTJ synapses (Zhou et al., Commun. Eng."
                + " 2025), co-activity switching the junction by spin-transfer torque assisted by voltage-controlled"
                + " magnetic anisotropy", run.seed(), run.quick(), figures, tables, plots, assumptions);
    }

    /**
     * The least share of the junctions' heat that half-selected cells take: all the heat less the most the
     * co-active junctions can have taken (each event's two junctions at the higher 2A, both at their lower
     * resistance).
     */
    private static double halfShare(Learned l, Technology t, HebbianSettings s) {
        double v = 2 * Math.max(s.halfMv(), s.depressMv()) / 1e3;
        // V² · ps / Ω = 1e-12 J per V²·ps/Ω = 1e3 fJ.
        double mostPerEventFj = 2 * v * v * s.widthPs() / t.device().resistancePOhm() * 1e3;
        return Math.max(0, 1 - l.events() * mostPerEventFj / l.energy(t, Action.JUNCTION_HEAT));
    }

    private static List<String> sweepRow(String vcma, Pulses a, Learned l, Technology t, int quoted) {
        int[] u = l.undisturbed();
        return List.of(vcma, a.toString(), sci(t.switching().probability(a.potentiate() / 1e3, WIDTH_PS / 1e3,
                        Direction.TO_PARALLEL)), held(l.holding()[l.holding().length - 1], l.synapses()),
                pct(l.recall()[quoted]), held(u[u.length - 1], l.others()) + " (" + held(u[0], l.others()) + " before)",
                String.format(Locale.ROOT, "%.1f", l.deviceFjPerEvent(t, 1)));
    }

    private static Pulses pulses(HebbianSettings s) {
        return new Pulses(s.halfMv(), s.depressMv());
    }

    private static double[] mean(List<Learned> runs) {
        double[] m = new double[runs.get(0).recall().length];
        for (Learned l : runs) {
            for (int f = 0; f < m.length; f++) {
                m[f] += l.recall()[f] / runs.size();
            }
        }
        return m;
    }

    private static List<double[]> curve(double[] recall) {
        List<double[]> c = new ArrayList<>();
        for (int f = 0; f < recall.length; f++) {
            c.add(new double[] {f, 100 * recall[f]});
        }
        return c;
    }

    /** The most flips at which recall is still at least {@code level}, counting from none. */
    private static int lastAbove(double[] recall, double level) {
        int f = 0;
        while (f + 1 < recall.length && recall[f + 1] >= level) {
            f++;
        }
        return f;
    }

    private static String held(int holding, int of) {
        return String.format(Locale.ROOT, "%d of %d", holding, of);
    }

    private static String pct(double a) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * a);
    }

    private static String sci(double p) {
        return String.format(Locale.ROOT, "%.2g", p);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
