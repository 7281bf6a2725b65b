package org.neuromtj.chip.npu.tile;

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
    private final boolean verify;
    private final int maxRetries;
    private final long pulseCycles;
    private final int top;
    private final int[] target;
    private final boolean[] enabled;
    private final int[] level;
    private final int[] tries;
    private final boolean[] read;
    private final boolean[] pulsing;
    private final boolean[] up;
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
        this.verify = verify;
        this.maxRetries = maxRetries;
        this.pulseCycles = pulseCycles;
        this.top = top;
        this.target = target.clone();
        this.enabled = enabled.clone();
        int n = target.length;
        this.level = new int[n];
        this.tries = new int[n];
        this.read = new boolean[n];
        this.pulsing = new boolean[n];
        this.up = new boolean[n];
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
