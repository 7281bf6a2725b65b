package org.neuromtj.chip.npu.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EventRouterTest {

    /** Builds X-then-Y multicast tables from {@code source} to {@code destinations} for {@code key}. */
    static Map<Integer, List<RoutingTable.Entry>> tree(RouterConfig c, int source, Set<Integer> destinations, int key) {
        Map<Integer, Integer> masks = new HashMap<>();
        int sx = c.x(source);
        int sy = c.y(source);
        for (int d : destinations) {
            int dx = c.x(d);
            int dy = c.y(d);
            int x = sx;
            while (x != dx) {
                Port p = dx > x ? Port.EAST : Port.WEST;
                masks.merge(c.tile(x, sy), p.bit(), (a, b) -> a | b);
                x += p.dx();
            }
            int y = sy;
            while (y != dy) {
                Port p = dy > y ? Port.SOUTH : Port.NORTH;
                masks.merge(c.tile(dx, y), p.bit(), (a, b) -> a | b);
                y += p.dy();
            }
            masks.merge(d, Port.LOCAL.bit(), (a, b) -> a | b);
        }
        Map<Integer, List<RoutingTable.Entry>> out = new HashMap<>();
        masks.forEach((tile, mask) -> out.computeIfAbsent(tile, t -> new ArrayList<>())
                .add(new RoutingTable.Entry(key, 0xFFFFFFFF, mask)));
        return out;
    }

    @Property(tries = 60)
    void everyPacketArrivesExactlyOnceAtEveryDestinationInInjectionOrder(
            @ForAll @IntRange(min = 1, max = 4) int width, @ForAll @IntRange(min = 1, max = 4) int height,
            @ForAll @IntRange(min = 1, max = 4) int depth, @ForAll @IntRange(min = 1, max = 3) int hop,
            @ForAll @IntRange(min = 1, max = 3) int linkCycles, @ForAll @IntRange(min = 0, max = 90) int refusePercent,
            @ForAll long seed) {
        RouterConfig c = new RouterConfig(width, height, depth, hop, linkCycles, 64);
        EventRouter mesh = new EventRouter(c);
        Random rnd = new Random(seed);
        int n = c.tiles();
        // One multicast group per source neuron 0 of each tile, to a random set of tiles.
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        Map<Integer, List<RoutingTable.Entry>> all = new HashMap<>();
        for (int s = 0; s < n; s++) {
            Set<Integer> dests = new TreeSet<>();
            for (int d = 0; d < n; d++) {
                if (rnd.nextInt(3) == 0) {
                    dests.add(d);
                }
            }
            if (dests.isEmpty()) {
                dests.add(rnd.nextInt(n));
            }
            groups.put(s, dests);
            tree(c, s, dests, s << 16).forEach((t, e) -> all.computeIfAbsent(t, k -> new ArrayList<>()).addAll(e));
        }
        mesh.setTables(all);
        List<ArrayDeque<Packet>> toSend = new ArrayList<>();
        Map<Integer, Integer> expected = new HashMap<>();
        int sequence = 0;
        for (int s = 0; s < n; s++) {
            ArrayDeque<Packet> q = new ArrayDeque<>();
            int count = 1 + rnd.nextInt(40);
            for (int i = 0; i < count; i++) {
                boolean multicast = rnd.nextBoolean();
                int dest = multicast ? Packet.MULTICAST : rnd.nextInt(n);
                q.add(new Packet(s, 0, 0, sequence++, dest, 0));
            }
            toSend.add(q);
        }
        // delivered[tile] = payloads in arrival order
        List<List<Packet>> delivered = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            delivered.add(new ArrayList<>());
        }
        SpikeSink sink = (tile, p, cycle) -> {
            if (rnd.nextInt(100) < refusePercent) {
                return false;
            }
            delivered.get(tile).add(p);
            return true;
        };
        long cycle = 0;
        boolean sending = true;
        while (sending || !mesh.isIdle()) {
            sending = false;
            for (int s = 0; s < n; s++) {
                Packet p = toSend.get(s).peek();
                if (p != null) {
                    sending = true;
                    Injection result = mesh.inject(s, p);
                    assertTrue(result != Injection.UNROUTABLE, "routable by construction");
                    if (result == Injection.ACCEPTED) {
                        toSend.get(s).poll();
                    }
                }
            }
            mesh.step(cycle++, sink);
            assertTrue(cycle < 2_000_000, "the mesh stopped making progress: deadlock");
            for (int t = 0; t < n; t++) {
                for (Port port : Port.ALL) {
                    assertTrue(mesh.fifoLevel(t, port) <= depth, "FIFO over its depth at " + t + " " + port);
                }
            }
        }
        // Exactly once, at exactly the named destinations.
        Map<Integer, List<Integer>> arrivalsBySequence = new HashMap<>();
        for (int t = 0; t < n; t++) {
            for (Packet p : delivered.get(t)) {
                arrivalsBySequence.computeIfAbsent(p.payload(), k -> new ArrayList<>()).add(t);
            }
        }
        assertEquals(sequence, arrivalsBySequence.size(), "every packet arrived somewhere");
        for (int t = 0; t < n; t++) {
            for (Packet p : delivered.get(t)) {
                List<Integer> where = new ArrayList<>(arrivalsBySequence.get(p.payload()));
                List<Integer> named = p.isMulticast() ? new ArrayList<>(groups.get(p.sourceTile()))
                        : List.of(p.destination());
                java.util.Collections.sort(where);
                assertEquals(named, where, "packet " + p.payload());
            }
        }
        // In order per source and destination.
        for (int t = 0; t < n; t++) {
            Map<Integer, Integer> last = new HashMap<>();
            for (Packet p : delivered.get(t)) {
                Integer before = last.put(p.sourceTile(), p.payload());
                assertTrue(before == null || before < p.payload(), "order from " + p.sourceTile() + " to " + t);
            }
        }
        assertEquals(0, mesh.misrouted());
        assertEquals(0, mesh.packetsInFlight());
    }

    @Test
    void latencyGrowsWithHopsAsTheRouterParametersSay() {
        for (int hop : new int[] {1, 3}) {
            RouterConfig c = new RouterConfig(4, 4, 4, hop, 1, 8);
            for (int hopsAway = 0; hopsAway <= 6; hopsAway++) {
                EventRouter mesh = new EventRouter(c);
                int dest = hopsAway <= 3 ? c.tile(hopsAway, 0) : c.tile(3, hopsAway - 3);
                long[] arrived = {-1};
                mesh.inject(0, new Packet(0, 0, 0, 0, dest, 0));
                long cycle = 0;
                while (!mesh.isIdle()) {
                    long now = cycle;
                    mesh.step(cycle++, (t, p, cy) -> {
                        arrived[0] = now;
                        return true;
                    });
                }
                assertEquals((long) hopsAway * hop, arrived[0], hopsAway + " hops at " + hop + " cycles each");
            }
        }
    }

    @Test
    void aFullFifoStallsTheSenderAndCountsTheStalls() {
        RouterConfig c = new RouterConfig(2, 1, 2, 1, 1, 8);
        EventRouter mesh = new EventRouter(c);
        assertEquals(Injection.ACCEPTED, mesh.inject(0, new Packet(0, 0, 0, 0, 1, 0)));
        assertEquals(Injection.ACCEPTED, mesh.inject(0, new Packet(0, 0, 0, 1, 1, 0)));
        assertEquals(Injection.FULL, mesh.inject(0, new Packet(0, 0, 0, 2, 1, 0)));
        for (int cycle = 0; cycle < 10; cycle++) {
            mesh.step(cycle, (t, p, cy) -> false);
        }
        assertTrue(mesh.stalls() > 0);
        assertEquals(2, mesh.packetsInFlight(), "nothing dropped while the sink refuses");
    }

    @Test
    void tablesThatLeaveTheMeshLoopOrTurnFromYToXAreRefusedAndTheOldTableStays() {
        RouterConfig c = new RouterConfig(3, 3, 2, 1, 1, 8);
        EventRouter mesh = new EventRouter(c);
        RoutingException edge = assertThrows(RoutingException.class, () -> mesh.setTable(0,
                List.of(new RoutingTable.Entry(0, 0xFFFFFFFF, Port.WEST.bit()))));
        assertEquals("router 0: key 0x0 leaves through WEST to a tile the mesh does not have", edge.getMessage());
        // Default route straight on from tile 0 east: off the mesh after tile 2.
        assertThrows(RoutingException.class, () -> mesh.setTable(0,
                List.of(new RoutingTable.Entry(0, 0xFFFFFFFF, Port.EAST.bit()))));
        Map<Integer, List<RoutingTable.Entry>> yThenX = new HashMap<>();
        yThenX.put(0, List.of(new RoutingTable.Entry(0, 0xFFFFFFFF, Port.SOUTH.bit())));
        yThenX.put(3, List.of(new RoutingTable.Entry(0, 0xFFFFFFFF, Port.EAST.bit())));
        yThenX.put(4, List.of(new RoutingTable.Entry(0, 0xFFFFFFFF, Port.LOCAL.bit())));
        RoutingException turn = assertThrows(RoutingException.class, () -> mesh.setTables(yThenX));
        assertTrue(turn.getMessage().contains("turns from y back to x"), turn.getMessage());
        assertTrue(mesh.table(0).entries().isEmpty(), "a refused write changes no table");
        assertEquals(Injection.UNROUTABLE, mesh.inject(0, new Packet(0, 0, 0, 0, Packet.MULTICAST, 0)));
    }
}
