package org.neuromtj.chip.npu;

import java.nio.file.Path;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.npu.router.RouterConfig;

/**
 * The NPU around its tiles.
 *
 * @param mesh            the mesh of tiles and its routers
 * @param inputFifoDepth  input spikes the core can queue before the next timestep takes them
 * @param outputFifoDepth output spikes waiting for the core; a full FIFO holds the sequencer
 * @param inputMapEntries key ranges each tile maps to its rows
 * @param powerGating     which tiles are power-gated
 */
public record NpuConfig(RouterConfig mesh, int inputFifoDepth, int outputFifoDepth, int inputMapEntries,
                        PowerGating powerGating) {
    /** The file format this reader understands. */
    public static final int VERSION = 1;

    /**
     * The policy for a tile's own blocks (neurons, write driver, registers, learning unit); the routers, the
     * spike FIFOs and the SoC are always on, and a tile's read path (the array's transistors and the
     * converters, which hold no state) is powered only while it reads, whatever the policy. A block with
     * nothing to do in a cycle is clock-gated: it performs no action and costs only its leakage.
     */
    public enum PowerGating {
        /**
         * The default: a tile is power-gated from reset until it is first used (a register access, or input
         * spikes for a timestep), and woken then at the technology's tile_wake energy and latency; it stays
         * powered after, since its neurons hold state.
         */
        UNUSED_TILES,
        /** Every tile is powered from reset. */
        NONE
    }

    /** A configuration with the default power-gating policy, {@link PowerGating#UNUSED_TILES}. */
    public NpuConfig(RouterConfig mesh, int inputFifoDepth, int outputFifoDepth, int inputMapEntries) {
        this(mesh, inputFifoDepth, outputFifoDepth, inputMapEntries, PowerGating.UNUSED_TILES);
    }

    public NpuConfig {
        if (inputFifoDepth < 1 || outputFifoDepth < 1 || inputMapEntries < 1) {
            throw new IllegalArgumentException("invalid NPU configuration " + this);
        }
    }

    /** @return the default NPU */
    public static NpuConfig defaults() {
        return read(ConfigNode.resource(NpuConfig.class, "default-npu.yaml"));
    }

    /**
     * @param file an NPU configuration file
     * @return the validated configuration
     */
    public static NpuConfig read(Path file) {
        return read(ConfigNode.read(file));
    }

    /**
     * @param root the file's top-level mapping
     * @return the validated configuration
     * @throws ConfigException naming the key and allowed range of the first bad value
     */
    public static NpuConfig read(ConfigNode root) {
        root.allowOnly("version", "mesh", "input_fifo_depth", "output_fifo_depth", "input_map_entries",
                "power_gating");
        int version = root.integer("version", 1, Integer.MAX_VALUE);
        if (version != VERSION) {
            throw root.error("version", "= " + version + " is not supported: this emulator reads version "
                    + VERSION);
        }
        ConfigNode m = root.child("mesh");
        m.allowOnly("width", "height", "fifo_depth", "hop_latency_cycles", "link_cycles_per_packet", "table_entries");
        RouterConfig mesh = new RouterConfig(m.integer("width", 1, 64), m.integer("height", 1, 64),
                m.integer("fifo_depth", 1, 4096), m.integer("hop_latency_cycles", 1, 1000),
                m.integer("link_cycles_per_packet", 1, 1000), m.integer("table_entries", 0, 65536));
        return new NpuConfig(mesh, root.integer("input_fifo_depth", 1, 1 << 20),
                root.integer("output_fifo_depth", 1, 1 << 20), root.integer("input_map_entries", 1, 4096),
                root.choice("power_gating", "unused-tiles", "none").equals("none") ? PowerGating.NONE
                        : PowerGating.UNUSED_TILES);
    }
}
