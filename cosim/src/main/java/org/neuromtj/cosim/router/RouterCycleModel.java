package org.neuromtj.cosim.router;

import static org.neuromtj.cosim.router.RouterPorts.*;

import java.util.Arrays;
import org.neuromtj.chip.npu.router.EventRouter;
import org.neuromtj.chip.npu.router.Injection;
import org.neuromtj.chip.npu.router.Packet;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.chip.npu.router.RouterConfig;
import org.neuromtj.chip.npu.router.RoutingTable;
import org.neuromtj.cosim.CycleModel;

/**
 * The router mesh's cycle behaviour is the emulator's {@link EventRouter} itself, stepped once per
 * edge: injections first, then its cycle with a sink that takes what the tile's ready bit allows, then
 * the table write. What the RTL adds is only the wrapping: packets carried as key and id, results
 * registered one edge later, the last delivered key and id held per tile.
 */
public final class RouterCycleModel extends CycleModel {
    private EventRouter router;
    private RouterConfig config;
    private long cycle;
    private final int[] key = new int[TILES];
    private final int[] id = new int[TILES];

    /** A mesh that holds nothing until its first reset. */
    public RouterCycleModel() {
        super(INPUTS, OUTPUTS);
    }

    @Override
    protected void edge(int[] in, int i, int[] out, int o) {
        int status = 0;
        int delivered = 0;
        if (in[i + RST] != 0) {
            config = new RouterConfig(in[i + CFG_WIDTH], in[i + CFG_HEIGHT], in[i + CFG_DEPTH], in[i + CFG_HOP],
                    in[i + CFG_LINK], ENTRIES);
            router = new EventRouter(config);
            cycle = 0;
            Arrays.fill(key, 0);
            Arrays.fill(id, 0);
        } else {
            for (int t = 0; t < config.tiles(); t++) {
                int ctl = in[i + INJ_CTL + t];
                if ((ctl & CTL_VALID) != 0) {
                    int k = in[i + INJ_KEY + t];
                    Packet p = new Packet(k >>> 16, k & 0xFFFF, 0, ctl & 0xFFFF,
                            (ctl & CTL_UNICAST) != 0 ? ctl >>> 16 & 0xF : Packet.MULTICAST, cycle);
                    status |= code(router.inject(t, p)) << 2 * t;
                }
            }
            int ready = in[i + SINK_READY];
            int[] taken = {0};
            router.step(cycle, (t, p, c) -> {
                if ((ready >>> t & 1) == 0) {
                    return false;
                }
                taken[0] |= 1 << t;
                key[t] = p.key();
                id[t] = p.payload();
                return true;
            });
            delivered = taken[0];
            cycle++;
            if (in[i + TBL_WE] != 0) {
                router.writeEntry(in[i + TBL_TILE], in[i + TBL_INDEX], in[i + TBL_VALID] == 0 ? null
                        : new RoutingTable.Entry(in[i + TBL_KEY], in[i + TBL_MASK], in[i + TBL_PORTS]));
            }
        }
        int full = 0;
        for (int t = 0; t < TILES; t++) {
            int ports = 0;
            for (Port p : Port.ALL) {
                ports |= t < config.tiles() && router.fifoLevel(t, p) >= config.fifoDepth() ? p.bit() : 0;
            }
            out[o + FIFO_FULL + t] = ports;
            full |= (ports & Port.LOCAL.bit()) != 0 ? 1 << t : 0;
        }
        out[o + INJ_STATUS] = status;
        out[o + LOCAL_FULL] = full;
        out[o + OUT_VALID] = delivered;
        System.arraycopy(key, 0, out, o + OUT_KEY, TILES);
        System.arraycopy(id, 0, out, o + OUT_ID, TILES);
        out[o + IDLE] = router.isIdle() ? 1 : 0;
        out[o + HOPS_COUNT] = (int) router.hops();
        out[o + STALLS] = (int) router.stalls();
        out[o + MISROUTED] = (int) router.misrouted();
    }

    /** @return an injection's two-bit status on inj_status */
    static int code(Injection result) {
        return switch (result) {
            case ACCEPTED -> 1;
            case FULL -> 2;
            case UNROUTABLE -> 3;
        };
    }
}
