package org.neuromtj.chip.npu.router;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A router's multicast table, as in SpiNNaker: the first valid entry whose masked key matches a packet's
 * key gives the set of ports the packet is copied to. A packet that matches no entry takes the default
 * route: on through the port opposite the one it came in by (and, at its source, nowhere: an
 * unrouted injection is an error).
 */
public final class RoutingTable {
    private final List<Entry> entries = new ArrayList<>();

    /**
     * One table entry.
     *
     * @param key    key bits to match
     * @param mask   which bits of the key take part
     * @param ports  route mask: bit {@link Port#bit()} for each port a copy leaves by
     */
    public record Entry(int key, int mask, int ports) {
        /** @return whether a packet key matches */
        public boolean matches(int packetKey) {
            return (packetKey & mask) == (key & mask);
        }
    }

    /** @return the valid entries in match order */
    public List<Entry> entries() {
        List<Entry> valid = new ArrayList<>();
        for (Entry e : entries) {
            if (e != null) {
                valid.add(e);
            }
        }
        return Collections.unmodifiableList(valid);
    }

    /**
     * @param packetKey a packet's key
     * @return the route mask of the first matching entry, or 0 if none matches
     */
    public int lookup(int packetKey) {
        for (Entry e : entries) {
            if (e != null && e.matches(packetKey)) {
                return e.ports();
            }
        }
        return 0;
    }

    void set(List<Entry> newEntries) {
        entries.clear();
        entries.addAll(newEntries);
    }

    /** Writes one slot, as a table RAM's write port does; null leaves it invalid. */
    void write(int index, Entry entry) {
        while (entries.size() <= index) {
            entries.add(null);
        }
        entries.set(index, entry);
    }
}
