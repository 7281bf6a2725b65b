package org.neuromtj.emulator.npu.router;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
public final class EventRouter {
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
    private long stalls;
    private long hops;
    private long misrouted;
    private int inMesh;

    private record InFlight(Packet packet, long arrival) {
    }

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

    /** @return a router's table */
    public RoutingTable table(int tile) {
        return tables[tile];
    }

    /**
     * Replaces one router's table; see {@link #setTables}.
     *
     * @param tile    the router
     * @param entries its new entries
     */
    public void setTable(int tile, List<RoutingTable.Entry> entries) {
        setTables(Map.of(tile, entries));
    }

    /**
     * Replaces several routers' tables at once, after checking that with them every key whose source
     * router has an entry is routed within the mesh, without a loop, X before Y. Tables written one at a
     * time should be written from the leaves of a tree toward its source.
     *
     * @param newTables new entries per router
     * @throws RoutingException naming the router, key and problem; then no table changes
     */
    public void setTables(Map<Integer, List<RoutingTable.Entry>> newTables) {
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
                if ((e.ports() & ~((1 << PORTS) - 1)) != 0 || e.ports() == 0) {
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
                        trace(e.key(), source);
                    }
                }
            }
        } catch (RoutingException ex) {
            old.forEach((tile, entries) -> tables[tile].set(entries));
            throw ex;
        }
    }

    /** Follows a key's multicast tree from its source, refusing edges, loops and Y-before-X turns. */
    private void trace(int key, int source) {
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
            int mask = multicastRoute(key, tile, in);
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

    private int multicastRoute(int key, int tile, Port in) {
        int mask = tables[tile].lookup(key);
        if (mask == 0 && in != Port.LOCAL) {
            mask = in.opposite().bit();
        }
        return mask;
    }

    private int route(Packet p, int tile, Port in) {
        if (!p.isMulticast()) {
            int dx = config.x(p.destination()) - config.x(tile);
            int dy = config.y(p.destination()) - config.y(tile);
            Port out = dx > 0 ? Port.EAST : dx < 0 ? Port.WEST : dy > 0 ? Port.SOUTH : dy < 0 ? Port.NORTH : Port.LOCAL;
            return out.bit();
        }
        int mask = multicastRoute(p.key(), tile, in);
        for (Port out : Port.ALL) {
            if ((mask & out.bit()) != 0 && out != Port.LOCAL && config.neighbour(tile, out) < 0) {
                // Only a key no validated entry covers can get here; it ends at this router's tile.
                misrouted++;
                mask = (mask & ~out.bit()) | Port.LOCAL.bit();
            }
        }
        return mask;
    }

    /**
     * Offers a packet at its source tile's local input.
     *
     * @param tile   the source tile
     * @param packet the packet
     * @return whether it entered, must wait, or cannot be routed
     */
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
        if (q.size() == 1) {
            pending[tile][port] = route(packet, tile, Port.ALL[port]);
        }
        inMesh++;
    }

    /**
     * Advances the mesh by one NPU cycle.
     *
     * @param cycle the cycle being simulated
     * @param sink  where packets leave at their destinations
     */
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
        for (int t = 0; t < n; t++) {
            for (int out = 0; out < PORTS; out++) {
                grant(t, out, cycle, sink);
            }
        }
        for (int t = 0; t < n; t++) {
            for (int in = 0; in < PORTS; in++) {
                ArrayDeque<Packet> q = fifo[t][in];
                if (!q.isEmpty() && pending[t][in] == 0) {
                    q.poll();
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

    /** @return whether nothing is buffered or in flight */
    public boolean isIdle() {
        return inMesh == 0;
    }

    /** @return cycles in which a head could not leave for want of credit, link or sink */
    public long stalls() {
        return stalls;
    }

    /** @return packets sent over links */
    public long hops() {
        return hops;
    }

    /** @return packets that met no route at a router where their key was never validated */
    public long misrouted() {
        return misrouted;
    }

    /** @return packets waiting in a router's input FIFO */
    public int fifoLevel(int tile, Port port) {
        return fifo[tile][port.ordinal()].size();
    }
}
