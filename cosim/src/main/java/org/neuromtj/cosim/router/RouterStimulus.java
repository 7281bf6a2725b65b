package org.neuromtj.cosim.router;

import static org.neuromtj.cosim.router.RouterPorts.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.cosim.Stimulus;
import org.neuromtj.emulator.npu.router.Port;
import org.neuromtj.emulator.sim.Seeds;

/**
 * Constrained-random stimulus for the router mesh: every few tens of thousands of cycles a reset with a
 * random mesh (1×1 to 4×4, FIFOs of 1 to 8, hops of 1 to 8 cycles, links of 1 to 15 cycles per packet),
 * then table writes — mostly multicast trees that go X then Y from their source, sometimes random
 * entries and masks that send packets off the mesh or round in circles — and then traffic: multicast
 * and unicast packets, unroutable ones, bursts that fill FIFOs, and sinks that refuse.
 */
public final class RouterStimulus implements Stimulus {
    private static final int SEGMENT = 25_000;
    private static final int NEURONS = 8;

    private final UniformRandomProvider random;
    private final List<int[]> writes = new ArrayList<>();
    private long cycle;
    private int width = 1;
    private int height = 1;
    private double load;
    private double refusal;
    private int nextId;

    /** @param seed the stimulus seed */
    public RouterStimulus(long seed) {
        this.random = Seeds.generator(seed, "cosim.router.stimulus");
    }

    @Override
    public void next(int cycles, int[] words) {
        int ni = INPUTS.size();
        for (int c = 0; c < cycles; c++, cycle++) {
            int i = c * ni;
            Arrays.fill(words, i, i + ni, 0);
            if (cycle % SEGMENT == 0) {
                reset(words, i);
                continue;
            }
            words[i + CFG_WIDTH] = width;
            words[i + CFG_HEIGHT] = height;
            if (!writes.isEmpty()) {
                int[] w = writes.remove(writes.size() - 1);
                words[i + TBL_WE] = 1;
                System.arraycopy(w, 0, words, i + TBL_TILE, 6);
            }
            for (int t = 0; t < width * height; t++) {
                if (random.nextDouble() < load) {
                    boolean unicast = random.nextInt(4) == 0;
                    words[i + INJ_KEY + t] = t << 16 | random.nextInt(random.nextInt(10) == 0 ? 1 << 16 : NEURONS);
                    words[i + INJ_CTL + t] = control(unicast, random.nextInt(unicast && random.nextInt(8) == 0 ? 16
                            : width * height), nextId++);
                }
            }
            int ready = 0;
            for (int t = 0; t < TILES; t++) {
                ready |= random.nextDouble() < refusal ? 0 : 1 << t;
            }
            words[i + SINK_READY] = ready;
        }
    }

    private void reset(int[] words, int i) {
        // A single tile (everything local) is one mesh in sixteen by chance; it gets its own share.
        boolean single = random.nextInt(6) == 0;
        width = single ? 1 : 1 + random.nextInt(SIDE);
        height = single ? 1 : 1 + random.nextInt(SIDE);
        words[i + RST] = 1;
        words[i + CFG_WIDTH] = width;
        words[i + CFG_HEIGHT] = height;
        words[i + CFG_DEPTH] = 1 + random.nextInt(DEPTH);
        words[i + CFG_HOP] = 1 + random.nextInt(HOPS);
        words[i + CFG_LINK] = random.nextInt(4) != 0 ? 1 + random.nextInt(2) : 1 + random.nextInt(LINK);
        load = new double[] {0.02, 0.1, 0.3, 0.8}[random.nextInt(4)];
        refusal = new double[] {0, 0, 0.1, 0.5}[random.nextInt(4)];
        writes.clear();
        boolean wild = random.nextInt(4) == 0;
        for (int t = 0; t < width * height; t++) {
            for (int index = 0; index < ENTRIES; index++) {
                int source = random.nextInt(width * height);
                int neuron = random.nextInt(NEURONS);
                int key = source << 16 | neuron;
                int ports;
                int mask = -1;
                if (wild) {
                    ports = random.nextInt(32);
                    mask = random.nextInt(3) == 0 ? random.nextInt() : -1;
                } else {
                    ports = tree(t, source);
                    if (random.nextInt(5) == 0) {
                        mask = 0xFFFF0000;
                    }
                }
                boolean valid = random.nextInt(6) != 0;
                writes.add(new int[] {t, index, valid ? 1 : 0, key, mask, ports});
            }
        }
    }

    /** A route at tile t for a key of source s that keeps the tree X then Y and inside the mesh. */
    private int tree(int t, int s) {
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
        if (y >= sy && y + 1 < height && random.nextBoolean()) {
            ports |= Port.SOUTH.bit();
        }
        if (y <= sy && y > 0 && random.nextBoolean()) {
            ports |= Port.NORTH.bit();
        }
        return ports == 0 ? Port.LOCAL.bit() : ports;
    }
}
