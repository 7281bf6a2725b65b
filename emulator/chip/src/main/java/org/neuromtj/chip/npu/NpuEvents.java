package org.neuromtj.chip.npu;

/**
 * What happens inside the NPU, told as it happens: for traces, waveforms and reports. Every method does
 * nothing unless overridden; a listener costs nothing where it does not look.
 */
public interface NpuEvents {

    /**
     * @param tile     the neuron's tile
     * @param neuron   the neuron
     * @param timestep the timestep it fired in
     */
    default void spike(int tile, int neuron, int timestep) {
    }

    /**
     * A spike entered the mesh as a packet.
     *
     * @param tile  its source tile
     * @param key   its routing key
     * @param cycle the cycle the router took it
     */
    default void injected(int tile, int key, long cycle) {
    }

    /**
     * A packet crossed a link.
     *
     * @param tile  the router it left
     * @param port  the port it left by (LOCAL, NORTH, EAST, SOUTH, WEST as {@code Port} orders them)
     * @param key   its key
     * @param cycle the cycle it left
     */
    default void hop(int tile, int port, int key, long cycle) {
    }

    /**
     * A packet reached its tile.
     *
     * @param tile  the tile
     * @param key   its key
     * @param row   the first row it drives, or −1 when the input map has no entry for it
     * @param cycle the cycle it arrived
     */
    default void delivered(int tile, int key, int row, long cycle) {
    }

    /** The mesh has run one cycle of a timestep's emit phase. @param cycle that cycle */
    default void routerCycle(long cycle) {
    }

    /**
     * A tile read its crossbar in a timestep.
     *
     * @param tile        the tile
     * @param timestep    the timestep
     * @param conversions TDC conversions it made
     * @param readCycles  NPU cycles the read took
     * @param codes       each string's TDC code (not to be kept: the next timestep reuses it)
     */
    default void conversions(int tile, int timestep, long conversions, long readCycles, int[] codes) {
    }

    /** @param report a timestep that has just run, with its phases and traffic */
    default void timestep(TimestepReport report) {
    }

    /**
     * An SOT pulse hit a crossbar cell.
     *
     * @param tile     the tile
     * @param row      the cell's row
     * @param column   its column
     * @param toParallel whether it drove the cell toward parallel (potentiation)
     * @param switched whether the cell moved one level
     */
    default void pulse(int tile, int row, int column, boolean toParallel, boolean switched) {
    }
}
