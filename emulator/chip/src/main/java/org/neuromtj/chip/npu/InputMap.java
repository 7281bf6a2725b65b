package org.neuromtj.chip.npu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a tile turns an arriving packet's key into the rows it drives: the first entry whose masked key
 * matches gives a first row, and the key's unmasked low bits index from there (a source population
 * maps to consecutive rows). With a fan-out of n, each source neuron drives n consecutive rows, so
 * one event can carry a weight of up to n counts and stand clear of the read noise of a string.
 */
public final class InputMap {
    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param key      key bits to match
     * @param mask     which bits take part
     * @param firstRow first row of the population's neuron 0
     * @param fanout   rows each source neuron drives, at least 1
     */
    public record Entry(int key, int mask, int firstRow, int fanout) {
        public Entry {
            if (fanout < 1) {
                throw new IllegalArgumentException("fan-out " + fanout);
            }
        }

        /** @return an entry that maps each source neuron to one row */
        public static Entry of(int key, int mask, int firstRow) {
            return new Entry(key, mask, firstRow, 1);
        }
    }

    /** @return the entries in match order */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** @param newEntries the entries that replace the present ones */
    public void set(List<Entry> newEntries) {
        entries.clear();
        entries.addAll(newEntries);
    }

    /**
     * @param key  a packet's key
     * @return the first matching entry, or null if none matches
     */
    public Entry match(int key) {
        for (Entry e : entries) {
            if ((key & e.mask()) == (e.key() & e.mask())) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param key  a packet's key
     * @param rows rows of the tile
     * @return the first row it drives (it drives the entry's fan-out from there), or −1 if no entry maps
     *         all of them inside the array
     */
    public int row(int key, int rows) {
        Entry e = match(key);
        if (e == null) {
            return -1;
        }
        long row = (long) e.firstRow() + (long) (key & ~e.mask()) * e.fanout();
        return row + e.fanout() <= rows ? (int) row : -1;
    }
}
