package org.neuromtj.chip.npu.router;

/** Where packets leave the mesh: a tile's input spike buffer, which may refuse when full. */
@FunctionalInterface
public interface SpikeSink {

    /**
     * @param tile   the tile the packet reached
     * @param packet the packet
     * @param cycle  the NPU cycle of delivery
     * @return whether it was taken; a refusal holds the packet in the router (backpressure)
     */
    boolean offer(int tile, Packet packet, long cycle);
}
