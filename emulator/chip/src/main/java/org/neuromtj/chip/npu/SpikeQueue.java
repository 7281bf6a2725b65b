package org.neuromtj.chip.npu;

import java.util.ArrayList;
import java.util.List;

/**
 * A first-in, first-out queue of input spikes, held as the tile, row and cause cycle of each in
 * growable ring buffers: the input FIFO and each tile's queue pass millions of spikes in a run, and a
 * spike here costs no object.
 */
final class SpikeQueue {
    private int[] tile = new int[16];
    private int[] row = new int[16];
    private long[] cause = new long[16];
    private int head;
    private int size;

    void add(int t, int r, long causeCycle) {
        if (size == tile.length) {
            grow();
        }
        int at = (head + size) & (tile.length - 1);
        tile[at] = t;
        row[at] = r;
        cause[at] = causeCycle;
        size++;
    }

    /** @return spikes queued */
    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** @return the tile of the i-th spike from the head */
    int tile(int i) {
        return tile[(head + i) & (tile.length - 1)];
    }

    /** @return the row of the i-th spike from the head */
    int row(int i) {
        return row[(head + i) & (tile.length - 1)];
    }

    /** @return the cause cycle of the i-th spike from the head */
    long cause(int i) {
        return cause[(head + i) & (tile.length - 1)];
    }

    /** Drops the spike at the head. */
    void removeFirst() {
        head = (head + 1) & (tile.length - 1);
        size--;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    /** @return the spikes, head first, as a snapshot holds them */
    List<InputSpike> spikes() {
        List<InputSpike> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new InputSpike(tile(i), row(i), cause(i)));
        }
        return out;
    }

    /** @param spikes spikes to queue, in order */
    void addAll(List<InputSpike> spikes) {
        for (InputSpike s : spikes) {
            add(s.tile(), s.row(), s.causeCycle());
        }
    }

    /** Doubles the buffers (their length stays a power of two), unrolling the ring to start at 0. */
    private void grow() {
        int n = tile.length;
        int[] t = new int[2 * n];
        int[] r = new int[2 * n];
        long[] c = new long[2 * n];
        for (int i = 0; i < size; i++) {
            int at = (head + i) & (n - 1);
            t[i] = tile[at];
            r[i] = row[at];
            c[i] = cause[at];
        }
        tile = t;
        row = r;
        cause = c;
        head = 0;
    }
}
