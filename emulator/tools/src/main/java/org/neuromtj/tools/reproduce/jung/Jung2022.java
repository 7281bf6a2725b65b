package org.neuromtj.tools.reproduce.jung;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.Crossbar;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.Reproduction.Assumption;
import org.neuromtj.tools.reproduce.Reproduction.Figure;
import org.neuromtj.tools.reproduce.Reproduction.Table;
import org.neuromtj.tools.reproduce.ReproductionException;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.Digits;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.net.Evaluation;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;
import org.neuromtj.tools.workload.net.Trainer;
import org.neuromtj.tools.workload.report.InferenceFigures;

/**
 * Jung et al., Nature 601, 211 (2022): a 64×64 array of XNOR bit-cells read by resistance summation and
 * a 4-bit TDC, running a two-layer binary perceptron. MNIST is not packaged here, so the workload is the
 * UCI handwritten digits (8×8 pixels: 64 inputs, one array's rows), a 64-64-10 network of ±1 weights
 * trained in Java on a fixed split, run by the fmnist firmware on two of Jung's arrays. The experiment
 * measures software against on-chip accuracy, the loss the 4-bit TDC alone causes (ideal devices) and
 * what more TDC bits recover, the array's energy per multiply-accumulate from the ledger (TOPS/W bottom
 * up), and current summation on the same cells as the baseline Jung argued against, at MRAM's
 * resistances and at a high-resistance memory's.
 */
public final class Jung2022 implements Experiment {
    /** The digits network: 64 hidden neurons on one array, 16 grey levels as spikes over 18 timesteps. */
    static final Trainer.Settings NETWORK = new Trainer.Settings(64, 16, 18, 16, 60, 20, 0.002, 1,
            Digits.IMAGES - Digits.TEST_IMAGES, Network.Coding.BIPOLAR);
    private static final int QUICK_IMAGES = 120;
    /** The longest run of timesteps the fmnist firmware takes. */
    private static final int LONGER_TIMESTEPS = 32;
    private static final long MAX_CYCLES = 1L << 40;
    /** Jung's TDC window, 13-29 ns, which every TDC width of the sweep keeps. */
    private static final double WINDOW_PS = 16_000;
    /** Assumed: a column conducts for as long as Jung's readout window lasts, the same time budget. */
    private static final double SENSE_NS = 16;
    /** Assumed: a 4-bit SAR ADC at about 50 fJ per conversion step (Walden figure of merit), 16 steps. */
    private static final double ADC_FJ = 50.0 * 16;
    private static final int ADC_BITS = 4;
    /** How much higher a high-resistance memory's junctions are than these MRAM ones, as RRAM's megaohms are. */
    private static final double HIGH_RESISTANCE = 100;

    @Override
    public String name() {
        return "jung-2022";
    }

    @Override
    public String title() {
        return "Jung et al. 2022's 64x64 MRAM array read by resistance summation, on handwritten digits";
    }

