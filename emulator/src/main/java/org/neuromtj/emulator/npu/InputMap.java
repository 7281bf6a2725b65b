package org.neuromtj.emulator.npu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a tile turns an arriving packet's key into the row it drives: the first entry whose masked key
 * matches gives a first row, and the key's unmasked low bits index from there (a source population
 * maps to consecutive rows).
 */
public final class InputMap {
    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param key      key bits to match
     * @param mask     which bits take part
     * @param firstRow row of the population's neuron 0
     */
    public record Entry(int key, int mask, int firstRow) {
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
     * @param rows rows of the tile
     * @return the row it drives, or −1 if no entry maps it inside the array
     */
    public int row(int key, int rows) {
        for (Entry e : entries) {
            if ((key & e.mask()) == (e.key() & e.mask())) {
                long row = (long) e.firstRow() + (key & ~e.mask());
                return row < rows ? (int) row : -1;
            }
        }
        return -1;
    }
}
