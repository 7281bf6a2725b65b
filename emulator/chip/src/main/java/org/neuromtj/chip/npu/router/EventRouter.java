package org.neuromtj.chip.npu.router;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The 2-D mesh of routers that carries address events between tiles.
 *
 * <h2>Timing</h2>
 * Every router has a FIFO of {@code fifoDepth} packets on each of its five inputs. Each cycle each
 * output port grants one of the input heads that want it, round robin; a granted packet on a link
 * occupies the link for {@code linkCyclesPerPacket} cycles and arrives in the neighbour's input FIFO
 * {@code hopLatencyCycles} later. A link may only send when the downstream FIFO has room for the
 * packet, counting the ones already in flight (credits), so a full FIFO stalls its sender and no
 * packet is ever dropped; every cycle a head is held back for want of credit, link or sink is a stall.
 * A multicast head is copied to each of its output ports as each becomes free, and leaves its FIFO
 * when the last copy has gone.
 *
 * <h2>Two phases</h2>
 * A cycle first lets links deliver, then every output decides from the state at the start of the
 * cycle, and only then are served heads removed and freed credits returned; so the order in which
 * routers are visited never changes the result.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Order:</b> packets from one source to one destination arrive in the order they were
 *       injected: the route is a function of the packet's key or destination, every FIFO and link is
 *       first-in first-out, and a head blocks the packets behind it until all its copies have left.
 *   <li><b>No deadlock:</b> unicast packets go X then Y; multicast tables are refused unless every route
 *       also goes X then Y (a packet that has moved in y never turns back to x, and never makes a
 *       U-turn). Channels can then be ordered — all x-channels before all y-channels, each dimension
 *       along its direction — so that every packet waits only on channels later in that order: the
 *       channel dependency graph has no cycle, and as long as tiles keep taking packets at their local
 *       ports, every packet is delivered.
 * </ul>
 */
public final class EventRouter implements Mesh, Stateful {
    private static final int PORTS = Port.ALL.length;

    private final RouterConfig config;
    private final RoutingTable[] tables;
    private final ArrayDeque<Packet>[][] fifo;
    private final int[][] pending;
    /** Packets sent toward each link input and not yet taken out of its FIFO: the spent credits. */
    private final int[][] reserved;
    private final int[][] freed;
    private final long[][] linkFreeAt;
    private final int[][] roundRobin;
    private final ArrayDeque<InFlight>[][] links;
    /** Packets in each router's input FIFOs, all ports together. */
    private final int[] buffered;
    private long stalls;
    private long hops;
    private long misrouted;
    private int inMesh;

    private record InFlight(Packet packet, long arrival) {
    }

    private HopListener hopListener = (tile, port, key, cycle) -> { };

    /** @param config mesh size, FIFOs and link timing */
    @SuppressWarnings("unchecked")
    public EventRouter(RouterConfig config) {
        this.config = config;
        int n = config.tiles();
        this.tables = new RoutingTable[n];
        this.fifo = new ArrayDeque[n][PORTS];
        this.links = new ArrayDeque[n][PORTS];
        this.pending = new int[n][PORTS];
        this.reserved = new int[n][PORTS];
        this.freed = new int[n][PORTS];
        this.linkFreeAt = new long[n][PORTS];
        this.roundRobin = new int[n][PORTS];
        this.buffered = new int[n];
        for (int t = 0; t < n; t++) {
            tables[t] = new RoutingTable();
            for (int p = 0; p < PORTS; p++) {
                fifo[t][p] = new ArrayDeque<>();
                links[t][p] = new ArrayDeque<>();
            }
        }
    }

    /** @return the mesh's configuration */
    public RouterConfig config() {
        return config;
    }

    @Override
    public RoutingTable table(int tile) {
        return tables[tile];
    }

    @Override
    public void setTables(Map<Integer, List<RoutingTable.Entry>> newTables) {
        RouteCommit.commit(config, tables, newTables);
    }

    /**
     * Writes one table slot as the hardware's write port does, without the route check of
     * {@link #setTables}; the RTL's cycle model uses it.
     *
     * @param tile  the router
     * @param index the slot
     * @param entry the entry, or null to clear the slot
     */
    public void writeEntry(int tile, int index, RoutingTable.Entry entry) {
        tables[tile].write(index, entry);
    }

    private int route(Packet p, int tile, Port in) {
        if (!p.isMulticast()) {
            int dx = config.x(p.destination()) - config.x(tile);
            int dy = config.y(p.destination()) - config.y(tile);
            Port out = dx > 0 ? Port.EAST : dx < 0 ? Port.WEST : dy > 0 ? Port.SOUTH : dy < 0 ? Port.NORTH : Port.LOCAL;
            return out.bit();
        }
        int mask = RouteCommit.multicastRoute(tables[tile], p.key(), in);
        for (Port out : Port.ALL) {
            if ((mask & out.bit()) != 0 && out != Port.LOCAL && config.neighbour(tile, out) < 0) {
                // Only a key no validated entry covers can get here; it ends at this router's tile.
                misrouted++;
                mask = (mask & ~out.bit()) | Port.LOCAL.bit();
            }
        }
        return mask;
    }

    @Override
    public Injection inject(int tile, Packet packet) {
        if (packet.isMulticast() ? tables[tile].lookup(packet.key()) == 0
                : packet.destination() < 0 || packet.destination() >= config.tiles()) {
            return Injection.UNROUTABLE;
        }
        int local = Port.LOCAL.ordinal();
        if (fifo[tile][local].size() >= config.fifoDepth()) {
            return Injection.FULL;
        }
        push(tile, local, packet);
        return Injection.ACCEPTED;
    }

