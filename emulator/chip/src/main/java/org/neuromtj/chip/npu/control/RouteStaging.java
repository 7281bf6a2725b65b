package org.neuromtj.chip.npu.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neuromtj.chip.npu.InputMap;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.router.RoutingException;
import org.neuromtj.chip.npu.router.RoutingTable;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * Routing tables and input maps as the firmware writes them: route entries are staged per router and
 * reach the mesh together on a commit, which the router validates as a whole; input-map entries take
 * effect at once. A refused entry or commit names its router in ROUTE_ERROR_TILE and raises the route
 * error.
 */
final class RouteStaging {
    private final Npu npu;
    private final NpuStatus status;
    private final Map<Integer, List<RoutingTable.Entry>> staged = new HashMap<>();
    private int errorTile;

    RouteStaging(Npu npu, NpuStatus status) {
        this.npu = npu;
        this.status = status;
    }

    /** @return the router named by the last refused entry or commit */
    int errorTile() {
        return errorTile;
    }

    /** Puts an entry into a router's staged table, at its index or appended just past the last. */
    void stage(int tile, int index, RoutingTable.Entry entry) {
        List<RoutingTable.Entry> table = staged.computeIfAbsent(tile, t -> new ArrayList<>(
                t >= 0 && t < npu.config().mesh().tiles() ? npu.router().table(t).entries() : List.of()));
        if (index < 0 || index > table.size() || index >= npu.config().mesh().tableEntries()) {
            errorTile = tile;
            status.error(ChipRegisters.Npu.STATUS_ROUTE_ERROR);
            return;
        }
        if (index == table.size()) {
            table.add(entry);
        } else {
            table.set(index, entry);
        }
    }

    /** Carries out a ROUTE_CMD: clear a router's staged table, commit every staged table, or both. */
    void command(int tile, long command) {
        if ((command & ChipRegisters.Npu.ROUTE_CMD_CLEAR) != 0) {
            staged.put(tile, new ArrayList<>());
        }
        if ((command & ChipRegisters.Npu.ROUTE_CMD_COMMIT) != 0) {
            try {
                npu.router().setTables(staged);
            } catch (RoutingException e) {
                errorTile = e.router();
                status.error(ChipRegisters.Npu.STATUS_ROUTE_ERROR);
            }
            staged.clear();
        }
    }

    /** Stores an input-map entry of a tile at its index, or appended. */
    void map(int tile, int index, InputMap.Entry entry) {
        if (tile < 0 || tile >= npu.config().mesh().tiles() || index < 0
                || index >= npu.config().inputMapEntries()) {
            status.error(ChipRegisters.Npu.STATUS_ROUTE_ERROR);
            return;
        }
        InputMap map = npu.inputMap(tile);
        List<InputMap.Entry> entries = new ArrayList<>(map.entries());
        if (index < entries.size()) {
            entries.set(index, entry);
        } else {
            entries.add(entry);
        }
        map.set(entries);
    }

    /** Forgets the staged tables. */
    void reset() {
        staged.clear();
    }

    void save(StateWriter out) {
        out.section("route-staging");
        out.section("error-tile");
        out.i32(errorTile);
        out.section("staged");
        out.i32(staged.size());
        for (Map.Entry<Integer, List<RoutingTable.Entry>> t : new TreeMap<>(staged).entrySet()) {
            out.i32(t.getKey());
            out.i32(t.getValue().size());
            for (RoutingTable.Entry e : t.getValue()) {
                out.ints(new int[] {e.key(), e.mask(), e.ports()});
            }
        }
    }

    void restore(StateReader in) {
        in.section("route-staging");
        in.section("error-tile");
        errorTile = in.i32();
        in.section("staged");
        staged.clear();
        int tables = in.i32();
        for (int k = 0; k < tables; k++) {
            int tile = in.i32();
            List<RoutingTable.Entry> entries = new ArrayList<>();
            int n = in.i32();
            for (int e = 0; e < n; e++) {
                int[] v = in.ints(3);
                entries.add(new RoutingTable.Entry(v[0], v[1], v[2]));
            }
            staged.put(tile, entries);
        }
    }
}
