package org.neuromtj.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.net.Evaluation;
import org.neuromtj.tools.workload.report.ArchitectReport;
import org.neuromtj.tools.workload.report.InferenceFigures;
import org.neuromtj.tools.workload.report.Sensitivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neuromtj report}: Fashion-MNIST through the fmnist firmware on the cycle model, and the
 * architect's report of it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Maps the model onto the chip, runs the fmnist firmware on test images with ideal devices and",
            "with the technology's, sweeps device variation and TMR, and writes report.json, CSV files, plots and",
            "report.html: accuracy, energy by block, per spike and per synaptic operation, TOPS/W, latency per",
            "spike, per-tile utilisation, a spike raster."})
final class ReportCommand implements Callable<Integer> {
    private static final double[] SIGMAS = {0, 0.05, 0.1, 0.2, 0.3};
    private static final double[] TMRS = {0.5, 1.0, 1.5, 2.0};
    private static final long MAX_CYCLES = 1L << 42;

    @Option(names = "--images", paramLabel = "N", defaultValue = "1000",
            description = "Test images, from the first, or 'all' for the 10 000 (default ${DEFAULT-VALUE}).")
    private String images;

    @Option(names = "--sweep-images", paramLabel = "N", defaultValue = "200",
            description = "Test images per point of the variation sweeps; 0 skips them (default ${DEFAULT-VALUE}).")
    private int sweepImages;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private MappedChip chip;

    @Option(names = "--technology", paramLabel = "FILE", description = "Technology file (default: the shipped one).")
    private Path technologyFile;

    @Mixin
    private FmnistWorkload workload;