    private void push(int tile, int port, Packet packet) {
        ArrayDeque<Packet> q = fifo[tile][port];
        q.add(packet);
        buffered[tile]++;
        if (q.size() == 1) {
            pending[tile][port] = route(packet, tile, Port.ALL[port]);
        }
        inMesh++;
    }

    @Override
    public void step(long cycle, SpikeSink sink) {
        int n = config.tiles();
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < PORTS; p++) {
                ArrayDeque<InFlight> link = links[t][p];
                while (!link.isEmpty() && link.peek().arrival() <= cycle) {
                    Packet packet = link.poll().packet();
                    int next = config.neighbour(t, Port.ALL[p]);
                    inMesh--;
                    push(next, Port.ALL[p].opposite().ordinal(), packet);
                }
            }
        }
        // A router whose input FIFOs are empty grants nothing and frees nothing this cycle.
        for (int t = 0; t < n; t++) {
            for (int out = 0; out < PORTS && buffered[t] > 0; out++) {
                grant(t, out, cycle, sink);
            }
        }
        for (int t = 0; t < n; t++) {
            for (int in = 0; in < PORTS && buffered[t] > 0; in++) {
                ArrayDeque<Packet> q = fifo[t][in];
                if (!q.isEmpty() && pending[t][in] == 0) {
                    q.poll();
                    buffered[t]--;
                    inMesh--;
                    if (in != Port.LOCAL.ordinal()) {
                        freed[t][in]++;
                    }
                    if (!q.isEmpty()) {
                        pending[t][in] = route(q.peek(), t, Port.ALL[in]);
                    }
                }
                reserved[t][in] -= freed[t][in];
                freed[t][in] = 0;
            }
        }
    }

    private void grant(int tile, int out, long cycle, SpikeSink sink) {
        int bit = 1 << out;
        int start = roundRobin[tile][out];
        boolean wanted = false;
        for (int k = 1; k <= PORTS; k++) {
            int in = (start + k) % PORTS;
            if (fifo[tile][in].isEmpty() || (pending[tile][in] & bit) == 0) {
                continue;
            }
            wanted = true;
            Packet head = fifo[tile][in].peek();
            if (out == Port.LOCAL.ordinal()) {
                if (!sink.offer(tile, head, cycle)) {
                    break;
                }
            } else {
                int next = config.neighbour(tile, Port.ALL[out]);
                int nextIn = Port.ALL[out].opposite().ordinal();
                if (linkFreeAt[tile][out] > cycle || reserved[next][nextIn] >= config.fifoDepth()) {
                    break;
                }
                reserved[next][nextIn]++;
                linkFreeAt[tile][out] = cycle + config.linkCyclesPerPacket();
                links[tile][out].add(new InFlight(head, cycle + config.hopLatencyCycles()));
                inMesh++;
                hops++;
                hopListener.hop(tile, out, head.key(), cycle);
            }
            pending[tile][in] &= ~bit;
            roundRobin[tile][out] = in;
            return;
        }
        if (wanted) {
            stalls++;
        }
    }

    /** @return packets in FIFOs or on links */
    public int packetsInFlight() {
        return inMesh;
    }

    @Override
    public boolean isIdle() {
        return inMesh == 0;
    }

    @Override
    public long stalls() {
        return stalls;
    }

    @Override
    public long hops() {
        return hops;
    }

    /** @return packets that met no route at a router where their key was never validated */
    public long misrouted() {
        return misrouted;
    }

    @Override
    public void onHop(HopListener listener) {
        hopListener = listener;
    }

    /** @return packets waiting in a router's input FIFO */
    @Override
    public int fifoLevel(int tile, Port port) {
        return fifo[tile][port.ordinal()].size();
    }

    /**
     * The tables, the round-robin pointers, when each link is next free, and the counters. Saved between
     * timesteps, when the mesh is empty.
     *
     * @throws StateException if packets are in flight
     */
    @Override
    public void save(StateWriter out) {
        if (!isIdle()) {
            throw new StateException("the mesh has packets in flight; a snapshot is taken between timesteps");
        }
        out.section("router");
        for (RoutingTable t : tables) {
            List<RoutingTable.Entry> entries = t.entries();
            out.i32(entries.size());
            for (RoutingTable.Entry e : entries) {
                out.bool(e != null);
                if (e != null) {
                    out.ints(new int[] {e.key(), e.mask(), e.ports()});
                }
            }
        }
        for (int t = 0; t < tables.length; t++) {
            out.ints(roundRobin[t]);
            out.longs(linkFreeAt[t]);
        }
        out.longs(new long[] {stalls, hops, misrouted});
    }

    @Override
    public void restore(StateReader in) {
        in.section("router");
        for (RoutingTable t : tables) {
            t.set(List.of());
            int n = in.i32();
            for (int k = 0; k < n; k++) {
                if (in.bool()) {
                    int[] e = in.ints(3);
                    t.write(k, new RoutingTable.Entry(e[0], e[1], e[2]));
                } else {
                    t.write(k, null);
                }
            }
        }
        for (int t = 0; t < tables.length; t++) {
            System.arraycopy(in.ints(PORTS), 0, roundRobin[t], 0, PORTS);
            System.arraycopy(in.longs(PORTS), 0, linkFreeAt[t], 0, PORTS);
        }
        long[] c = in.longs(3);
        stalls = c[0];
        hops = c[1];
        misrouted = c[2];
    }
}
