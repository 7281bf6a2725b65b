package org.neuromtj.tools.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.foundation.files.AtomicFile;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.graph.NirFile;
import org.neuromtj.tools.nir.graph.NirGraph;
import org.neuromtj.tools.nir.graph.NirNode;
import org.neuromtj.tools.nir.lower.Lowering;
import org.neuromtj.tools.nir.run.NirRun;
import org.neuromtj.tools.nir.run.SpikeTrains;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.ReproductionWriter;
import org.neuromtj.tools.workload.data.Idx;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.files.WorkloadFileException;
import org.neuromtj.tools.workload.map.ChipShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neuromtj import}: a NIR graph from the SNN frameworks lowered onto the chip, and run beside the graph. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a NIR graph (.nir, HDF5), lowers it onto the chip (layers of CMOS LIF neurons, weights",
            "quantised to the cells' levels, leak and reset set in a tile file written beside the image) and writes",
            "the chip image; with input spikes (--spikes, or --images), runs it through the nir-run firmware and in",
            "the graph's own semantics at full precision, and compares their output spikes and answers."})
final class ImportCommand implements Callable<Integer> {
    private static final String DEFAULT_DT = "1e-4";

    @Parameters(paramLabel = "FILE.nir", description = "The NIR graph.")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "The chip image (default target/import/NAME/chip.img;"
            + " its tile file is written beside it as chip-tile.yaml).")
    private Path out;

    @Option(names = "--npu", paramLabel = "FILE", description = "The chip's NPU configuration (default the emulator's).")
    private Path npuFile;

    @Option(names = "--tile", paramLabel = "FILE", description = "The chip's tile configuration (default the"
            + " emulator's); the import sets its neurons' leak and reset.")
    private Path tileFile;

    @Option(names = "--technology", paramLabel = "FILE", description = "The devices (default the emulator's).")
    private Path technologyFile;

    @Option(names = "--ideal-devices", description = "Junctions without spread or noise.")
    private boolean ideal;

    @Option(names = "--dt", paramLabel = "SECONDS", description = "Seconds a timestep (default: the graph's metadata"
            + " dt, else " + DEFAULT_DT + ").")
    private Double dt;

    @Option(names = "--spikes", paramLabel = "FILE.npy", description = "Input spike trains: (timesteps, inputs) or"
            + " (samples, timesteps, inputs...), 0 or 1.")
    private Path spikes;

    @Option(names = "--images", paramLabel = "IDX", description = "Input images (IDX), each pixel a thermometer code of"
            + " spikes.")
    private Path images;

    @Option(names = "--labels", paramLabel = "IDX", description = "The samples' labels (IDX), for task accuracy.")
    private Path labels;

    @Option(names = "--levels", paramLabel = "N", defaultValue = "16", description = "Spikes a white pixel makes"
            + " (default ${DEFAULT-VALUE}).")
    private int levels;

    @Option(names = "--timesteps", paramLabel = "N", defaultValue = "32", description = "Timesteps an image runs"
            + " (default ${DEFAULT-VALUE}).")
    private int timesteps;

    @Option(names = "--samples", paramLabel = "N", description = "Run the first N samples (default all).")
    private Integer samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed of the devices"
            + " (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--report", paramLabel = "DIR", description = "Write report.json and report.html of the"
            + " comparison here.")
    private Path report;

    @Override
    public Integer call() throws IOException {
        Path home = Path.of(System.getProperty("neuromtj.home", "."));
        NirFile.Contents contents;
        NpuConfig npu;
        ConfigNode tile;
        Technology technology;
        try {
            contents = NirFile.read(file);
            npu = npuFile == null ? NpuConfig.defaults() : NpuConfig.read(npuFile);
            tile = tileFile == null ? ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                    : ConfigNode.read(tileFile);
            technology = technologyFile == null ? Technology.defaults() : Technology.read(technologyFile);
        } catch (NirException | ConfigException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        if (ideal) {
            technology = technology.withVariation(Variation.ideal()).withReadPath(technology.readPath()
                    .withTransistorSigmaOhm(0));
        }
        NirGraph graph = contents.graph();
        double step = dt != null ? dt : Double.isNaN(contents.dt()) ? Double.parseDouble(DEFAULT_DT) : contents.dt();
        if (spikes != null && images != null) {
            throw new UsageFailure("give --spikes or --images, not both", UsageFailure.BAD_INPUT);
        }
        SpikeTrains inputs = null;
        int[] labelled = null;
        try {
            if (spikes != null) {
                inputs = SpikeTrains.readNpy(spikes);
            } else if (images != null) {
                ImageSet set = imageSet();
                inputs = SpikeTrains.ofImages(set, set.size(), levels, timesteps);
                labelled = labels == null ? null : java.util.stream.IntStream.range(0, set.size()).map(set::label)
                        .toArray();
            }
            if (inputs != null && samples != null) {
                inputs = inputs.first(samples);
                labelled = labelled == null ? null : java.util.Arrays.copyOf(labelled, inputs.samples());
            }
        } catch (NirException | WorkloadFileException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        Lowering.Lowered lowered;
        try {
            lowered = Lowering.lower(graph, step, ChipShape.of(npu, TileConfig.read(tile)), tile,
                    technology.device().levels(), inputs != null && images != null ? levels : 1,
                    inputs != null ? inputs.timesteps() : timesteps);
        } catch (NirException e) {
            throw new UsageFailure(file + ": " + e.getMessage(), UsageFailure.BAD_INPUT);
        } catch (ConfigException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        String name = file.getFileName().toString().replaceFirst("\\.nir$", "");
        Path image = out != null ? out : home.resolve("target/import").resolve(name).resolve("chip.img");
        Path tileOut = image.resolveSibling("chip-tile.yaml");
        Files.createDirectories(image.toAbsolutePath().getParent());
        lowered.image().write(image);
        AtomicFile.write(tileOut, ("# The tile of " + file.getFileName() + " on the chip: its neurons' leak and reset"
                + " set by neuromtj import.\n" + lowered.tile().yaml()).getBytes(StandardCharsets.UTF_8));
        System.out.println(summary(graph, step, lowered, image, tileOut));
        if (inputs == null) {
            return 0;
        }
        if (inputs.inputs() != lowered.image().inputs()) {
            throw new UsageFailure("the inputs give " + inputs.inputs() + " values a timestep, the graph's Input takes "
                    + lowered.image().inputs(), UsageFailure.BAD_INPUT);
        }
        Path spikeFile = image.resolveSibling("spikes.bin");
        AtomicFile.write(spikeFile, inputs.firmwareFile(inputs.timesteps() + lowered.latency()));
        NirRun.Result r;
        try {
            r = NirRun.run(home, graph, step, lowered, npu, technology, seed, inputs, labelled);
        } catch (NirException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        Reproduction rep = report(file, graph, step, lowered, inputs, r, seed);
        ReproductionWriter.print(rep, System.out);
        if (report != null) {
            ReproductionWriter.write(rep, report);
            System.out.println("\nreport: " + report.resolve("report.html"));
        }
        System.out.println("\nby hand: ./neuromtj run --npu " + (npuFile == null ? "(default)" : npuFile) + " --tile "
                + tileOut + " --host-file " + image + " --host-file " + spikeFile
                + " firmware-samples/target/firmware/nir-run.elf");
        return 0;
    }

    private ImageSet imageSet() {
        Idx pixels = Idx.read(images, 3);
        int[] d = pixels.dimensions();
        byte[] l;
        if (labels != null) {
            Idx lab = Idx.read(labels, 1);
            if (lab.dimensions()[0] != d[0]) {
                throw new WorkloadFileException(labels + ": " + lab.dimensions()[0] + " labels for " + d[0] + " images");
            }
            l = lab.data();
        } else {
            l = new byte[d[0]];
        }
        int classes = 1;
        for (byte b : l) {
            classes = Math.max(classes, (b & 0xFF) + 1);
        }
        return new ImageSet(d[2], d[1], classes, pixels.data(), l);
    }

    private static String summary(NirGraph graph, double dt, Lowering.Lowered l, Path image, Path tile) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "import: %d nodes, %d edges at dt = %.4g s: %d"
                + " layers on %d tiles of a %s, latency %d timestep%s%n", graph.nodes().size(), graph.edges().size(), dt,
                l.layers().size(), l.image().tiles().size(), l.image().chip().describe(), l.latency(),
                l.latency() == 1 ? "" : "s"));
        for (String n : l.layers()) {
            NirNode.Neurons p = (NirNode.Neurons) graph.nodes().get(n);
            b.append(String.format(Locale.ROOT, "  layer %s: %d %s neurons%n", n, p.count(), p.type()));
        }
        if (l.approximations().isEmpty()) {
            b.append("  held exactly: every weight, threshold, leak and reset\n");
        }
        l.approximations().forEach(a -> b.append("  approximation: ").append(a).append('\n'));
        b.append("chip image written to ").append(image).append(", its tile file to ").append(tile);
        return b.toString();
    }

    private static Reproduction report(Path file, NirGraph graph, double dt, Lowering.Lowered l, SpikeTrains in,
                                       NirRun.Result r, long seed) {
        String conditions = String.format(Locale.ROOT, "%d samples of %d timesteps (dt = %.4g s) through nir-run on"
                + " the chip, the chip's spikes moved back by its latency of %d", in.samples(), in.timesteps(), dt,
                l.latency());
        List<Reproduction.Figure> figures = new ArrayList<>();
        int ref = r.referenceSpikes().size();
        figures.add(figure("the graph's output spikes the chip gives at the same timestep", "%",
                ref == 0 ? 100 : 100.0 * r.matched() / ref, conditions));
        figures.add(figure("output spikes on the chip the graph does not give", "spikes",
                r.chipSpikes().size() - r.matched(), conditions));
        figures.add(figure("samples the chip answers as the graph does", "%", 100 * r.agreement(), conditions
                + "; an answer is the output that fired most, then first, then the lower"));
        if (r.labels() != null) {
            figures.add(figure("task accuracy on the chip", "%", 100 * r.accuracy(r.chipAnswers()), conditions));
            figures.add(figure("task accuracy of the graph at full precision", "%",
                    100 * r.accuracy(r.referenceAnswers()), "the reference run, NIR semantics by Euler steps"));
        }
        figures.add(figure("energy a sample", "nJ", r.njPerSample(), "the whole chip's ledger between the inference"
                + " marks, divided by the samples"));
        figures.add(figure("time a sample", "us", r.usPerSample(), "core cycles between the inference marks, with"
                + " each sample's flush timestep"));
        List<List<String>> approximations = new ArrayList<>();
        l.approximations().forEach(a -> approximations.add(List.of(a)));
        if (r.unresolvedTiles() > 0) {
            approximations.add(List.of(r.unresolvedTiles() + " tiles' TDCs leave two counts on one code: their sums are"
                    + " approximate even with ideal devices (shorter strings or finer TDCs resolve them)"));
        }
        List<List<String>> layers = new ArrayList<>();
        for (String n : l.layers()) {
            NirNode.Neurons p = (NirNode.Neurons) graph.nodes().get(n);
            layers.add(List.of(n, p.type(), Integer.toString(p.count())));
        }
        List<Reproduction.Table> tables = List.of(
                new Reproduction.Table("Layers on the chip", List.of("node", "primitive", "neurons"), layers,
                        "The answering layer last."),
                new Reproduction.Table("What the chip holds only approximately", List.of("approximation"),
                        approximations.isEmpty() ? List.of(List.of("nothing: every weight, threshold, leak and reset"
                                + " exactly")) : approximations, "Each with its size."));
        return new Reproduction("import " + file.getFileName(), "A NIR graph on the chip beside its own semantics",
                "the NIR graph " + file, seed, false, figures, tables, List.of(), List.of());
    }

    private static Reproduction.Figure figure(String quantity, String unit, double ours, String conditions) {
        return new Reproduction.Figure(quantity, unit, ours, conditions, null, "no paper: the graph's own run is the"
                + " reference", List.of(), "");
    }
}
