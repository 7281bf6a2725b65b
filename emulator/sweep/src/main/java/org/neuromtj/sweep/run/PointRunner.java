package org.neuromtj.sweep.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;
import org.neuromtj.tools.reproduce.ChipOverrides;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.ReproductionException;
import org.neuromtj.tools.reproduce.catalog.Experiments;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;

/**
 * Runs one task of a sweep: a shard of a point's images through the fmnist firmware on the chip its
 * parameters make (the shipped Fashion-MNIST chip files and the default technology, each varied value
 * replaced), a user's firmware whole on its own chip files, or an experiment of {@code ./neuromtj reproduce}
 * whole on its own files with the point's values laid over them. A task's devices come from the sweep's seed
 * and its shard, so every point of a sweep meets the same chips, and a task run twice, or retried elsewhere,
 * gives the same result.
 */
public final class PointRunner {
    private static final long MAX_CYCLES = 1L << 40;
    /** The fmnist firmware's MAX_TIMESTEPS. */
    private static final int FMNIST_MAX_TIMESTEPS = 32;
    private final Path home;
    private final ConfigNode technology = Technology.defaults().file();
    private Fmnist fmnist;

    /** The Fashion-MNIST workload's files, read once. */
    private record Fmnist(ElfImage firmware, Network net, ConfigNode npu, ConfigNode tile, ImageSet test) {
    }

    /** @param home the NeuroMTJ checkout whose firmware and chip files the Fashion-MNIST tasks use */
    public PointRunner(Path home) {
        this.home = home;
    }