    @Override
    public Reproduction run(Run run) {
        Path dir = run.home().resolve("firmware-samples/jung-2022");
        Technology tech;
        TileConfig tile;
        NpuConfig npu;
        ElfImage firmware;
        ImageSet train;
        ImageSet test;
        try {
            tech = run.technology(dir.resolve("jung-technology.yaml"));
            tile = run.tile(dir.resolve("jung-tile.yaml"));
            npu = run.npu(dir.resolve("jung-npu.yaml"));
            firmware = ElfReader.forChip().read(run.home().resolve("firmware-samples/target/firmware/fmnist.elf"));
            train = Digits.load(Digits.DEFAULT_FILE, Digits.Split.TRAIN);
            test = Digits.load(Digits.DEFAULT_FILE, Digits.Split.TEST);
        } catch (RuntimeException | ElfException e) {
            throw new ReproductionException("jung-2022: " + e.getMessage(), e);
        }
        int n = run.quick() ? QUICK_IMAGES : test.size();
        run.log().printf(Locale.ROOT, "jung-2022: training the 64-64-10 binary network on %d digits%n", train.size());
        Network net = Trainer.train(train, NETWORK, (epoch, loss, accuracy) -> { });
        double software = Evaluation.accuracy(net, test, n);
        ChipImage image = Mapper.map(net, ChipShape.of(npu, tile));

        ChipRun.Outcome chip = chip(run, firmware, image, npu, tile, tech, test, n, "Jung's devices");
        Technology identical = tech.withVariation(Variation.ideal()).withReadPath(
                tech.readPath().withTransistorSigmaOhm(0));
        ChipRun.Outcome ideal = chip(run, firmware, image, npu, tile, identical, test, n, "ideal devices");

        List<List<String>> bits = new ArrayList<>();
        for (int b : run.quick() ? new int[] {4, 8} : new int[] {4, 5, 6, 8, 10}) {
            TileConfig wider = TileConfig.read(run.tileFile(dir.resolve("jung-tile.yaml")).with("tdc.bits", b));
            Technology finer = tech.withReadPath(tech.readPath().withTdcLsbPs(WINDOW_PS / (1 << b)));
            double a = b == tile.tdc().bits() ? chip.accuracy()
                    : chip(run, firmware, Mapper.map(net, ChipShape.of(npu, wider)), npu, wider, finer, test, n,
                    b + "-bit TDC").accuracy();
            bits.add(List.of(Integer.toString(b), String.format(Locale.ROOT, "%.0f", WINDOW_PS / (1 << b)), pct(a),
                    points(a - software)));
        }

        // The review's other remedies: compute longer (the network trained for 32 timesteps, the most the
        // fmnist firmware runs, reads every array almost twice as often) and scale the network (on a 64-row
        // array no layer takes more than 64 inputs, so a smaller one shows the trend).
        List<List<String>> remedies = new ArrayList<>();
        remedies.add(remedy(NETWORK, software, chip.accuracy()));
        Chip jung = new Chip(run, firmware, npu, tile, tech, test, n);
        Trainer.Settings longer = variant(NETWORK.hidden(), LONGER_TIMESTEPS);
        double[] slow = jung.trainAndRun(train, longer);
        remedies.add(remedy(longer, slow[0], slow[1]));
        Trainer.Settings smaller = variant(NETWORK.hidden() / 2, NETWORK.timesteps());
        double[] small = jung.trainAndRun(train, smaller);
        remedies.add(remedy(smaller, small[0], small[1]));

        List<List<String>> fashion = fashionMnist(run, firmware, tech);

        InferenceFigures figures = InferenceFigures.of(chip, image, tech);
        double macs = figures.counts()[Action.CELL_READ.ordinal()];
        double arrayDynamic = arrayFj(figures.energy());
        double arrayStatic = figures.energy().staticByBlock().get(Block.CROSSBAR)
                + figures.energy().staticByBlock().get(Block.TDC);
        double macFj = arrayDynamic / macs;
        double macWithLeakageFj = (arrayDynamic + arrayStatic) / macs;

        Technology high = highResistance(tech);
        run.log().printf(Locale.ROOT, "jung-2022: %d digits on the same cells in Java, resistance and current summed,"
                + " MRAM and high-resistance junctions%n", n);
        ArrayNetwork.Result resistance = arrays(net, image, tile, tech, run.seed(), ArrayNetwork.Read.RESISTANCE, test, n);
        ArrayNetwork.Result current = arrays(net, image, tile, tech, run.seed(), ArrayNetwork.Read.CURRENT, test, n);
        ArrayNetwork.Result resistanceHigh = arrays(net, image, tile, high, run.seed(), ArrayNetwork.Read.RESISTANCE, test, n);
        ArrayNetwork.Result currentHigh = arrays(net, image, tile, high, run.seed(), ArrayNetwork.Read.CURRENT, test, n);
        double rsMram = resistanceSummedMacFj(tile, tech, run.seed());
        double rsHigh = resistanceSummedMacFj(tile, high, run.seed());
        double csMram = currentSummedMacFj(current, tech, ADC_FJ, 1, 1);
        double csHigh = currentSummedMacFj(currentHigh, high, ADC_FJ, 1, 1);

        List<Figure> figuresOut = new ArrayList<>();
        String ours = n + " held-out UCI digits (8x8, 16 grey levels), 64-64-10 spiking network of +/-1 weights and"
                + " inputs over 18 timesteps, the fmnist firmware on two Jung arrays (XNOR cells with transistor"
                + " spread, 4-bit TDC over 13-29 ns, 11.1 MHz), seed " + run.seed();
        List<String> dataset = List.of("dataset: UCI digits, 8x8 pixels, 450 test images here; MNIST, 28x28, 10 000 test"
                + " images there", "network: a rate-coded spiking perceptron with both layers on arrays here; Jung's"
                + " two-layer perceptron (its hidden size and input coding are not in our sources) there");
        figuresOut.add(new Figure("software accuracy", "%", 100 * software, "the same network in Java, exact sums", 95.24,
                "Jung's perceptron in software, MNIST", dataset,
                "Digits are easier than MNIST at this size; the two accuracies measure different tasks."));
        figuresOut.add(new Figure("on-chip accuracy", "%", 100 * chip.accuracy(), ours, 93.23,
                "Jung's chip, MNIST (VGG-8 emulation and face detection not reproduced)", dataset,
                "Not comparable as a level; the loss against software below is the nearer comparison, though still"
                        + " across datasets."));
        figuresOut.add(new Figure("on-chip loss against software", "points", 100 * (software - chip.accuracy()), ours,
                95.24 - 93.23, "Jung: 95.24 % software, 93.23 % on chip", dataset, String.format(Locale.ROOT,
                "With ideal junctions and transistors the loss is %.2f points: the 4-bit TDC's share (a code spans"
                        + " about four of a string's 65 counts); the difference is device spread and read noise. The TDC"
                        + " table below shows what more bits recover, and what the devices' spread leaves.",
                100 * (software - ideal.accuracy()))));
        figuresOut.add(new Figure("array energy efficiency", "TOPS/W", 2000 / macFj, "bottom-up from the ledger: the"
                + " crossbar's and TDCs' dynamic energy over the cells read, 2 operations per cell (leakage included: "
                + String.format(Locale.ROOT, "%.3g TOPS/W", 2000 / macWithLeakageFj) + ")", 15.0,
                "the review (003) table: 10-20 TOPS/W for Jung's array (midpoint shown), measured on silicon",
                List.of("scope: our array's column charge, TDC conversions and counts and word lines; the paper's"
                        + " measurement includes the whole macro's periphery (row drivers, clocking, the digital"
                        + " accumulation) at its supply", "read voltage and TDC conversion energy are assumptions"
                        + " here (see the assumptions table)"),
                String.format(Locale.ROOT, "Ours is the array alone: charging a cell's share of the string at 0.25 V"
                        + " costs hundredths of a femtojoule, so the TDC's conversions and counts dominate. Counting more"
                        + " of the chip: the NPU (neurons, routers, FIFOs, leakage at 11.1 MHz) %.3g TOPS/W, the whole"
                        + " chip with its control core %.3g TOPS/W.", figures.topsPerWatt(figures.npuEnergyFj()),
                        figures.topsPerWatt())));
        figuresOut.add(new Figure("energy per MAC, resistance summation (MRAM cells)", "fJ", rsMram,
                "one read of a 64x64 Jung array, half the inputs +1 and random weights (Java tile model, dynamic)", null,
                "the paper argues the comparison; our sources give no figure", List.of(),
                "Against current summation on the same cells: " + String.format(Locale.ROOT, "%.3g fJ", csMram)
                        + " per MAC (" + String.format(Locale.ROOT, "%.0fx", csMram / rsMram) + ")."));
        List<List<String>> summation = List.of(
                List.of("MRAM, 13/26 kOhm bit-cells", fj(rsMram), fj(csMram), pct(resistance.accuracy()),
                        pct(current.accuracy())),
                List.of("high-resistance, junctions x" + (int) HIGH_RESISTANCE, fj(rsHigh), fj(csHigh),
                        pct(resistanceHigh.accuracy()), pct(currentHigh.accuracy())));
        List<Table> tables = List.of(
                new Table("TDC width: what more bits recover (Jung's devices, the same 13-29 ns window)",
                        List.of("TDC bits", "LSB, ps", "on-chip accuracy", "against software"), bits,
                        "Each width keeps Jung's window, so its LSB is the window over 2^bits; the firmware and the"
                                + " network are the same. Software: " + pct(software) + String.format(Locale.ROOT,
                                "; over %d images an accuracy near %.0f %% is known to about +/-%.1f points (one"
                                        + " binomial standard error).", n, 100 * chip.accuracy(),
                                100 * Math.sqrt(chip.accuracy() * (1 - chip.accuracy()) / n))),
                new Table("Computing longer, and the network's size (digits on Jung's arrays, 4-bit TDC)",
                        List.of("hidden neurons", "timesteps", "software", "on-chip accuracy", "against software"),
                        remedies,
                        "The review's remedies besides more TDC bits: a longer computation (32 timesteps, the most the"
                                + " fmnist firmware runs, so every array is read almost twice as often; 16 grey levels"
                                + " still as 0-16 spikes, each row -1 the rest of the time) and a larger network. "
                                + (slow[1] - slow[0] < chip.accuracy() - software ? "Computing longer loses more here,"
                                + " not less: with read noise far below a code's width, a read of an input that recurs"
                                + " quantises the same way every time, so its error adds up rather than averaging out"
                                + " (after a pixel's spikes its row stays at -1, timestep after timestep); averaging"
                                + " needs reads that differ, such as dithered TDC references, which this TDC does not"
                                + " have." : "Computing longer recovers part of the loss.") + " No layer on a 64-row"
                                + " array takes more than 64 inputs (this mapping does not split a layer's rows), so"
                                + " the network cannot grow here. The smaller one shows which way size moves the loss,"
                                + " exaggerated: half its output array's rows are unused, programmed in cancelling"
                                + " pairs that still add their cells' spread and share the TDC's 16 codes with the"
                                + " layer's 32 inputs."),
                new Table("The Fashion-MNIST network under Jung's TDC and bit-cells (first " + fashionImages(run)
                        + " test images)", List.of("cells", "TDC", "on-chip accuracy", "against software"), fashion,
                        "The shipped 784-256-10 network (ternary weights on differential pairs of bypass cells, 0/1"
                                + " spikes) on the Fashion-MNIST chip, through the fmnist firmware. Jung's bit-cells are"
                                + " the jung-2022 technology's junctions and transistors in bypass cells (the network is"
                                + " not bipolar, so not XNOR cells). Of the review's remedies, more TDC bits are shown;"
                                + " repeated reads are not modelled (a read is one conversion) and a larger network"
                                + " needs a model trained for it."),
                new Table("Resistance against current summation on the same cells",
                        List.of("cells", "resistance sum, fJ/MAC", "current sum, fJ/MAC", "accuracy, resistance sum",
                                "accuracy, current sum"), summation,
                        "Resistance summation charges the string's capacitance once, whatever its resistance, but its"
                                + " TDC counts every period of a longer charge; current summation lets every cell conduct"
                                + " for the sense window, so its energy falls with the cells' conductance: costly at"
                                + " MRAM's kilo-ohms, cheap at megaohms. Both accuracies are the Java model of the same"
                                + " cells (the firmware's on-chip figure above is its run), current summation with a "
                                + ADC_BITS + "-bit ADC over " + SENSE_NS + " ns; the junctions of the high-resistance row"
                                + " are the MRAM ones with 100 times their RA, spread and TMR unchanged. "
                                + String.format(Locale.ROOT, "Current summation also loses more accuracy on MRAM: a"
                                        + " cell's spread weighs on its conductance in proportion to that conductance, so"
                                        + " the low-resistance cells' spread counts about twice as much in a column's"
                                        + " current as in a string's resistance, and a junction alone across the read"
                                        + " voltage keeps %.0f %% of its TMR (TMR(V)) where one of 64 in a string keeps"
                                        + " all of it. At megaohms the transistors' spread no longer counts.",
                                100 * aloneTmr(tech))));
        List<Assumption> assumptions = new ArrayList<>(List.of(
                assumption("current-sum read voltage (read_path.read_voltage_v)", tech.readPath().readVoltageV() + " V",
                        "current-sum fJ/MAC (MRAM)", csMram, currentSummedMacFj(current, tech, ADC_FJ, 0.5, 1),
                        currentSummedMacFj(current, tech, ADC_FJ, 2, 1)),
                assumption("current-sum sense window", SENSE_NS + " ns", "current-sum fJ/MAC (MRAM)", csMram,
                        currentSummedMacFj(current, tech, ADC_FJ, 1, 0.5), currentSummedMacFj(current, tech, ADC_FJ, 1, 2)),
                assumption("ADC energy per conversion", ADC_FJ + " fJ", "current-sum fJ/MAC (MRAM)", csMram,
                        currentSummedMacFj(current, tech, ADC_FJ / 2, 1, 1),
                        currentSummedMacFj(current, tech, 2 * ADC_FJ, 1, 1))));
        // Every assumed technology entry the array's energy follows, the technology read again with it scaled.
        for (Technology.Assumption a : tech.assumptions()) {
            double[] tops = new double[2];
            double[] factors = {0.5, 2};
            for (int k = 0; k < 2; k++) {
                try {
                    tops[k] = 2000 * macs / arrayFj(EnergyReport.of(figures.counts(), tech.scaled(a, factors[k]),
                            figures.floorplan()));
                } catch (ConfigException e) {
                    tops[k] = Double.NaN;
                }
            }
            if (Math.abs(tops[0] * macFj / 2000 - 1) > 1e-9 || Math.abs(tops[1] * macFj / 2000 - 1) > 1e-9) {
                assumptions.add(assumption(a.path(), Double.toString(a.value()), "array TOPS/W", 2000 / macFj, tops[0],
                        tops[1]));
            }
        }
        return new Reproduction(name(), title(), "Jung et al., A crossbar array of magnetoresistive memory devices for"
                + " in-memory computing, Nature 601, 211 (2022); the review (seed 003) table; device-figures.md",
                run.seed(), run.quick(), figuresOut, tables, List.of(), assumptions);
    }

