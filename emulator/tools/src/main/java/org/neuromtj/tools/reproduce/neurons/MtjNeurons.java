package org.neuromtj.tools.reproduce.neurons;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.ParallelRuns;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.Reproduction.Assumption;
import org.neuromtj.tools.reproduce.Reproduction.Figure;
import org.neuromtj.tools.reproduce.Reproduction.Table;
import org.neuromtj.tools.reproduce.ReproductionException;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;

/**
 * The MTJ neurons in networks: {@code snn-patterns} and the shipped Fashion-MNIST network, unchanged but for
 * their tiles' neurons, on CMOS LIF neurons, stochastic MTJ neurons and seed 001's exchange-bias neurons.
 * An MTJ neuron fires with a probability and keeps nothing (the stochastic one) or only heat (the
 * exchange-bias one) between timesteps, so the mapping is calibrated for each: the tiles' threshold
 * registers (the stochastic sigmoid's centre, where the exchange-bias pulses start), the stochastic
 * pulse's volts per unit of input, and for {@code snn-patterns} the timesteps an image is shown and the
 * rows a detector drives. Each calibration is chosen on data the score does not use: other device seeds
 * for {@code snn-patterns}, training images for Fashion-MNIST. The energy of a firing is the neuron
 * array's, from the ledger.
 */
public final class MtjNeurons implements Experiment {
    private static final long MAX_CYCLES = 1L << 40;
    /** The stochastic neuron's pulse width: the default tile's. */
    private static final int STOCHASTIC_WIDTH_PS = 750;
    private static final String ATTEMPT_KEY = "device.attempt_time_ns";
    private static final int SNN_IMAGES = 68;
    private static final double THEIR_FJ_LOW = 100;
    private static final double THEIR_FJ_HIGH = 1000;

    /** The neuron models, as the tile file names them. */
    enum Model {
        CMOS_LIF("cmos-lif", "CMOS LIF"), STOCHASTIC("stochastic-mtj", "stochastic MTJ"),
        EXCHANGE_BIAS("exchange-bias-mtj", "exchange-bias MTJ (001)");

        final String key;
        final String title;

        Model(String key, String title) {
            this.key = key;
            this.title = title;
        }
    }

