package org.neuromtj.chip.npu.router;

/**
 * An address-event packet: which neuron of which tile spiked, in which timestep, with an optional
 * graded payload. A unicast packet names its destination tile and is routed X then Y; a multicast
 * packet is routed by the routing tables on its key, {@code sourceTile << 16 | sourceNeuron}.
 *
 * @param sourceTile    the tile whose neuron spiked
 * @param sourceNeuron  the neuron
 * @param timestep      the timestep tag
 * @param payload       graded payload, 0 for a plain spike
 * @param destination   the destination tile of a unicast packet, or {@link #MULTICAST}
 * @param injectedCycle the NPU cycle it entered the mesh, for latency
 */
public record Packet(int sourceTile, int sourceNeuron, int timestep, int payload, int destination,
                     long injectedCycle) {
    /** The destination of a packet routed by the tables. */
    public static final int MULTICAST = -1;

    /** @return the routing key */
    public int key() {
        return sourceTile << 16 | (sourceNeuron & 0xFFFF);
    }

    /** @return whether the tables route it */
    public boolean isMulticast() {
        return destination == MULTICAST;
    }
}