    private static int fashionImages(Run run) {
        return run.quick() ? 40 : 300;
    }

    /** The shipped Fashion-MNIST network under TDCs of fewer bits and under Jung's bit-cells. */
    private static List<List<String>> fashionMnist(Run run, ElfImage firmware, Technology jung) {
        Path dir = run.home().resolve("firmware-samples/fmnist");
        Network net;
        NpuConfig npu;
        ImageSet test;
        try {
            net = ModelFile.read(dir.resolve("fmnist-model.json")).network();
            npu = run.npu(dir.resolve("fmnist-npu.yaml"));
            test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
        } catch (RuntimeException e) {
            throw new ReproductionException("jung-2022: " + e.getMessage(), e);
        }
        int n = fashionImages(run);
        double software = Evaluation.accuracy(net, test, n);
        Technology ours = run.technology();
        List<List<String>> rows = new ArrayList<>();
        record Point(String cells, Technology tech, int bits, String tdc) {
        }
        List<Point> points = new ArrayList<>(List.of(
                new Point("ours (default technology)", ours, 10, "10 bits, 100 ps"),
                new Point("ours (default technology)", ours, 4, "4 bits, same 100 ps periods")));
        for (int b : run.quick() ? new int[] {4} : new int[] {4, 6, 8}) {
            points.add(new Point("Jung's junctions and transistors", jung.withReadPath(
                    jung.readPath().withTdcLsbPs(WINDOW_PS / (1 << b))), b, b + " bits over 13-29 ns"));
        }
        for (Point p : points) {
            TileConfig tile = TileConfig.read(run.tileFile(dir.resolve("fmnist-tile.yaml")).with("tdc.bits", p.bits()));
            double a = chip(run, firmware, Mapper.map(net, ChipShape.of(npu, tile)), npu, tile, p.tech(), test, n,
                    "Fashion-MNIST, " + p.cells() + ", " + p.tdc()).accuracy();
            rows.add(List.of(p.cells(), p.tdc(), pct(a), points(a - software)));
        }
        rows.add(List.of("software", "exact sums", pct(software), ""));
        return rows;
    }

