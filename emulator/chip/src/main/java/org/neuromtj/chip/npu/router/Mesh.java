package org.neuromtj.chip.npu.router;

import java.util.List;
import java.util.Map;

/**
 * The mesh of event routers as the NPU drives it, one cycle at a time: the Java model
 * ({@link EventRouter}) and the RTL proxy both implement it.
 */
public interface Mesh {

    /** @return a router's table as committed */
    RoutingTable table(int tile);

    /**
     * Replaces several routers' tables at once, after checking that with them every key whose source
     * router has an entry is routed within the mesh, without a loop, X before Y. Tables written one at a
     * time should be written from the leaves of a tree toward its source.
     *
     * @param newTables new entries per router
     * @throws RoutingException naming the router, key and problem; then no table changes
     */
    void setTables(Map<Integer, List<RoutingTable.Entry>> newTables);

    /**
     * Replaces one router's table; see {@link #setTables}.
     *
     * @param tile    the router
     * @param entries its new entries
     */
    default void setTable(int tile, List<RoutingTable.Entry> entries) {
        setTables(Map.of(tile, entries));
    }

    /**
     * Offers a packet at its source tile's local input, before this cycle's {@link #step}.
     *
     * @param tile   the source tile
     * @param packet the packet
     * @return whether it entered, must wait, or cannot be routed
     */
    Injection inject(int tile, Packet packet);

    /**
     * Advances the mesh by one NPU cycle.
     *
     * @param cycle the cycle being simulated
     * @param sink  where packets leave at their destinations
     */
    void step(long cycle, SpikeSink sink);

    /** @return whether nothing is buffered or in flight */
    boolean isIdle();

    /** @return cycles in which a head could not leave for want of credit, link or sink */
    long stalls();

    /** @return packets sent over links */
    long hops();

    /** Hears every packet that crosses a link. */
    @FunctionalInterface
    interface HopListener {
        /**
         * @param tile  the router it left
         * @param port  the port's ordinal in {@link Port}
         * @param key   the packet's key
         * @param cycle the cycle it left
         */
        void hop(int tile, int port, int key, long cycle);
    }

    /**
     * @param listener hears every hop from now on; a mesh whose hops cannot be seen (RTL) ignores it
     */
    default void onHop(HopListener listener) {
    }

    /**
     * @param tile a router
     * @param port one of its input ports
     * @return packets waiting in that FIFO, or −1 where the mesh cannot tell (RTL)
     */
    default int fifoLevel(int tile, Port port) {
        return -1;
    }
}
