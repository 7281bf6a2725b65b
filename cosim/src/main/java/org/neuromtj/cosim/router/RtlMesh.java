package org.neuromtj.cosim.router;

import static org.neuromtj.cosim.router.RouterPorts.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neuromtj.chip.npu.router.Injection;
import org.neuromtj.chip.npu.router.Mesh;
import org.neuromtj.chip.npu.router.Packet;
import org.neuromtj.chip.npu.router.RouteCommit;
import org.neuromtj.chip.npu.router.RouterConfig;
import org.neuromtj.chip.npu.router.RoutingTable;
import org.neuromtj.chip.npu.router.SpikeSink;
import org.neuromtj.cosim.RtlBlock;
import org.neuromtj.cosim.RtlException;

/**
 * The NPU's mesh from RTL, standing in for {@link org.neuromtj.chip.npu.router.EventRouter}: one
 * foreign call per mesh cycle, because the NPU decides each cycle's injections from the last one's
 * outcome. Tables are checked and committed exactly as the model commits them, then written into the
 * RTL's table RAMs. A packet travels as its key and a 16-bit id by which the proxy finds it again on
 * delivery; the RTL's own injection verdict is checked against the one given to the NPU.
 */
public final class RtlMesh implements Mesh, AutoCloseable {
    private final RouterConfig config;
    private final RtlBlock block;
    private final RoutingTable[] tables;
    private final Packet[] byId = new Packet[1 << 16];
    private final int[] base = new int[INPUTS.size()];
    private final int[] stimulus = new int[INPUTS.size()];
    private int[] response = new int[OUTPUTS.size()];
    private final int[] offered = new int[TILES];
    private int nextId;

    /**
     * @param config the mesh
     * @throws IllegalArgumentException naming the first dimension the RTL cannot hold
     */
    public RtlMesh(RouterConfig config) {
        check("width", config.width(), SIDE);
        check("height", config.height(), SIDE);
        check("fifo_depth", config.fifoDepth(), DEPTH);
        check("hop_latency_cycles", config.hopLatencyCycles(), HOPS);
        check("link_cycles_per_packet", config.linkCyclesPerPacket(), LINK);
        this.config = config;
        this.tables = new RoutingTable[config.tiles()];
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new RoutingTable();
        }
        base[CFG_WIDTH] = config.width();
        base[CFG_HEIGHT] = config.height();
        base[CFG_DEPTH] = config.fifoDepth();
        base[CFG_HOP] = config.hopLatencyCycles();
        base[CFG_LINK] = config.linkCyclesPerPacket();
        base[SINK_READY] = (1 << TILES) - 1;
        this.block = RtlBlock.open("router", INPUTS, OUTPUTS);
        int[] reset = base.clone();
        reset[RST] = 1;
        block.run(1, reset, response);
    }

    private static void check(String what, int value, int max) {
        if (value > max) {
            throw new IllegalArgumentException("mesh." + what + " = " + value + ": the router RTL holds at most "
                    + max);
        }
    }

    @Override
    public RoutingTable table(int tile) {
        return tables[tile];
    }

    @Override
    public void setTables(Map<Integer, List<RoutingTable.Entry>> newTables) {
        newTables.forEach((tile, entries) -> {
            if (entries.size() > ENTRIES) {
                throw new IllegalArgumentException("router " + tile + ": " + entries.size()
                        + " table entries; the router RTL holds " + ENTRIES);
            }
        });
        RouteCommit.commit(config, tables, newTables);
        List<int[]> cycles = new ArrayList<>();
        for (int tile : newTables.keySet()) {
            List<RoutingTable.Entry> entries = tables[tile].entries();
            for (int index = 0; index < ENTRIES; index++) {
                int[] w = base.clone();
                w[TBL_WE] = 1;
                w[TBL_TILE] = tile;
                w[TBL_INDEX] = index;
                if (index < entries.size()) {
                    RoutingTable.Entry e = entries.get(index);
                    w[TBL_VALID] = 1;
                    w[TBL_KEY] = e.key();
                    w[TBL_MASK] = e.mask();
                    w[TBL_PORTS] = e.ports();
                }
                cycles.add(w);
            }
        }
        int ni = INPUTS.size();
        int[] words = new int[cycles.size() * ni];
        for (int c = 0; c < cycles.size(); c++) {
            System.arraycopy(cycles.get(c), 0, words, c * ni, ni);
        }
        int[] out = new int[cycles.size() * OUTPUTS.size()];
        block.run(cycles.size(), words, out);
        if (!cycles.isEmpty()) {
            response = Arrays.copyOfRange(out, out.length - OUTPUTS.size(), out.length);
        }
    }

    @Override
    public Injection inject(int tile, Packet packet) {
        Injection result;
        if (packet.isMulticast() ? tables[tile].lookup(packet.key()) == 0
                : packet.destination() < 0 || packet.destination() >= config.tiles()) {
            result = Injection.UNROUTABLE;
        } else if ((response[LOCAL_FULL] >>> tile & 1) != 0) {
            result = Injection.FULL;
        } else {
            result = Injection.ACCEPTED;
        }
        if (offered[tile] != 0) {
            throw new IllegalStateException("tile " + tile + " offered two packets in one mesh cycle");
        }
        offered[tile] = RouterCycleModel.code(result);
        int id = nextId++ & 0xFFFF;
        byId[id] = packet;
        stimulus[INJ_KEY + tile] = packet.key();
        stimulus[INJ_CTL + tile] = control(!packet.isMulticast(), Math.max(0, packet.destination()), id);
        return result;
    }

    @Override
    public void step(long cycle, SpikeSink sink) {
        for (int w = 0; w < INJ_KEY; w++) {
            stimulus[w] = base[w];
        }
        stimulus[SINK_READY] = base[SINK_READY];
        block.run(1, stimulus, response);
        int expected = 0;
        for (int t = 0; t < TILES; t++) {
            expected |= offered[t] << 2 * t;
        }
        if (response[INJ_STATUS] != expected) {
            throw new RtlException("block router: injection status 0x" + Integer.toHexString(response[INJ_STATUS])
                    + ", expected 0x" + Integer.toHexString(expected));
        }
        Arrays.fill(offered, 0);
        Arrays.fill(stimulus, INJ_KEY, SINK_READY, 0);
        for (int t = 0; t < config.tiles(); t++) {
            if ((response[OUT_VALID] >>> t & 1) != 0) {
                Packet p = byId[response[OUT_ID + t]];
                if (p == null || p.key() != response[OUT_KEY + t]) {
                    throw new RtlException("block router: tile " + t + " received key 0x"
                            + Integer.toHexString(response[OUT_KEY + t]) + " that no injection carried");
                }
                if (!sink.offer(t, p, cycle)) {
                    throw new IllegalStateException("tile " + t + " refused a packet: the router RTL is driven"
                            + " with every sink ready");
                }
            }
        }
    }

    @Override
    public boolean isIdle() {
        return response[IDLE] != 0;
    }

    @Override
    public long stalls() {
        return Integer.toUnsignedLong(response[STALLS]);
    }

    @Override
    public long hops() {
        return Integer.toUnsignedLong(response[HOPS_COUNT]);
    }

    @Override
    public void close() {
        block.close();
    }
}