    private static Trainer.Settings variant(int hidden, int timesteps) {
        return new Trainer.Settings(hidden, NETWORK.levels(), timesteps, NETWORK.hiddenThreshold(), NETWORK.epochs(),
                NETWORK.batch(), NETWORK.learningRate(), NETWORK.seed(), NETWORK.images(), NETWORK.coding());
    }

    private static List<String> remedy(Trainer.Settings s, double software, double onChip) {
        return List.of(Integer.toString(s.hidden()), Integer.toString(s.timesteps()), pct(software), pct(onChip),
                points(onChip - software));
    }

    /** Jung's chip and the test digits, on which a variant of the network is trained and run. */
    private record Chip(Run run, ElfImage firmware, NpuConfig npu, TileConfig tile, Technology tech, ImageSet test,
                        int n) {
        /** @return the variant's software and on-chip accuracy */
        double[] trainAndRun(ImageSet train, Trainer.Settings s) {
            Network net = Trainer.train(train, s, (epoch, loss, accuracy) -> { });
            double onChip = chip(run, firmware, Mapper.map(net, ChipShape.of(npu, tile)), npu, tile, tech, test, n,
                    s.hidden() + " hidden neurons, " + s.timesteps() + " timesteps").accuracy();
            return new double[] {Evaluation.accuracy(net, test, n), onChip};
        }
    }

