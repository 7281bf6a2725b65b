package org.neuromtj.chip.npu.router;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Committing new routing tables: the check every mesh, model or RTL, makes before tables take effect —
 * that with them every key whose source router has an entry is routed within the mesh, without a loop,
 * X before Y — and the rollback when they fail it.
 */
public final class RouteCommit {

    private RouteCommit() {
    }

    /**
     * Replaces several routers' tables at once, after the check.
     *
     * @param config    the mesh
     * @param tables    every router's table, changed in place
     * @param newTables new entries per router
     * @throws RoutingException naming the router, key and problem; then no table changes
     */
    public static void commit(RouterConfig config, RoutingTable[] tables, Map<Integer, List<RoutingTable.Entry>> newTables) {
        for (Map.Entry<Integer, List<RoutingTable.Entry>> t : newTables.entrySet()) {
            int tile = t.getKey();
            if (tile < 0 || tile >= config.tiles()) {
                throw new RoutingException(tile, " does not exist in a " + config.width() + "x"
                        + config.height() + " mesh");
            }
            if (t.getValue().size() > config.tableEntries()) {
                throw new RoutingException(tile, ": " + t.getValue().size()
                        + " entries, the table holds " + config.tableEntries());
            }
            for (RoutingTable.Entry e : t.getValue()) {
                if ((e.ports() & ~((1 << Port.ALL.length) - 1)) != 0 || e.ports() == 0) {
                    throw new RoutingException(tile, ": key 0x" + Integer.toHexString(e.key())
                            + " has route mask 0x" + Integer.toHexString(e.ports()) + ": must name 1 to 5 ports");
                }
            }
        }
        Map<Integer, List<RoutingTable.Entry>> old = new HashMap<>();
        newTables.forEach((tile, entries) -> {
            old.put(tile, new ArrayList<>(tables[tile].entries()));
            tables[tile].set(entries);
        });
        try {
            for (int t = 0; t < config.tiles(); t++) {
                for (RoutingTable.Entry e : tables[t].entries()) {
                    int source = e.key() >>> 16;
                    if (source < config.tiles() && tables[source].lookup(e.key()) != 0) {
                        trace(config, tables, e.key(), source);
                    }
                }
            }
        } catch (RoutingException ex) {
            old.forEach((tile, entries) -> tables[tile].set(entries));
            throw ex;
        }
    }

    /** Follows a key's multicast tree from its source, refusing edges, loops and Y-before-X turns. */
    private static void trace(RouterConfig config, RoutingTable[] tables, int key, int source) {
        ArrayDeque<int[]> work = new ArrayDeque<>();
        Set<Integer> visited = new HashSet<>();
        work.add(new int[] {source, Port.LOCAL.ordinal()});
        while (!work.isEmpty()) {
            int[] at = work.poll();
            int tile = at[0];
            Port in = Port.ALL[at[1]];
            if (!visited.add(tile)) {
                throw new RoutingException(tile, ": key 0x" + Integer.toHexString(key)
                        + " comes back to a router it has passed: a loop");
            }
            int mask = multicastRoute(tables[tile], key, in);
            for (Port out : Port.ALL) {
                if ((mask & out.bit()) == 0 || out == Port.LOCAL) {
                    continue;
                }
                if (out == in) {
                    throw new RoutingException(tile, ": key 0x" + Integer.toHexString(key)
                            + " would turn back through " + out);
                }
                if (out.isHorizontal() && in != Port.LOCAL && !in.isHorizontal()) {
                    throw new RoutingException(tile, ": key 0x" + Integer.toHexString(key)
                            + " turns from y back to x (" + in + " to " + out + "): routes must go X then Y");
                }
                int next = config.neighbour(tile, out);
                if (next < 0) {
                    throw new RoutingException(tile, ": key 0x" + Integer.toHexString(key)
                            + " leaves through " + out + " to a tile the mesh does not have");
                }
                work.add(new int[] {next, out.opposite().ordinal()});
            }
        }
    }

    /** The table's route for a key arriving through {@code in}, or straight on when no entry matches. */
    static int multicastRoute(RoutingTable table, int key, Port in) {
        int mask = table.lookup(key);
        if (mask == 0 && in != Port.LOCAL) {
            mask = in.opposite().bit();
        }
        return mask;
    }
}
