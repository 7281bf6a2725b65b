package org.neuromtj.chip.npu.router;

/**
 * The mesh and its routers.
 *
 * @param width                tiles in x
 * @param height               tiles in y
 * @param fifoDepth            packets each router input buffers
 * @param hopLatencyCycles     cycles from leaving a router until arriving in the next one's input FIFO
 * @param linkCyclesPerPacket  cycles a link is busy per packet (packet bits over link width)
 * @param tableEntries         routing table entries per router
 */
public record RouterConfig(int width, int height, int fifoDepth, int hopLatencyCycles, int linkCyclesPerPacket,
                           int tableEntries) {

    public RouterConfig {
        if (width < 1 || height < 1 || fifoDepth < 1 || hopLatencyCycles < 1 || linkCyclesPerPacket < 1
                || tableEntries < 0) {
            throw new IllegalArgumentException("invalid router configuration " + this);
        }
    }

    /** @return tiles in the mesh */
    public int tiles() {
        return width * height;
    }

    /** @return the tile at (x, y) */
    public int tile(int x, int y) {
        return y * width + x;
    }

    /** @return the x of a tile */
    public int x(int tile) {
        return tile % width;
    }

    /** @return the y of a tile */
    public int y(int tile) {
        return tile / width;
    }

    /** @return the neighbour of {@code tile} through {@code port}, or −1 at the edge */
    public int neighbour(int tile, Port port) {
        int x = x(tile) + port.dx();
        int y = y(tile) + port.dy();
        return x < 0 || y < 0 || x >= width || y >= height ? -1 : tile(x, y);
    }
}