    /**
     * A mapping of one network onto one neuron model.
     *
     * @param voltsPerUnit the stochastic pulse's volts per unit of input (0 where it does not apply)
     * @param hidden       layer 1's threshold register (Fashion-MNIST's hidden tiles, snn-patterns' detectors)
     * @param output       layer 2's
     * @param timesteps    timesteps an image is shown (snn-patterns; the Fashion-MNIST image sets its own)
     * @param fanout       rows each detector drives in layer 2 (snn-patterns)
     */
    record Mapping(double voltsPerUnit, int hidden, int output, int timesteps, int fanout) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "thresholds %d/%d%s%s", hidden, output, voltsPerUnit > 0
                    ? String.format(Locale.ROOT, ", %.0f mV per unit", voltsPerUnit * 1e3) : "", timesteps > 0
                    ? String.format(Locale.ROOT, ", %d timesteps, %d rows a detector", timesteps, fanout) : "");
        }
    }

    /**
     * What a run gave.
     *
     * @param accuracy      answers right
     * @param images        images
     * @param spikes        neurons fired while inferring
     * @param pulses        the MTJ neurons' input pulses
     * @param neuronFj      the neuron arrays' dynamic energy while inferring
     * @param chipFj        the whole chip's
     */
    record Scored(double accuracy, int images, long spikes, long pulses, double neuronFj, double chipFj) {
        double fjPerFiring() {
            return spikes == 0 ? Double.NaN : neuronFj / spikes;
        }

        double pulsesPerFiring() {
            return spikes == 0 ? Double.NaN : (double) pulses / spikes;
        }
    }

    private record Size(int validation, int test, int snnSeeds, boolean fullGrid) {
    }

    @Override
    public String name() {
        return "mtj-neurons";
    }

    @Override
    public String title() {
        return "Stochastic and exchange-bias MTJ neurons in snn-patterns and the Fashion-MNIST network, beside CMOS LIF"
                + " (seeds 001, 002, 003)";
    }

    @Override
    public Reproduction run(Run run) {
        Size size = run.quick() ? new Size(40, 60, 1, false) : new Size(300, 1000, 5, true);
        Path fm = run.home().resolve("firmware-samples/fmnist");
        Path firmware = run.home().resolve("firmware-samples/target/firmware");
        Boards boards;
        try {
            Technology tech = run.technology();
            Network net = ModelFile.read(fm.resolve("fmnist-model.json")).network();
            boards = new Boards(ElfReader.forChip().read(firmware.resolve("fmnist.elf")),
                    ElfReader.forChip().read(firmware.resolve("snn-patterns.elf")), net,
                    run.npu(fm.resolve("fmnist-npu.yaml")), run.tileFile(fm.resolve("fmnist-tile.yaml")),
                    run.defaultTileFile(), tech,
                    Technology.read(tech.file().with(ATTEMPT_KEY, tech.device().attemptTimeNs() / 2)),
                    Technology.read(tech.file().with(ATTEMPT_KEY, tech.device().attemptTimeNs() * 2)),
                    FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN),
                    FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST));
        } catch (ConfigException | ElfException | IllegalArgumentException e) {
            throw new ReproductionException(name() + ": " + e.getMessage(), e);
        }
        double centre = boards.tech().switching().millivoltsFor(0.5, STOCHASTIC_WIDTH_PS, Direction.TO_PARALLEL) / 1e3;
        try (ParallelRuns runs = new ParallelRuns(name())) {
            Map<Model, List<ParallelRuns.Pending<Scored>>> fmGrid = new LinkedHashMap<>();
            Map<Model, List<ParallelRuns.Pending<Scored>>> snnGrid = new LinkedHashMap<>();
            for (Model m : Model.values()) {
                fmGrid.put(m, fashionGrid(m, size, boards.net()).stream().map(g -> runs.start(() -> fashion(run, boards,
                        m, g, centre, boards.tech(), boards.train(), size.validation()))).toList());
                snnGrid.put(m, snnGrid(m, size).stream().map(g -> runs.start(() -> snn(run, boards, m, g, centre,
                        run.seed() + 1000))).toList());
            }
            Map<Model, Mapping> fmChosen = new LinkedHashMap<>();
            Map<Model, Mapping> snnChosen = new LinkedHashMap<>();
            Map<Model, ParallelRuns.Pending<Scored>> fmTest = new LinkedHashMap<>();
            Map<Model, List<ParallelRuns.Pending<Scored>>> snnTest = new LinkedHashMap<>();
            for (Model m : Model.values()) {
                Mapping f = best(fashionGrid(m, size, boards.net()), fmGrid.get(m));
                Mapping s = best(snnGrid(m, size), snnGrid.get(m));
                fmChosen.put(m, f);
                snnChosen.put(m, s);
                fmTest.put(m, runs.start(() -> fashion(run, boards, m, f, centre, boards.tech(), boards.test(),
                        size.test())));
                List<ParallelRuns.Pending<Scored>> seeds = new ArrayList<>();
                for (int k = 0; k < size.snnSeeds(); k++) {
                    long seed = run.seed() + k;
                    seeds.add(runs.start(() -> snn(run, boards, m, s, centre, seed)));
                }
                snnTest.put(m, seeds);
            }
            Mapping eb = fmChosen.get(Model.EXCHANGE_BIAS);
            int moved = Math.min(size.test(), 300);
            ParallelRuns.Pending<Scored> ebFaster = runs.start(() -> fashion(run, boards, Model.EXCHANGE_BIAS, eb, centre,
                    boards.faster(), boards.test(), moved));
            ParallelRuns.Pending<Scored> ebSlower = runs.start(() -> fashion(run, boards, Model.EXCHANGE_BIAS, eb, centre,
                    boards.slower(), boards.test(), moved));
            ParallelRuns.Pending<Scored> ebFile = runs.start(() -> fashion(run, boards, Model.EXCHANGE_BIAS, eb, centre,
                    boards.tech(), boards.test(), moved));
            return report(run, size, boards, centre, fmChosen, snnChosen, all(fmTest), allLists(snnTest),
                    allLists(fmGrid), List.of(ebFaster.get(), ebFile.get(), ebSlower.get()));
        }
    }

    /** The chips and data an experiment runs on, read once. */
    private record Boards(ElfImage fmnist, ElfImage snnPatterns, Network net, NpuConfig fmNpu, ConfigNode fmTile,
                          ConfigNode defaultTile, Technology tech, Technology faster, Technology slower, ImageSet train,
                          ImageSet test) {
    }

    private static List<Mapping> fashionGrid(Model m, Size size, Network net) {
        List<Mapping> grid = new ArrayList<>();
        switch (m) {
            case CMOS_LIF -> grid.add(new Mapping(0, net.hiddenThreshold(), net.outputThreshold(), 0, 0));
            case STOCHASTIC -> {
                for (double v : size.fullGrid() ? new double[] {0.02, 0.05, 0.1} : new double[] {0.05}) {
                    for (int h : size.fullGrid() ? new int[] {8, 10, 12} : new int[] {8, 10}) {
                        for (int o : size.fullGrid() ? new int[] {3, 5} : new int[] {3}) {
                            grid.add(new Mapping(v, h, o, 0, 0));
                        }
                    }
                }
            }
            case EXCHANGE_BIAS -> {
                for (int h : size.fullGrid() ? new int[] {1, 4, 8} : new int[] {1, 4}) {
                    for (int o : size.fullGrid() ? new int[] {1, 2} : new int[] {1}) {
                        grid.add(new Mapping(0, h, o, 0, 0));
                    }
                }
            }
        }
        return grid;
    }

    private static List<Mapping> snnGrid(Model m, Size size) {
        List<Mapping> grid = new ArrayList<>();
        if (m == Model.CMOS_LIF) {
            grid.add(new Mapping(0, 8, 1, 1, 1));
            return grid;
        }
        boolean stochastic = m == Model.STOCHASTIC;
        for (int t : size.fullGrid() ? new int[] {4, 16} : new int[] {16}) {
            // The true class's detector sees 9 or more, the others 5 at most: the thresholds sit between.
            for (int h : stochastic ? new int[] {7, 8} : size.fullGrid() ? new int[] {3, 5} : new int[] {3}) {
                for (int f : size.fullGrid() ? new int[] {1, 8, 16} : new int[] {16}) {
                    grid.add(new Mapping(stochastic ? 0.05 : 0, h, stochastic ? Math.max(1, f / 2) : 1, t, f));
                }
            }
        }
        return grid;
    }

    /** The mapping that scored best, the first of equals. */
    private static Mapping best(List<Mapping> grid, List<ParallelRuns.Pending<Scored>> scored) {
        int best = 0;
        for (int k = 1; k < grid.size(); k++) {
            best = scored.get(k).get().accuracy() > scored.get(best).get().accuracy() ? k : best;
        }
        return grid.get(best);
    }

    /** The tile file with its neurons replaced: the model and, for the stochastic one, its sigmoid. */
    private static TileConfig tile(ConfigNode file, Model m, Mapping g, double centre) {
        String yaml = "neurons:\n  model: " + m.key + "\n" + (m == Model.STOCHASTIC ? String.format(Locale.ROOT,
                "  stochastic_mtj:\n    offset_v: %.4f\n    volts_per_unit: %.4f\n    width_ns: %.3f\n", centre,
                g.voltsPerUnit(), STOCHASTIC_WIDTH_PS / 1e3) : "");
        return TileConfig.read(ConfigNode.parse(m.key + " neurons", yaml.getBytes(StandardCharsets.UTF_8)).over(file));
    }

    private Scored fashion(Run run, Boards b, Model m, Mapping g, double centre, Technology tech, ImageSet data,
                           int n) {
        TileConfig tile = tile(b.fmTile(), m, g, centre);
        ChipImage image = Mapper.map(b.net(), ChipShape.of(b.fmNpu(), tile));
        if (m != Model.CMOS_LIF) {
            image = image.withThresholds(t -> t == b.net().hiddenThreshold() ? g.hidden() : g.output());
        }
        String what = String.format(Locale.ROOT, "Fashion-MNIST, %s, %s, %d %s images, attempt time %s ns", m.title, g,
                n, data == b.train() ? "training" : "test", tech.device().attemptTimeNs());
        run.log().println("mtj-neurons: " + what);
        ChipRun.Outcome o = ChipRun.run(new ChipRun.Setup(b.fmnist(), image, b.fmNpu(), tile, tech, run.seed(),
                MAX_CYCLES), data, n, done -> { });
        return scored(o, tech, what);
    }

    private Scored snn(Run run, Boards b, Model m, Mapping g, double centre, long seed) {
        TileConfig tile = tile(b.defaultTile(), m, g, centre);
        String what = String.format(Locale.ROOT, "snn-patterns, %s, %s, device seed %d", m.title, g, seed);
        run.log().println("mtj-neurons: " + what);
        ByteBuffer settings = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
        settings.put("NMTJSNNP".getBytes(StandardCharsets.US_ASCII));
        for (int w : new int[] {1, g.timesteps(), g.hidden(), g.output(), g.fanout()}) {
            settings.putInt(w);
        }
        ChipRun.Board board = new ChipRun.Board(b.snnPatterns(), NpuConfig.defaults(), tile, b.tech(), seed, MAX_CYCLES);
        ChipRun.Outcome o = ChipRun.run(board, List.of(settings.array()), SNN_IMAGES, 0, done -> { });
        return scored(o, b.tech(), what);
    }

    private Scored scored(ChipRun.Outcome o, Technology tech, String what) {
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0 || !o.marks().containsKey(ChipRun.DONE)) {
            throw new ReproductionException(name() + ": the firmware failed (" + what + "): exit "
                    + o.result().exitStatus() + "\n" + o.uart(), null);
        }
        long[] counts = o.countsBetween(ChipRun.INFER, ChipRun.DONE);
        EnergyReport e = EnergyReport.of(counts, tech, o.machine().npu().floorplan());
        double neurons = e.byBlock().getOrDefault(Block.NEURONS, 0.0);
        return new Scored(o.accuracy(), o.answers().length, counts[Action.SPIKE.ordinal()],
                counts[Action.NEURON_PULSE.ordinal()], neurons, e.totalFj());
    }

    private static <T> Map<Model, T> all(Map<Model, ParallelRuns.Pending<T>> pending) {
        Map<Model, T> done = new LinkedHashMap<>();
        pending.forEach((m, p) -> done.put(m, p.get()));
        return done;
    }

    private static Map<Model, List<Scored>> allLists(Map<Model, List<ParallelRuns.Pending<Scored>>> pending) {
        Map<Model, List<Scored>> done = new LinkedHashMap<>();
        pending.forEach((m, p) -> done.put(m, p.stream().map(ParallelRuns.Pending::get).toList()));
        return done;
    }

    private Reproduction report(Run run, Size size, Boards b, double centre, Map<Model, Mapping> fmChosen,
                                Map<Model, Mapping> snnChosen, Map<Model, Scored> fm, Map<Model, List<Scored>> snn,
                                Map<Model, List<Scored>> fmGrid, List<Scored> attempt) {
        List<Figure> figures = new ArrayList<>();
        String fmConditions = String.format(Locale.ROOT, "the shipped 784-256-10 network (one-bit weights, 16"
                + " timesteps) through the fmnist firmware on its 3x3 chip, the first %d test images; mapping chosen on"
                + " %d training images", size.test(), size.validation());
        for (Model m : Model.values()) {
            Scored s = fm.get(m);
            figures.add(new Figure("Fashion-MNIST accuracy, " + m.title, "%", 100 * s.accuracy(), fmConditions
                    + "; " + fmChosen.get(m), null, "the network was trained for CMOS LIF neurons", List.of(),
                    m == Model.CMOS_LIF ? "The reference: integrate without leak, reset by subtraction." : String.format(
                    Locale.ROOT, "%.1f points from CMOS LIF: the MTJ neuron carries %s from one timestep to the"
                            + " next, so a hidden neuron's rate follows each timestep's input, not its running sum.", 100
                            * (fm.get(Model.CMOS_LIF).accuracy() - s.accuracy()), m == Model.STOCHASTIC ? "nothing"
                            : "only heat, and that cools within the timestep")));
        }
        Scored ebFm = fm.get(Model.EXCHANGE_BIAS);
        figures.add(new Figure("energy per firing, exchange-bias MTJ neuron", "fJ", ebFm.fjPerFiring(),
                String.format(Locale.ROOT, "the neuron arrays' dynamic energy over their spikes on the Fashion-MNIST test run:"
                        + " %.1f input pulses a firing on average (0.4 ns each, at half the critical current) and its"
                        + " reset, each the technology's neuron_pulse/neuron_reset of %.0f fJ", ebFm.pulsesPerFiring(),
                        b.tech().cost(Action.NEURON_PULSE).energyFj()), null, String.format(Locale.ROOT, "seed 001:"
                        + " 'a few hundred femtojoules per firing event' with pulses 'as short as 0.4 ns' (%.0f to %.0f fJ"
                        + " read as that range)", THEIR_FJ_LOW, THEIR_FJ_HIGH), List.of("the seed gives a range per"
                        + " firing, not per pulse; the technology charges its figure to every pulse"),
                String.format(Locale.ROOT, "The technology's only sourced figure is the seed's, charged to each pulse."
                        + " A firing takes %.1f pulses because at the junction's attempt time of %s ns a 0.4 ns pulse"
                        + " switches at most 1 - exp(-0.4/tau0) = %.0f %% of the time even once heat has removed the"
                        + " barrier; the seed's neuron switches reliably with one 0.4 ns pulse, which needs an attempt"
                        + " time well below 0.4 ns (see the assumption).", ebFm.pulsesPerFiring(),
                        b.tech().device().attemptTimeNs(), 100 * (1 - Math.exp(-0.4 / b.tech().device().attemptTimeNs())))));
        Scored stFm = fm.get(Model.STOCHASTIC);
        Scored lifFm = fm.get(Model.CMOS_LIF);
        figures.add(new Figure("energy per firing, stochastic MTJ neuron", "fJ", stFm.fjPerFiring(), String.format(
                Locale.ROOT, "as above: every neuron pulses every timestep (%.1f pulses a firing) and a firing resets",
                stFm.pulsesPerFiring()), null, "seeds 002 and 003 give no energy for a stochastic neuron", List.of(),
                "A stochastic neuron pays for a pulse whether or not it fires."));
        figures.add(new Figure("energy per firing, CMOS LIF neuron", "fJ", lifFm.fjPerFiring(), "as above: the"
                + " datapath's bit operations of every update over the spikes", null, "no paper figure", List.of(),
                "A fixed-point update costs a few adds a timestep whether or not the neuron fires."));

        List<List<String>> fmRows = new ArrayList<>();
        List<List<String>> snnRows = new ArrayList<>();
        for (Model m : Model.values()) {
            Scored s = fm.get(m);
            fmRows.add(List.of(m.title, fmChosen.get(m).toString(), pct(s.accuracy()), fmt(s.spikes() / (double) s.images()),
                    fmt(s.pulsesPerFiring()), fmt(s.fjPerFiring()), fmt(s.chipFj() / s.images() / 1e6)));
            List<Scored> seeds = snn.get(m);
            double mean = seeds.stream().mapToDouble(Scored::accuracy).average().orElse(0);
            double least = seeds.stream().mapToDouble(Scored::accuracy).min().orElse(0);
            Scored first = seeds.get(0);
            snnRows.add(List.of(m.title, snnChosen.get(m).toString(), pct(mean), pct(least), fmt(first.pulsesPerFiring()),
                    fmt(first.fjPerFiring())));
        }
        List<List<String>> gridRows = new ArrayList<>();
        for (Model m : Model.values()) {
            List<Mapping> grid = fashionGrid(m, size, b.net());
            for (int k = 0; k < grid.size(); k++) {
                gridRows.add(List.of(m.title, grid.get(k).toString(), pct(fmGrid.get(m).get(k).accuracy())));
            }
        }
        for (Model m : Model.values()) {
            figures.add(new Figure("snn-patterns accuracy, " + m.title, "%", 100 * snn.get(m).stream()
                    .mapToDouble(Scored::accuracy).average().orElse(0), String.format(Locale.ROOT, "the four 16-pixel"
                    + " patterns, clean and with each pixel flipped (68 images), over %d device seeds; %s, chosen on"
                    + " another seed", size.snnSeeds(), snnChosen.get(m)), null, "the sample's own task", List.of(),
                    m == Model.CMOS_LIF ? "One timestep an image, as the sample checks itself." : "Rate over timesteps:"
                            + " the class whose layer-2 neuron fired most answers."));
        }
        List<Table> tables = List.of(
                new Table("Fashion-MNIST on each neuron model", List.of("neurons", "mapping", "accuracy",
                        "spikes an image", "pulses a firing", "neuron energy a firing, fJ", "chip energy an image, nJ"),
                        fmRows, fmConditions + ". The stochastic pulse is centred at " + fmt(centre * 1e3) + " mV, where"
                        + " the technology's law switches with P = 0.5 at " + STOCHASTIC_WIDTH_PS + " ps."),
                new Table("snn-patterns on each neuron model", List.of("neurons", "mapping", "accuracy, mean over seeds",
                        "least", "pulses a firing", "neuron energy a firing, fJ"), snnRows, "Two layers over two"
                        + " tiles: four detectors, then one relay neuron a class. The MTJ mappings show an image for"
                        + " several timesteps and let a detector drive several relay rows."),
                new Table("Calibration: Fashion-MNIST mappings tried on training images", List.of("neurons", "mapping",
                        "accuracy"), gridRows, "The best of each model (the first of equals) is scored on the test images."));
        List<Assumption> assumptions = List.of(new Assumption(ATTEMPT_KEY + " (the exchange-bias neuron's tau0 is its"
                + " junction's)", fmt(b.tech().device().attemptTimeNs()) + " ns", String.format(Locale.ROOT,
                "exchange-bias energy per firing, fJ, on %d test images (%s)", attempt.get(1).images(),
                fmt(attempt.get(1).fjPerFiring())), fmt(attempt.get(0).fjPerFiring()) + " (accuracy "
                + pct(attempt.get(0).accuracy()) + ")", fmt(attempt.get(2).fjPerFiring()) + " (accuracy "
                + pct(attempt.get(2).accuracy()) + ")"));
        return new Reproduction(name(), title(), "Seed 001: exchange-bias MTJ LIF neuron (Chen et al., Nat Commun 2026);"
                + " seeds 002/003: stochastic MTJ neurons", run.seed(), run.quick(), figures, tables, List.of(),
                assumptions);
    }

    private static String pct(double a) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * a);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "no firing" : String.format(Locale.ROOT, "%.1f", v);
    }
}
