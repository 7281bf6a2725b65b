package org.neuromtj.testbench;

import java.util.List;
import org.neuromtj.cosim.Signal;

/**
 * One cycle as a monitor sees it: the inputs presented and the outputs just after the edge, read by
 * port position, and the facts the monitor derived from the cycles before (a neuron's last membrane,
 * the parameters taken at reset), which coverpoints read by slot.
 */
public final class CycleSample {
    /** Slots for derived facts. */
    public static final int FACTS = 16;

    private final long[] facts = new long[FACTS];
    private long cycle;
    private int[] in;
    private int i;
    private int[] out;
    private int o;

    /** Points this sample at a cycle of a lockstep batch. */
    void set(long cycle, int[] in, int i, int[] out, int o) {
        this.cycle = cycle;
        this.in = in;
        this.i = i;
        this.out = out;
        this.o = o;
    }

    /** @return derived fact {@code slot} */
    public long fact(int slot) {
        return facts[slot];
    }

    /** Sets derived fact {@code slot} for this cycle's coverpoints. */
    public void fact(int slot, long value) {
        facts[slot] = value;
    }

    /** @return the cycle */
    public long cycle() {
        return cycle;
    }

    /** @return input word {@code port} */
    public int in(int port) {
        return in[i + port];
    }

    /** @return output word {@code port} */
    public int out(int port) {
        return out[o + port];
    }

    /**
     * @param ports a block's inputs or outputs
     * @param name  a port's name
     * @return its position
     * @throws IllegalArgumentException if the block has no such port
     */
    public static int at(List<Signal> ports, String name) {
        for (int k = 0; k < ports.size(); k++) {
            if (ports.get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no port " + name);
    }
}
