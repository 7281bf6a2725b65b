package org.neuromtj.sweep.run;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * parameters make (the shipped Fashion-MNIST chip files and the default technology, each varied number
 * replaced). A task's devices come from the sweep's seed and its shard, so every point of a sweep meets the
 * same chips, and a task run twice, or retried elsewhere, gives the same result.
 */
public final class PointRunner {
    private static final long MAX_CYCLES = 1L << 40;
    private final Path home;
    private final ElfImage firmware;
    private final Network net;
    private final ConfigNode npu;
    private final ConfigNode tile;
    private final ConfigNode technology;
    private final ImageSet test;

    /**
     * @param home the NeuroMTJ checkout whose firmware and chip files the tasks use
     * @throws SpecException if they cannot be read
     */
    public PointRunner(Path home) {
        this.home = home;
        Path fm = home.resolve("firmware-samples/fmnist");
        try {
            this.firmware = ElfReader.forChip().read(home.resolve("firmware-samples/target/firmware/fmnist.elf"));
            this.net = ModelFile.read(fm.resolve("fmnist-model.json")).network();
            this.npu = ConfigNode.read(fm.resolve("fmnist-npu.yaml"));
            this.tile = ConfigNode.read(fm.resolve("fmnist-tile.yaml"));
            this.technology = Technology.defaults().file();
            this.test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
        } catch (RuntimeException | ElfException e) {
            throw new SpecException("the fmnist workload cannot be loaded from " + home + ": " + e.getMessage());
        }
    }

    /** @return the checkout the runner reads */
    public Path home() {
        return home;
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
        ConfigNode n = npu;
        ConfigNode t = tile;
        ConfigNode tech = technology;
        for (SweepSpec.Parameter p : spec.parameters()) {
            Object v = point.get(p.path());
            try {
                switch (p.target()) {
                    case "npu" -> n = with(n, p.key(), v);
                    case "tile" -> t = with(t, p.key(), v);
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
            ChipImage image = Mapper.map(net, ChipShape.of(npuConfig, tileConfig));
            return new Chip(npuConfig, tileConfig, techConfig, image);
        } catch (RuntimeException e) {
            throw new SpecException(spec.file() + ": the point " + point + " makes no chip: " + e.getMessage());
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
     * @param image      the network mapped onto it
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
        Chip chip = chip(spec, point);
        int first = task.shard() * spec.shard();
        int n = Math.min(spec.shard(), spec.images() - first);
        int[] indices = new int[n];
        for (int k = 0; k < n; k++) {
            indices[k] = first + k;
        }
        long seed = spec.seed() * 1_000_003L + task.shard();
        ChipRun.Outcome o = ChipRun.run(new ChipRun.Setup(firmware, chip.image(), chip.npu(), chip.tile(),
                chip.technology(), seed, MAX_CYCLES), test.select(indices), n, done -> { });
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
            throw new IllegalStateException("task " + task + " of point " + point + ": the firmware failed: exit "
                    + o.result().exitStatus() + "\n" + o.uart());
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
            latencies.add(Math.round(ClockDomain.CORE.nanoseconds(o.reportedAt()[k] - before)));
            before = o.reportedAt()[k];
        }
        return new TaskResult(task.point(), task.shard(), n, right, e.totalFj(), counts[Action.SPIKE.ordinal()],
                counts[Action.CELL_READ.ordinal()], ns, o.machine().npu().floorplan().chipMm2(), List.copyOf(latencies));
    }
}
