package org.neuromtj.testbench.router;

import static org.neuromtj.cosim.router.RouterPorts.DEPTH;
import static org.neuromtj.cosim.router.RouterPorts.ENTRIES;
import static org.neuromtj.cosim.router.RouterPorts.HOPS;
import static org.neuromtj.cosim.router.RouterPorts.INPUTS;
import static org.neuromtj.cosim.router.RouterPorts.LINK;
import static org.neuromtj.cosim.router.RouterPorts.SIDE;
import static org.neuromtj.cosim.router.RouterPorts.TILES;
import static org.neuromtj.testbench.CycleSample.at;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.cosim.router.RouterPorts;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.testbench.stimulus.Agent;
import org.neuromtj.testbench.stimulus.Dist;
import org.neuromtj.testbench.stimulus.Driver;
import org.neuromtj.testbench.stimulus.Environment;
import org.neuromtj.testbench.stimulus.Generator;
import org.neuromtj.testbench.stimulus.Sequence;
import org.neuromtj.testbench.stimulus.Sequencer;
import org.neuromtj.testbench.stimulus.Weighted;

/**
 * Constrained-random stimulus for the router mesh, four agents: every {@value #SEGMENT} cycles a reset
 * with a random mesh (1×1 to 4×4, FIFOs of 1 to 8, hops of 1 to 8 cycles, links of 1 to 15 cycles per
 * packet); after it, the table writes of every entry of every tile — mostly multicast trees that go X
 * then Y from their source, in some meshes random entries and masks that send packets off the mesh or
 * round in circles; traffic at the mesh's load — multicast and unicast packets, unroutable ones, bursts
 * that fill FIFOs; and sinks that refuse at the mesh's rate.
 */
public final class RouterStimulus {
    private static final int SEGMENT = 25_000;
    /** Neurons per tile that the tables route; a key beyond them is unroutable. */
    private static final int NEURONS = 8;
    private static final int RST = at(INPUTS, "rst");
    private static final int CFG_WIDTH = at(INPUTS, "cfg_width");
    private static final int CFG_HEIGHT = at(INPUTS, "cfg_height");
    private static final int CFG_DEPTH = at(INPUTS, "cfg_depth");
    private static final int CFG_HOP = at(INPUTS, "cfg_hop");
    private static final int CFG_LINK = at(INPUTS, "cfg_link");
    private static final int TBL_WE = at(INPUTS, "tbl_we");
    private static final int TBL_TILE = at(INPUTS, "tbl_tile");
    private static final int TBL_INDEX = at(INPUTS, "tbl_index");
    private static final int TBL_VALID = at(INPUTS, "tbl_valid");
    private static final int TBL_KEY = at(INPUTS, "tbl_key");
    private static final int TBL_MASK = at(INPUTS, "tbl_mask");
    private static final int TBL_PORTS = at(INPUTS, "tbl_ports");
    private static final int INJ_KEY = at(INPUTS, "inj_key_0");
    private static final int INJ_CTL = at(INPUTS, "inj_ctl_0");
    private static final int SINK_READY = at(INPUTS, "sink_ready");

    /** A single tile (everything local) is one mesh in sixteen by chance; it gets its own share. */
    private static final Weighted<Boolean> SINGLE = Weighted.of(true, 1).or(false, 5);
    private static final Dist LINK_CYCLES = Dist.uniform(1, 2).orRange(1, LINK, 1.0 / 3);
    private static final Weighted<Double> LOAD = Weighted.of(0.02, 1).or(0.1, 1).or(0.3, 1).or(0.8, 1);
    private static final Weighted<Double> REFUSAL = Weighted.of(0.0, 2).or(0.1, 1).or(0.5, 1);
    private static final Dist NEURON = Dist.uniform(0, NEURONS - 1).orRange(0, 0xFFFF, 1.0 / 9);

    private RouterStimulus() {
    }

    /**
     * @param seed the stimulus seed
     * @return the stimulus of that seed
     */
    public static Environment of(long seed) {
        Setup setup = new Setup(Seeds.generator(seed, "testbench.router.setup"),
                Seeds.generator(seed, "testbench.router.tables"));
        UniformRandomProvider traffic = Seeds.generator(seed, "testbench.router.traffic");
        UniformRandomProvider sinks = Seeds.generator(seed, "testbench.router.sinks");
        int[] id = {0};
        Agent injectors = (cycle, words, at) -> {
            Mesh m = setup.mesh;
            for (int t = 0; t < m.tiles() && !setup.resetting(cycle); t++) {
                if (traffic.nextDouble() < m.load()) {
                    boolean unicast = traffic.nextInt(4) == 0;
                    // A unicast destination may lie off the mesh.
                    int destination = traffic.nextInt(unicast && traffic.nextInt(8) == 0 ? TILES : m.tiles());
                    words[at + INJ_KEY + t] = t << 16 | NEURON.drawInt(traffic);
                    words[at + INJ_CTL + t] = RouterPorts.control(unicast, destination, id[0]++);
                }
            }
        };
        Agent sinkReady = (cycle, words, at) -> {
            int ready = 0;
            for (int t = 0; t < TILES && !setup.resetting(cycle); t++) {
                ready |= sinks.nextDouble() < setup.mesh.refusal() ? 0 : 1 << t;
            }
            words[at + SINK_READY] = ready;
        };
        return new Environment(INPUTS.size(), List.of(setup, setup.tables, injectors, sinkReady));
    }

