package org.neuromtj.cosim.router;

import java.util.ArrayList;
import java.util.List;
import org.neuromtj.cosim.Signal;

/** The ports of {@code rtl/router/router_mesh.sv}, in packing order, and their word positions. */
public final class RouterPorts {
    /** Tiles the RTL mesh has ports for: up to 4 × 4. */
    public static final int TILES = 16;
    /** Largest width or height. */
    public static final int SIDE = 4;
    /** Deepest input FIFO. */
    public static final int DEPTH = 8;
    /** Longest hop latency. */
    public static final int HOPS = 8;
    /** Longest link occupancy per packet. */
    public static final int LINK = 15;
    /** Table entries per router. */
    public static final int ENTRIES = 16;

    static final int RST = 0;
    static final int CFG_WIDTH = 1;
    static final int CFG_HEIGHT = 2;
    static final int CFG_DEPTH = 3;
    static final int CFG_HOP = 4;
    static final int CFG_LINK = 5;
    static final int TBL_WE = 6;
    static final int TBL_TILE = 7;
    static final int TBL_INDEX = 8;
    static final int TBL_VALID = 9;
    static final int TBL_KEY = 10;
    static final int TBL_MASK = 11;
    static final int TBL_PORTS = 12;
    static final int INJ_KEY = 13;
    static final int INJ_CTL = INJ_KEY + TILES;
    static final int SINK_READY = INJ_CTL + TILES;

    static final int INJ_STATUS = 0;
    static final int LOCAL_FULL = 1;
    static final int FIFO_FULL = 2;
    static final int OUT_VALID = FIFO_FULL + TILES;
    static final int OUT_KEY = OUT_VALID + 1;
    static final int OUT_ID = OUT_KEY + TILES;
    static final int IDLE = OUT_ID + TILES;
    static final int HOPS_COUNT = IDLE + 1;
    static final int STALLS = HOPS_COUNT + 1;
    static final int MISROUTED = STALLS + 1;

    /** inj_ctl: the tile offers a packet. */
    static final int CTL_VALID = 1 << 31;
    /** inj_ctl: the packet is unicast to the destination in bits 19..16. */
    static final int CTL_UNICAST = 1 << 30;

    /** The inputs. */
    public static final List<Signal> INPUTS;
    /** The outputs. */
    public static final List<Signal> OUTPUTS;

    static {
        List<Signal> in = new ArrayList<>(List.of(new Signal("rst", 1), new Signal("cfg_width", 3),
                new Signal("cfg_height", 3), new Signal("cfg_depth", 4), new Signal("cfg_hop", 4),
                new Signal("cfg_link", 4), new Signal("tbl_we", 1), new Signal("tbl_tile", 4),
                new Signal("tbl_index", 4), new Signal("tbl_valid", 1), new Signal("tbl_key", 32),
                new Signal("tbl_mask", 32), new Signal("tbl_ports", 5)));
        perTile(in, "inj_key_", 32);
        perTile(in, "inj_ctl_", 32);
        in.add(new Signal("sink_ready", TILES));
        List<Signal> out = new ArrayList<>(List.of(new Signal("inj_status", 32), new Signal("local_full", TILES)));
        perTile(out, "fifo_full_", 5);
        out.add(new Signal("out_valid", TILES));
        perTile(out, "out_key_", 32);
        perTile(out, "out_id_", 16);
        out.addAll(List.of(new Signal("idle", 1), new Signal("hops", 32), new Signal("stalls", 32),
                new Signal("misrouted", 32)));
        INPUTS = List.copyOf(in);
        OUTPUTS = List.copyOf(out);
    }

    private RouterPorts() {
    }

    private static void perTile(List<Signal> into, String prefix, int width) {
        for (int t = 0; t < TILES; t++) {
            into.add(new Signal(prefix + t, width));
        }
    }

    /** @return the inj_ctl word offering a packet with this routing and id */
    public static int control(boolean unicast, int destination, int id) {
        return CTL_VALID | (unicast ? CTL_UNICAST : 0) | (destination & 0xF) << 16 | id & 0xFFFF;
    }
}
