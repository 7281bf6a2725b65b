package org.neuromtj.chip.npu.router;

/** The five ports of a mesh router: its own tile and its four neighbours. */
public enum Port {
    /** The router's own tile. */
    LOCAL(0, 0),
    /** Toward y − 1. */
    NORTH(0, -1),
    /** Toward x + 1. */
    EAST(1, 0),
    /** Toward y + 1. */
    SOUTH(0, 1),
    /** Toward x − 1. */
    WEST(-1, 0);

    /** The ports in ordinal order. */
    public static final Port[] ALL = values();

    private final int dx;
    private final int dy;

    Port(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** @return the step in x a packet leaving through this port takes */
    public int dx() {
        return dx;
    }

    /** @return the step in y a packet leaving through this port takes */
    public int dy() {
        return dy;
    }

    /** @return the port a packet leaving through this one arrives on at the neighbour */
    public Port opposite() {
        return switch (this) {
            case LOCAL -> LOCAL;
            case NORTH -> SOUTH;
            case SOUTH -> NORTH;
            case EAST -> WEST;
            case WEST -> EAST;
        };
    }

    /** @return this port's bit in a route mask */
    public int bit() {
        return 1 << ordinal();
    }

    /** @return whether this port moves a packet in x */
    public boolean isHorizontal() {
        return dx != 0;
    }
}