    private static ChipRun.Outcome chip(Run run, ElfImage firmware, ChipImage image, NpuConfig npu, TileConfig tile,
                                        Technology tech, ImageSet test, int n, String label) {
        run.log().printf(Locale.ROOT, "jung-2022: %d digits through the firmware, %s%n", n, label);
        ChipRun.Outcome o = ChipRun.run(new ChipRun.Setup(firmware, image, npu, tile, tech, run.seed(), MAX_CYCLES), test,
                n, done -> { });
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
            throw new ReproductionException("jung-2022: the firmware failed (" + label + "): exit "
                    + o.result().exitStatus() + "\n" + o.uart(), null);
        }
        return o;
    }

    /** The technology with junctions of a high-resistance memory: every RA times {@link #HIGH_RESISTANCE}. */
    private static Technology highResistance(Technology tech) {
        MtjParameters d = tech.device();
        return tech.withDevice(d.withRaOhmUm2(d.raOhmUm2() * HIGH_RESISTANCE));
    }

    /**
     * One resistance-summed read of a calibrated Jung tile with random weights and half its inputs +1, costed
     * from its own ledger.
     *
     * @return the dynamic energy per cell read, femtojoules
     */
    private static double resistanceSummedMacFj(TileConfig tile, Technology tech, long seed) {
        Tile t = new Tile("energy", tile, tech, seed);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < t.crossbar().cells().size(); i++) {
            t.crossbar().cells().setLevel(i, r.nextInt(2));
        }
        t.calibrate();
        int rows = tile.geometry().rows();
        int[] driven = new int[rows];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            if (r.nextBoolean()) {
                driven[count++] = row;
            }
        }
        long before = t.ledger().total(Action.CELL_READ);
        EnergyReport calibration = EnergyReport.of(t.ledger(), tech);
        t.step(0, driven, count);
        EnergyReport after = EnergyReport.of(t.ledger(), tech);
        double read = 0;
        for (Block b : new Block[] {Block.CROSSBAR, Block.TDC}) {
            read += after.byBlock().get(b) - calibration.byBlock().get(b);
        }
        return read / (t.ledger().total(Action.CELL_READ) - before);
    }

    /** The fraction of its TMR the nominal antiparallel junction keeps alone across the read voltage. */
    private static double aloneTmr(Technology tech) {
        return tech.device().tmrFactor(Crossbar.aloneBiasV(tech.readPath(), tech.device()));
    }

    private static ArrayNetwork.Result arrays(Network net, ChipImage image, TileConfig tile, Technology tech, long seed,
                                              ArrayNetwork.Read read, ImageSet test, int n) {
        return new ArrayNetwork(net, image, tile, tech, seed, read, SENSE_NS, ADC_BITS).run(test, n, net.hidden(),
                tile.synapses().neurons(tile.geometry().columns()));
    }

    /**
     * Per MAC: the column's energy (which scales with the read voltage squared and with the sense window), the
     * word line's, and the ADC's share.
     */
    private static double currentSummedMacFj(ArrayNetwork.Result r, Technology tech, double adcFj,
                                             double voltageFactor, double senseFactor) {
        return voltageFactor * voltageFactor * senseFactor * r.columnEnergyFj() / r.macs()
                + tech.cost(Action.CELL_READ).energyFj() + adcFj * r.conversions() / r.macs();
    }

    /** @return the array's dynamic energy: its crossbar's and its TDCs' */
    private static double arrayFj(EnergyReport energy) {
        return energy.byBlock().get(Block.CROSSBAR) + energy.byBlock().get(Block.TDC);
    }

    private static Assumption assumption(String name, String value, String figure, double at, double halved,
                                         double doubled) {
        return new Assumption(name, value, figure + String.format(Locale.ROOT, " %.4g", at), figure(halved),
                figure(doubled));
    }

    /** A scaled figure, or why there is none: the entry so scaled leaves its range. */
    private static String figure(double v) {
        return Double.isNaN(v) ? "out of the entry's range" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String pct(double a) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * a);
    }

    private static String points(double d) {
        return String.format(Locale.ROOT, "%+.2f points", 100 * d);
    }

    private static String fj(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