    /** A mesh configuration and the traffic it gets until the next reset. */
    private record Mesh(int width, int height, int depth, int hop, int link, double load, double refusal,
                        boolean wild) {
        static final Generator<Mesh> RANDOM = random -> {
            boolean single = SINGLE.draw(random);
            return new Mesh(single ? 1 : 1 + random.nextInt(SIDE), single ? 1 : 1 + random.nextInt(SIDE),
                    1 + random.nextInt(DEPTH), 1 + random.nextInt(HOPS), LINK_CYCLES.drawInt(random),
                    LOAD.draw(random), REFUSAL.draw(random), random.nextInt(4) == 0);
        };

        int tiles() {
            return width * height;
        }
    }

    /** Resets the mesh with a new configuration each segment, holds it on the ports, restarts the tables. */
    private static final class Setup implements Agent {
        private final UniformRandomProvider random;
        private final Tables tables;
        private Mesh mesh;
        private long resetCycle;

        Setup(UniformRandomProvider random, UniformRandomProvider tables) {
            this.random = random;
            this.tables = new Tables(tables, () -> mesh);
        }

        boolean resetting(long cycle) {
            return cycle == resetCycle;
        }

        @Override
        public void drive(long cycle, int[] words, int at) {
            if (cycle % SEGMENT == 0) {
                mesh = Mesh.RANDOM.draw(random);
                resetCycle = cycle;
                // The tables are written from the cycle after the reset on.
                tables.abandon(1);
                words[at + RST] = 1;
                words[at + CFG_DEPTH] = mesh.depth();
                words[at + CFG_HOP] = mesh.hop();
                words[at + CFG_LINK] = mesh.link();
            }
            words[at + CFG_WIDTH] = mesh.width();
            words[at + CFG_HEIGHT] = mesh.height();
        }
    }

    /** A routing-table write: entry {@code index} of a tile. */
    private record Write(int tile, int index, boolean valid, int key, int mask, int ports) {
    }

    /** Writes every entry of every tile once after each reset, one entry a cycle. */
    private static final class Tables extends Driver<Write> {
        /** Longer than a segment: the tables are written once, until a reset starts them again. */
        private static final Dist UNTIL_RESET = Dist.value(Long.MAX_VALUE / 2, 1);

        Tables(UniformRandomProvider random, Supplier<Mesh> mesh) {
            super(new Sequencer<>(random, Weighted.<Sequence<Write>>of(r -> writes(r, mesh.get()), 1), UNTIL_RESET));
        }

        /** Every entry of every tile: trees that keep inside the mesh, or in a wild mesh anything. */
        private static List<Write> writes(UniformRandomProvider random, Mesh mesh) {
            List<Write> writes = new ArrayList<>();
            for (int t = 0; t < mesh.tiles(); t++) {
                for (int index = 0; index < ENTRIES; index++) {
                    int source = random.nextInt(mesh.tiles());
                    int key = source << 16 | random.nextInt(NEURONS);
                    int ports;
                    int mask = -1;
                    if (mesh.wild()) {
                        ports = random.nextInt(32);
                        mask = random.nextInt(3) == 0 ? random.nextInt() : -1;
                    } else {
                        ports = tree(random, mesh, t, source);
                        if (random.nextInt(5) == 0) {
                            mask = 0xFFFF0000;
                        }
                    }
                    writes.add(new Write(t, index, random.nextInt(6) != 0, key, mask, ports));
                }
            }
            return writes;
        }

        /** A route at tile t for a key of source s that keeps the tree X then Y and inside the mesh. */
        private static int tree(UniformRandomProvider random, Mesh mesh, int t, int s) {
            int width = mesh.width();
            int x = t % width;
            int y = t / width;
            int sx = s % width;
            int sy = s / width;
            int ports = random.nextInt(3) == 0 ? Port.LOCAL.bit() : 0;
            if (y == sy) {
                if (x >= sx && x + 1 < width && random.nextBoolean()) {
                    ports |= Port.EAST.bit();
                }
                if (x <= sx && x > 0 && random.nextBoolean()) {
                    ports |= Port.WEST.bit();
                }
            }
            if (y >= sy && y + 1 < mesh.height() && random.nextBoolean()) {
                ports |= Port.SOUTH.bit();
            }
            if (y <= sy && y > 0 && random.nextBoolean()) {
                ports |= Port.NORTH.bit();
            }
            return ports == 0 ? Port.LOCAL.bit() : ports;
        }

        @Override
        protected boolean drive(Write w, int beat, int[] words, int at) {
            words[at + TBL_WE] = 1;
            words[at + TBL_TILE] = w.tile();
            words[at + TBL_INDEX] = w.index();
            words[at + TBL_VALID] = w.valid() ? 1 : 0;
            words[at + TBL_KEY] = w.key();
            words[at + TBL_MASK] = w.mask();
            words[at + TBL_PORTS] = w.ports();
            return true;
        }
    }
}