    @Option(names = "--firmware-mmio", paramLabel = "FILE",
            defaultValue = "${sys:neuromtj.home:-.}/firmware-samples/target/firmware/fmnist-mmio.elf",
            description = "The fmnist firmware that stores each input spike instead of using DMA, run once more on the"
                    + " same images for its latency (default ${DEFAULT-VALUE}).")
    private Path firmwareMmio;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${sys:neuromtj.home:-.}/target/fmnist-report",
            description = "Where the report goes (default ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        int n = parseImages();
        if (sweepImages < 0 || sweepImages > n) {
            throw new UsageFailure("--sweep-images must be 0-" + n + ", not " + sweepImages, UsageFailure.BAD_INPUT);
        }
        MappedChip.Mapped m = chip.map();
        NpuConfig npu = m.npu();
        TileConfig tile = m.tile();
        ChipImage image = m.image();
        Technology technology;
        try {
            technology = technologyFile == null ? Technology.defaults() : Technology.read(technologyFile);
        } catch (ConfigException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        ImageSet test = workload.test();
        ElfImage elf = workload.firmware();
        ElfImage elfMmio = RunCommand.readFirmware(firmwareMmio, FmnistWorkload.BUILD_HINT);
        int[] software = Evaluation.answers(m.net(), test, n);

        ChipRun.Outcome ideal = chip(elf, image, npu, tile, technology.withVariation(Variation.ideal()), test, n,
                "ideal devices");
        ChipRun.Outcome real = chip(elf, image, npu, tile, technology, test, n, technology.name());
        ChipRun.Outcome stores = chip(elfMmio, image, npu, tile, technology, test, n, "inputs by stores");
        if (!Arrays.equals(stores.answers(), real.answers())) {
            throw new UsageFailure("the fmnist-mmio firmware answered differently from fmnist: the input paths disagree", 1);
        }
        List<ArchitectReport.SweepPoint> sweep = new ArrayList<>();
        for (double sigma : sweepImages == 0 ? new double[0] : SIGMAS) {
            Variation v = technology.variation();
            Technology t = technology.withVariation(v.withSigmaLogR(sigma));
            sweep.add(new ArchitectReport.SweepPoint("sigma_log_r", sigma, chip(elf, image, npu, tile, t, test,
                    sweepImages, "sigma " + sigma).accuracy(), sweepImages));
        }
        for (double tmr : sweepImages == 0 ? new double[0] : TMRS) {
            MtjParameters d = technology.device();
            Technology t = technology.withDevice(d.withTmr(tmr));
            sweep.add(new ArchitectReport.SweepPoint("tmr", tmr, chip(elf, image, npu, tile, t, test, sweepImages,
                    "TMR " + tmr).accuracy(), sweepImages));
        }
        InferenceFigures figures = InferenceFigures.of(real, image, technology);
        List<Integer> outputTiles = image.answers().stream().map(ChipImage.Answer::tile).distinct().toList();
        List<Sensitivity> weights = Sensitivity.of(figures);
        ArchitectReport report = new ArchitectReport("Fashion-MNIST on NeuroMTJ: " + n + " test images, seed " + seed,
                n, Evaluation.accuracy(software, test), Evaluation.accuracy(Arrays.copyOf(software, sweepImages), test),
                ideal.accuracy(), real.accuracy(), weights, figures, InferenceFigures.of(stores, image, technology),
                real.answers(),
                real.labels(), software, real.raster(), image.chip().neuronsPerTile(), outputTiles, sweep);
        report.write(out);
        System.out.printf(Locale.ROOT, "fmnist: %d test images: software %.2f %%, chip with ideal devices %.2f %%,"
                + " chip with %s %.2f %% (%+.2f points against software)%n", n, 100 * report.software(), 100 * ideal.accuracy(),
                technology.name(), 100 * real.accuracy(), 100 * (real.accuracy() - report.software()));
        System.out.printf(Locale.ROOT, "energy per spike %.1f pJ (%.0f %% static), per synaptic operation %.1f fJ"
                + " (%.2f TOPS/W); the NPU alone %.1f pJ per spike, %.1f fJ per synaptic operation (%.2f TOPS/W);"
                + " sustained %.3g TOPS/mm² on the chip's %.2f mm² (%.3g on the NPU's %.3f mm²);"
                + " latency per answering spike: median %.0f ns, mean %.0f ns (inputs by DMA; by stores: median %.0f ns)%n",
                figures.energyPerSpikeFj() / 1e3, 100 * figures.energy().staticFj() / figures.energy().totalFj(),
                figures.energyPerSynapticOpFj(), figures.topsPerWatt(),
                figures.npuEnergyFj() / 1e3 / Math.max(1, figures.spikes()),
                figures.npuEnergyFj() / Math.max(1, figures.synapticOps()), figures.topsPerWatt(figures.npuEnergyFj()),
                figures.topsPerMm2(),
                figures.floorplan().chipMm2(), figures.npuTopsPerMm2(), figures.floorplan().npuMm2(),
                figures.medianLatencyNs(), figures.meanLatencyNs(), report.storeFed().medianLatencyNs());
        System.out.println("largest consumers: " + figures.energy().byBlock().keySet().stream()
                .sorted(java.util.Comparator.comparingDouble((org.neuromtj.chip.ledger.Block b) ->
                        figures.energy().byBlock().get(b) + figures.energy().staticByBlock().get(b)).reversed())
                .limit(3).map(b -> String.format(Locale.ROOT, "%s %.0f %%", b.name().toLowerCase(Locale.ROOT),
                        100 * (figures.energy().byBlock().get(b) + figures.energy().staticByBlock().get(b))
                                / figures.energy().totalFj()))
                .collect(java.util.stream.Collectors.joining(", ")));
        List<String> weightiest = weights.stream().limit(3)
                .map(s -> String.format(Locale.ROOT, "%s (halved / doubled: energy per spike %+.0f / %+.0f %%,"
                                + " TOPS/mm² %+.0f / %+.0f %%)",
                        s.entry(), 100 * (s.perSpikeHalvedFj() / figures.energyPerSpikeFj() - 1),
                        100 * (s.perSpikeDoubledFj() / figures.energyPerSpikeFj() - 1),
                        100 * (s.topsPerMm2Halved() / figures.topsPerMm2() - 1),
                        100 * (s.topsPerMm2Doubled() / figures.topsPerMm2() - 1)))
                .toList();
        if (!weightiest.isEmpty()) {
            System.out.println("assumptions weighing most: " + String.join(", ", weightiest));
        }
        System.out.println("report: " + out.resolve("report.html"));
        err.flush();
        return 0;
    }

    private int parseImages() {
        if (images.equals("all")) {
            return 10_000;
        }
        try {
            int n = Integer.parseInt(images);
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new UsageFailure("--images must be 1-10000 or 'all', not '" + images + "'", UsageFailure.BAD_INPUT);
    }

    private ChipRun.Outcome chip(ElfImage elf, ChipImage image, NpuConfig npu, TileConfig tile, Technology technology,
                                 ImageSet test, int n, String label) {
        ProgressBar bar = new ProgressBar(System.err, System.console() != null, label);
        ChipRun.Outcome o = ChipRun.run(new ChipRun.Setup(elf, image, npu, tile, technology, seed, MAX_CYCLES), test, n,
                done -> bar.update(done, n));
        bar.finish();
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
            throw new UsageFailure("the fmnist firmware failed (" + label + "): exit " + o.result().exitStatus() + "\n"
                    + o.uart(), 1);
        }
        return o;
    }
}
