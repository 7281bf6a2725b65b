package org.neuromtj.chip.npu.tile;

import java.util.Arrays;

/**
 * The Java model of the SOT write driver's controller for one programming command: which columns get a
 * pulse in each round and toward which level, when a verify read counts as a retry, and when a column
 * gives up. The driver runs it against the junctions' physics; the RTL's cycle model runs it clock edge
 * by clock edge.
 *
 * <p>With verify, every enabled column is read first ({@link #sensed}); each round then pulses the
 * columns whose level is wrong and whose retries are not used up, and reads them again. A read that
 * shows the level of the one before it is a retry. Without verify, a binary cell is pulsed once toward
 * its target, a multi-level cell {@code top} times down and then {@code target} times up.
 */
public final class WriteSequencer implements WriteController {
    private boolean verify;
    private int maxRetries;
    private long pulseCycles;
    private int top;
    private int[] target;
    private boolean[] enabled;
    private int[] level;
    private int[] tries;
    private boolean[] read;
    private boolean[] pulsing;
    private boolean[] up;
    private int rounds;

    /**
     * @param verify     whether cells are read after every pulse
     * @param maxRetries pulses per cell that may fail to move it
     * @param pulseCycles NPU cycles of one pulse
     * @param top        the highest level a cell holds
     * @param target     target level per column
     * @param enabled    which columns the command programs
     */
    public WriteSequencer(boolean verify, int maxRetries, long pulseCycles, int top, int[] target,
                          boolean[] enabled) {
        start(verify, maxRetries, pulseCycles, top, target, enabled);
    }

    /**
     * @return a factory that starts each command on the one sequencer it keeps, rather than on a new one: a
     *         driver runs one command at a time and is done with a command's controller when it begins the
     *         next (programming a chip is hundreds of thousands of one-cell commands)
     */
    public static Factory reusing() {
        return new Factory() {
            private WriteSequencer sequencer;

            @Override
            public WriteController begin(boolean verify, int maxRetries, long pulseCycles, int top, int[] target,
                                         boolean[] enabled) {
                if (sequencer == null) {
                    sequencer = new WriteSequencer(verify, maxRetries, pulseCycles, top, target, enabled);
                } else {
                    sequencer.start(verify, maxRetries, pulseCycles, top, target, enabled);
                }
                return sequencer;
            }
        };
    }

    /** Begins a command: its policy and targets copied, every column unread and untried. */
    private void start(boolean verify, int maxRetries, long pulseCycles, int top, int[] target, boolean[] enabled) {
        this.verify = verify;
        this.maxRetries = maxRetries;
        this.pulseCycles = pulseCycles;
        this.top = top;
        this.rounds = 0;
        int n = target.length;
        if (this.target == null || this.target.length != n) {
            this.target = new int[n];
            this.enabled = new boolean[n];
            this.level = new int[n];
            this.tries = new int[n];
            this.read = new boolean[n];
            this.pulsing = new boolean[n];
            this.up = new boolean[n];
        } else {
            Arrays.fill(level, 0);
            Arrays.fill(tries, 0);
            Arrays.fill(read, false);
            Arrays.fill(pulsing, false);
            Arrays.fill(up, false);
        }
        System.arraycopy(target, 0, this.target, 0, n);
        System.arraycopy(enabled, 0, this.enabled, 0, n);
    }

    @Override
    public void sensed(int column, int sensed) {
        if (read[column] && sensed == level[column]) {
            tries[column]++;
        }
        level[column] = sensed;
        read[column] = true;
    }

    @Override
    public boolean nextRound() {
        boolean any = false;
        for (int c = 0; c < target.length; c++) {
            if (verify) {
                pulsing[c] = enabled[c] && level[c] != target[c] && tries[c] <= maxRetries;
                up[c] = level[c] < target[c];
            } else {
                pulsing[c] = enabled[c] && (top == 1 ? rounds == 0 : rounds < top + target[c]);
                up[c] = top == 1 ? target[c] == 1 : rounds >= top;
            }
            any |= pulsing[c];
        }
        if (any) {
            rounds++;
        }
        return any;
    }

    @Override
    public boolean pulses(int column) {
        return pulsing[column];
    }

    @Override
    public boolean up(int column) {
        return up[column];
    }

    /** @return rounds with pulses so far */
    public int rounds() {
        return rounds;
    }

    @Override
    public int retries() {
        int sum = 0;
        for (int t : tries) {
            sum += t;
        }
        return sum;
    }

    @Override
    public boolean failed(int column) {
        return verify && enabled[column] && level[column] != target[column];
    }

    /** @return a first read and a read after every round with verify; the pulses alone without */
    @Override
    public long cycles() {
        int read = verify ? 1 : 0;
        return rounds * (pulseCycles + read) + read;
    }
}