    private synchronized Fmnist fmnist() {
        if (fmnist == null) {
            Path fm = home.resolve("firmware-samples/fmnist");
            try {
                fmnist = new Fmnist(ElfReader.forChip().read(home.resolve("firmware-samples/target/firmware/fmnist.elf")),
                        ModelFile.read(fm.resolve("fmnist-model.json")).network(),
                        ConfigNode.read(fm.resolve("fmnist-npu.yaml")), ConfigNode.read(fm.resolve("fmnist-tile.yaml")),
                        FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST));
            } catch (RuntimeException | ElfException e) {
                throw new SpecException("the fmnist workload cannot be loaded from " + home + ": " + e.getMessage());
            }
        }
        return fmnist;
    }

    /** @return the checkout the runner reads */
    public Path home() {
        return home;
    }

    /**
     * Checks a point before any task runs: every path names a number (or text) of its file and every value is in
     * its key's range. A reproduce workload's values are checked against the shipped default files, which hold
     * every key the experiments' files do.
     *
     * @param spec  the sweep
     * @param point a value for each parameter by path
     * @throws SpecException naming the parameter and what is wrong
     */
    public void check(SweepSpec spec, Map<String, Object> point) {
        if (spec.workload().kind() != SweepSpec.Kind.REPRODUCE) {
            chip(spec, point);
            return;
        }
        try {
            new ChipOverrides(point).check();
        } catch (RuntimeException e) {
            throw new SpecException(spec.file() + ": the point " + point + " makes no chip: " + e.getMessage());
        }
    }

    /**
     * The chip a point makes, checked: every path names a number of its file, every value is in its key's range.
     *
     * @param spec  the sweep
     * @param point a value for each parameter by path
     * @return the chip
     * @throws SpecException naming the parameter and what is wrong
     */
    public Chip chip(SweepSpec spec, Map<String, Object> point) {
        SweepSpec.Workload w = spec.workload();
        ConfigNode n;
        ConfigNode t;
        try {
            n = w.fmnist() ? fmnist().npu() : w.npu() != null ? ConfigNode.read(Path.of(w.npu()))
                    : ConfigNode.resource(NpuConfig.class, "default-npu.yaml");
            t = w.fmnist() ? fmnist().tile() : w.tile() != null ? ConfigNode.read(Path.of(w.tile()))
                    : ConfigNode.resource(TileConfig.class, "default-tile.yaml");
        } catch (ConfigException e) {
            throw new SpecException(spec.file() + ": " + e.getMessage());
        }
        ConfigNode tech = technology;
        Network net = w.fmnist() ? fmnist().net() : null;
        for (SweepSpec.Parameter p : spec.parameters()) {
            Object v = point.get(p.path());
            try {
                switch (p.target()) {
                    case "npu" -> n = with(n, p.key(), v);
                    case "tile" -> t = with(t, p.key(), v);
                    case "workload" -> net = with(net, p.key(), (Double) v, spec);
                    default -> tech = with(tech, p.key(), v);
                }
            } catch (ConfigException e) {
                throw new SpecException(spec.file() + ": parameter " + p.path() + ": " + e.getMessage());
            }
        }
        try {
            NpuConfig npuConfig = NpuConfig.read(n);
            TileConfig tileConfig = TileConfig.read(t);
            Technology techConfig = Technology.read(tech);
            ChipImage image = w.fmnist() ? Mapper.map(net, ChipShape.of(npuConfig, tileConfig)) : null;
            return new Chip(npuConfig, tileConfig, techConfig, image);
        } catch (RuntimeException e) {
            throw new SpecException(spec.file() + ": the point " + point + " makes no chip: " + e.getMessage());
        }
    }

    /** The network with one of its inference settings replaced (the network checks the value). */
    private static Network with(Network n, String key, double value, SweepSpec spec) {
        int v = (int) value;
        if (v != value) {
            throw new SpecException(spec.file() + ": workload." + key + " must be a whole number, not " + value);
        }
        if (key.equals("timesteps") && v > FMNIST_MAX_TIMESTEPS || key.equals("levels") && v > n.timesteps()) {
            throw new SpecException(spec.file() + ": workload." + key + " = " + v + ": the fmnist firmware runs at"
                    + " most " + FMNIST_MAX_TIMESTEPS + " timesteps, and a pixel's spikes must fit them");
        }
        try {
            return switch (key) {
                case "timesteps" -> new Network(n.inputs(), n.hidden(), n.outputs(), n.levels(), v, n.hiddenThreshold(),
                        n.outputThreshold(), n.w1(), n.w2(), n.coding());
                case "levels" -> new Network(n.inputs(), n.hidden(), n.outputs(), v, n.timesteps(), n.hiddenThreshold(),
                        n.outputThreshold(), n.w1(), n.w2(), n.coding());
                case "hidden_threshold" -> new Network(n.inputs(), n.hidden(), n.outputs(), n.levels(), n.timesteps(), v,
                        n.outputThreshold(), n.w1(), n.w2(), n.coding());
                default -> n.withOutputThreshold(v);
            };
        } catch (IllegalArgumentException e) {
            throw new SpecException(spec.file() + ": workload." + key + " = " + v + ": " + e.getMessage());
        }
    }

    private static ConfigNode with(ConfigNode file, String key, Object value) {
        return value instanceof String text ? file.withText(key, text) : file.with(key, (Double) value);
    }

    /**
     * A point's chip.
     *
     * @param npu        the NPU
     * @param tile       every tile
     * @param technology the devices
     * @param image      the Fashion-MNIST network mapped onto it (null for a firmware of one's own)
     */
    public record Chip(NpuConfig npu, TileConfig tile, Technology technology, ChipImage image) {
    }

    /**
     * @param spec  the sweep
     * @param task  the point and shard
     * @param point the point's values
     * @return what the shard's images gave
     */
    public TaskResult run(SweepSpec spec, Task task, Map<String, Object> point) {
        if (spec.workload().kind() == SweepSpec.Kind.REPRODUCE) {
            return experiment(spec, task, point);
        }
        Chip chip = chip(spec, point);
        long seed = spec.seed() * 1_000_003L + task.shard();
        ChipRun.Outcome o;
        int n;
        if (spec.workload().fmnist()) {
            int first = task.shard() * spec.shard();
            n = Math.min(spec.shard(), spec.images() - first);
            int[] indices = new int[n];
            for (int k = 0; k < n; k++) {
                indices[k] = first + k;
            }
            o = ChipRun.run(new ChipRun.Setup(fmnist().firmware(), chip.image(), chip.npu(), chip.tile(),
                    chip.technology(), seed, MAX_CYCLES), fmnist().test().select(indices), n, done -> { });
        } else {
            n = spec.images();
            o = ChipRun.run(new ChipRun.Board(firmware(spec), chip.npu(), chip.tile(), chip.technology(), seed,
                    MAX_CYCLES), hostFiles(spec), n, 0, done -> { });
        }
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
            throw new IllegalStateException("task " + task + " of point " + point + ": the firmware failed: exit "
                    + o.result().exitStatus() + "\n" + o.uart());
        }
        if (!o.marks().containsKey(ChipRun.INFER) || !o.marks().containsKey(ChipRun.DONE)) {
            throw new IllegalStateException("task " + task + " of point " + point + ": the firmware must mark its"
                    + " inference's start and end (mailbox marks 3 and 4, as the samples do)\n" + o.uart());
        }
        long[] counts = o.countsBetween(ChipRun.INFER, ChipRun.DONE);
        EnergyReport e = EnergyReport.of(counts, chip.technology(), o.machine().npu().floorplan());
        int right = 0;
        for (int k = 0; k < n; k++) {
            right += o.answers()[k] == o.labels()[k] ? 1 : 0;
        }
        double ns = ClockDomain.CORE.nanoseconds(o.marks().get(ChipRun.DONE) - o.marks().get(ChipRun.INFER));
        List<Long> latencies = new ArrayList<>();
        long before = o.marks().get(ChipRun.INFER);
        for (int k = 0; k < n; k++) {
            long at = o.reportedAt()[k] < 0 ? before : o.reportedAt()[k];
            latencies.add(Math.round(ClockDomain.CORE.nanoseconds(at - before)));
            before = at;
        }
        return new TaskResult(task.point(), task.shard(), n, right, e.totalFj(), counts[Action.SPIKE.ordinal()],
                counts[Action.CELL_READ.ordinal()], ns, o.machine().npu().floorplan().chipMm2(), List.copyOf(latencies), Map.of());
    }

    /**
     * Runs the experiment whole on its chip files with the point's values laid over them, on the sweep's seed (every
     * point meets the same devices); its figures are the task's.
     */
    private TaskResult experiment(SweepSpec spec, Task task, Map<String, Object> point) {
        Experiment e = Experiments.named(spec.workload().experiment()).orElseThrow();
        Reproduction r;
        try {
            r = e.run(new Experiment.Run(home, spec.seed(), spec.workload().quick(), new PrintStream(
                    OutputStream.nullOutputStream()), new ChipOverrides(point)));
        } catch (ReproductionException x) {
            throw new IllegalStateException("task " + task + " of point " + point + ": " + x.getMessage(), x);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Reproduction.Figure f : r.figures()) {
            String name = f.quantity() + (f.unit().isBlank() ? "" : ", " + f.unit());
            // Two figures of one quantity and unit are told apart by their place.
            String unique = name;
            for (int k = 2; figures.containsKey(unique); k++) {
                unique = name + " (" + k + ")";
            }
            figures.put(unique, f.ours());
        }
        return TaskResult.ofExperiment(task.point(), figures);
    }

    /**
     * Reads a firmware workload's ELF and host files, so that a bad one is refused before any task runs.
     *
     * @param spec the sweep
     * @throws SpecException naming the file and what is wrong
     */
    public void check(SweepSpec spec) {
        if (spec.workload().kind() == SweepSpec.Kind.FIRMWARE) {
            firmware(spec);
            hostFiles(spec);
        }
    }

    private static ElfImage firmware(SweepSpec spec) {
        try {
            return ElfReader.forChip().read(Path.of(spec.workload().firmware()));
        } catch (ElfException e) {
            throw new SpecException(spec.file() + ": workload.elf: " + e.getMessage());
        }
    }

    private static List<byte[]> hostFiles(SweepSpec spec) {
        List<byte[]> files = new ArrayList<>();
        for (String f : spec.workload().hostFiles()) {
            try {
                files.add(Files.readAllBytes(Path.of(f)));
            } catch (IOException e) {
                throw new SpecException(spec.file() + ": workload.host_files: cannot read " + f + ": " + e.getMessage());
            }
        }
        return files;
    }
}
