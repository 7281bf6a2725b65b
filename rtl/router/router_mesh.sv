// The mesh of event routers, up to 4x4 tiles, bit- and cycle-exact with the Java model
// (org.neuromtj.chip.npu.router.EventRouter).
//
// Each router has an input FIFO (cfg_depth packets, at most DEPTH) on each of its five ports: local,
// north, east, south, west. Each cycle, first the links deliver the packets whose hop latency has run
// out and the tiles inject; then every output port grants, round robin from the input after the one it
// granted last, the first input head that wants it, if the link is free and the downstream FIFO has a
// credit (or, for the local port, the tile's sink is ready); otherwise that output stalls. A multicast
// head is copied out port by port and leaves its FIFO when its last copy has gone. Credits spent on a
// FIFO come back in the cycle after its packet left it.
//
// Routes: unicast packets go X then Y to their destination; multicast packets take the route mask of
// the first valid table entry whose masked key matches, else straight on (at the source, nowhere: the
// injection is refused as unroutable). A route through a missing neighbour ends at the local tile and
// is counted as misrouted.
//
// Deliberately wrong variants for the testbenches' mutation tests are selected by defines:
// ROUTER_NO_CREDIT, ROUTER_SINK_IGNORED, ROUTER_FIXED_PRIORITY, ROUTER_HOP_SHORT.
//
// A delivered packet appears on out_* in the cycle after its grant, as does each injection's status.
module router_mesh #(
    parameter int TILES = 16,
    parameter int DEPTH = 8,
    parameter int HOPS = 8,
    parameter int ENTRIES = 16
) (
    input  logic        clk,
    input  logic        rst,
    // mesh configuration, sampled while rst is high
    input  logic [2:0]  cfg_width,             // 1..4
    input  logic [2:0]  cfg_height,            // 1..4
    input  logic [3:0]  cfg_depth,             // 1..DEPTH
    input  logic [3:0]  cfg_hop,               // 1..HOPS
    input  logic [3:0]  cfg_link,              // 1..15 cycles per packet
    // routing table write port
    input  logic        tbl_we,
    input  logic [3:0]  tbl_tile,
    input  logic [3:0]  tbl_index,
    input  logic        tbl_valid,
    input  logic [31:0] tbl_key,
    input  logic [31:0] tbl_mask,
    input  logic [4:0]  tbl_ports,
    // injection per tile: ctl = {valid[31], unicast[30], dest[19:16], id[15:0]}
    input  logic [31:0] inj_key [TILES],
    input  logic [31:0] inj_ctl [TILES],
    input  logic [15:0] sink_ready,
    // per tile: 0 nothing offered, 1 accepted, 2 FIFO full, 3 unroutable; two bits per tile
    output logic [31:0] inj_status,
    output logic [15:0] local_full,            // the local FIFO holds cfg_depth packets
    output logic [4:0]  fifo_full [TILES],     // per tile, the input FIFOs that hold cfg_depth packets
    output logic [15:0] out_valid,
    output logic [31:0] out_key [TILES],
    output logic [15:0] out_id [TILES],
    output logic        idle,                  // no packet in any FIFO or on any link
    output logic [31:0] hops,
    output logic [31:0] stalls,
    output logic [31:0] misrouted
);
    localparam int PORTS = 5;
    localparam int LOCAL = 0, NORTH = 1, EAST = 2, SOUTH = 3, WEST = 4;

    typedef struct packed {
        logic [31:0] key;
        logic        unicast;
        logic [3:0]  dest;
        logic [15:0] id;
    } packet_t;

    logic [2:0] width, height;
    logic [3:0] depth, hop, link;

    packet_t     mem      [TILES][PORTS][DEPTH];
    logic [2:0]  head     [TILES][PORTS];
    logic [3:0]  count    [TILES][PORTS];
    logic [4:0]  pending  [TILES][PORTS];
    logic [3:0]  reserved [TILES][PORTS];
    logic [3:0]  wait_    [TILES][PORTS];
    logic [2:0]  rr       [TILES][PORTS];
    logic        stage_v  [TILES][PORTS][HOPS];
    packet_t     stage    [TILES][PORTS][HOPS];

    logic        tv   [TILES][ENTRIES];
    logic [31:0] tkey [TILES][ENTRIES];
    logic [31:0] tmsk [TILES][ENTRIES];
    logic [4:0]  tprt [TILES][ENTRIES];

    function automatic int tile_x(input int t, input logic [2:0] w);
        return t % int'(w);
    endfunction

    function automatic int tile_y(input int t, input logic [2:0] w);
        return t / int'(w);
    endfunction

    // The neighbour of tile t through port o, or -1 at the edge of the mesh.
    function automatic int neighbour(input int t, input int o, input logic [2:0] w, input logic [2:0] h);
        int x, y;
        x = tile_x(t, w) + (o == EAST ? 1 : o == WEST ? -1 : 0);
        y = tile_y(t, w) + (o == SOUTH ? 1 : o == NORTH ? -1 : 0);
        if (x < 0 || y < 0 || x >= int'(w) || y >= int'(h)) begin
            return -1;
        end
        return y * int'(w) + x;
    endfunction

    function automatic int opposite(input int o);
        return o == LOCAL ? LOCAL : o == NORTH ? SOUTH : o == SOUTH ? NORTH : o == EAST ? WEST : EAST;
    endfunction

    // The table's route mask for a key at tile t, 0 if no valid entry matches.
    function automatic logic [4:0] lookup(input logic [3:0] t, input logic [31:0] key);
        for (int e = 0; e < ENTRIES; e++) begin
            if (tv[t][e] && (key & tmsk[t][e]) == (tkey[t][e] & tmsk[t][e])) begin
                return tprt[t][e];
            end
        end
        return 5'd0;
    endfunction

    // The ports a packet arriving at tile t through port in leaves by, and how many were misrouted.
    function automatic logic [7:0] route(input logic [31:0] key, input logic unicast, input logic [3:0] dest,
                                         input int t, input int in);
        logic [4:0] m;
        logic [2:0] bad;
        int dx, dy;
        bad = 3'd0;
        if (unicast) begin
            dx = tile_x(int'(dest), width) - tile_x(t, width);
            dy = tile_y(int'(dest), width) - tile_y(t, width);
            m = dx > 0 ? 5'(1 << EAST) : dx < 0 ? 5'(1 << WEST) : dy > 0 ? 5'(1 << SOUTH)
                : dy < 0 ? 5'(1 << NORTH) : 5'(1 << LOCAL);
        end else begin
            m = lookup(4'(t), key);
            if (m == 5'd0 && in != LOCAL) begin
                m = 5'(1 << opposite(in));
            end
            for (int o = 1; o < PORTS; o++) begin
                if (m[o] && neighbour(t, o, width, height) < 0) begin
                    bad = bad + 3'd1;
                    m[o] = 1'b0;
                    m[LOCAL] = 1'b1;
                end
            end
        end
        return {bad, m};
    endfunction

    // What arrives at each input this cycle, and the head each input offers.
    logic       in_v      [TILES][PORTS];
    packet_t    in_p      [TILES][PORTS];
    logic       head_v    [TILES][PORTS];
    packet_t    head_p    [TILES][PORTS];
    logic [4:0] head_want [TILES][PORTS];
    logic [2:0] head_bad  [TILES][PORTS];
    logic [1:0] status    [TILES];
    always_comb begin
        for (int t = 0; t < TILES; t++) begin
            status[t] = 2'd0;
            for (int p = 0; p < PORTS; p++) begin
                in_v[t][p] = 1'b0;
                in_p[t][p] = '0;
                if (p == LOCAL) begin
                    in_p[t][p] = '{key: inj_key[t], unicast: inj_ctl[t][30], dest: inj_ctl[t][19:16],
                                   id: inj_ctl[t][15:0]};
                    if (inj_ctl[t][31] && t < int'(width) * int'(height)) begin
                        if (inj_ctl[t][30] ? int'(inj_ctl[t][19:16]) >= int'(width) * int'(height)
                                           : lookup(4'(t), inj_key[t]) == 5'd0) begin
                            status[t] = 2'd3;
                        end else if (count[t][p] >= depth) begin
                            status[t] = 2'd2;
                        end else begin
                            status[t] = 2'd1;
                            in_v[t][p] = 1'b1;
                        end
                    end
                end else if (neighbour(t, p, width, height) >= 0) begin
                    in_v[t][p] = stage_v[neighbour(t, p, width, height)][opposite(p)][0];
                    in_p[t][p] = stage[neighbour(t, p, width, height)][opposite(p)][0];
                end
                head_v[t][p] = count[t][p] != 4'd0 || in_v[t][p];
                head_p[t][p] = count[t][p] != 4'd0 ? mem[t][p][head[t][p]] : in_p[t][p];
                head_want[t][p] = pending[t][p];
                head_bad[t][p] = 3'd0;
                if (count[t][p] == 4'd0 && in_v[t][p]) begin
                    {head_bad[t][p], head_want[t][p]} = route(in_p[t][p].key, in_p[t][p].unicast,
                                                              in_p[t][p].dest, t, p);
                end
            end
        end
    end

    // Each output's grant: the input it takes (valid), or a stall.
    logic       grant_v [TILES][PORTS];
    logic [2:0] grant_i [TILES][PORTS];
    logic       stall   [TILES][PORTS];
    always_comb begin
        for (int t = 0; t < TILES; t++) begin
            for (int o = 0; o < PORTS; o++) begin
                logic [2:0] in;
                logic found;
                int nb;
                nb = -1;
                in = 3'd0;
                grant_v[t][o] = 1'b0;
                grant_i[t][o] = 3'd0;
                stall[t][o] = 1'b0;
                found = 1'b0;
                for (int k = 1; k <= PORTS; k++) begin
                    in = 3'((int'(rr[t][o]) + k) % PORTS);
                    if (!found && head_v[t][in] && head_want[t][in][o]) begin
                        found = 1'b1;
                        if (o == LOCAL) begin
`ifdef ROUTER_SINK_IGNORED
                            // Mutant: lost backpressure, each tile looks at its neighbour's ready.
                            grant_v[t][o] = sink_ready[(t + 1) % TILES];
`else
                            grant_v[t][o] = sink_ready[t];
`endif
                        end else begin
                            nb = neighbour(t, o, width, height);
`ifdef ROUTER_NO_CREDIT
                            // Mutant: lost backpressure, a link sends without a credit.
                            grant_v[t][o] = nb >= 0 && wait_[t][o] == 4'd0;
`else
                            grant_v[t][o] = nb >= 0 && wait_[t][o] == 4'd0
                                && reserved[nb < 0 ? 0 : nb][opposite(o)] < depth;
`endif
                        end
                        grant_i[t][o] = in;
                        stall[t][o] = !grant_v[t][o];
                    end
                end
            end
        end
    end

    // What each input has left to send after this cycle's grants.
    logic [4:0] left_want [TILES][PORTS];
    logic       pop       [TILES][PORTS];
    always_comb begin
        for (int t = 0; t < TILES; t++) begin
            for (int in = 0; in < PORTS; in++) begin
                left_want[t][in] = head_want[t][in];
                for (int o = 0; o < PORTS; o++) begin
                    if (grant_v[t][o] && int'(grant_i[t][o]) == in) begin
                        left_want[t][in][o] = 1'b0;
                    end
                end
                pop[t][in] = head_v[t][in] && left_want[t][in] == 5'd0;
            end
        end
    end

    logic [31:0] hop_sum, stall_sum, bad_sum;
    always_comb begin
        hop_sum = '0;
        stall_sum = '0;
        bad_sum = '0;
        for (int t = 0; t < TILES; t++) begin
            for (int p = 0; p < PORTS; p++) begin
                hop_sum = hop_sum + 32'(p != LOCAL && grant_v[t][p]);
                stall_sum = stall_sum + 32'(stall[t][p]);
                bad_sum = bad_sum + 32'(head_bad[t][p]);
            end
        end
    end

    // The next state, computed with blocking assignments and taken whole at the clock edge.
    logic [2:0]  width_n, height_n;
    logic [3:0]  depth_n, hop_n, link_n;
    packet_t     mem_n      [TILES][PORTS][DEPTH];
    logic [2:0]  head_n     [TILES][PORTS];
    logic [3:0]  count_n    [TILES][PORTS];
    logic [4:0]  pending_n  [TILES][PORTS];
    logic [3:0]  reserved_n [TILES][PORTS];
    logic [3:0]  wait_n     [TILES][PORTS];
    logic [2:0]  rr_n       [TILES][PORTS];
    logic        stage_v_n  [TILES][PORTS][HOPS];
    packet_t     stage_n    [TILES][PORTS][HOPS];
    logic        tv_n   [TILES][ENTRIES];
    logic [31:0] tkey_n [TILES][ENTRIES];
    logic [31:0] tmsk_n [TILES][ENTRIES];
    logic [4:0]  tprt_n [TILES][ENTRIES];
    logic [31:0] inj_status_n, hops_n, stalls_n, misrouted_n;
    logic [15:0] local_full_n, out_valid_n;
    logic [4:0]  fifo_full_n [TILES];
    logic        idle_n;
    logic [31:0] out_key_n [TILES];
    logic [15:0] out_id_n [TILES];

    always_comb begin
        logic [3:0] n;
        logic [2:0] h;
        logic [7:0] r;
        int nb;
        /* verilator lint_off UNUSEDSIGNAL */
        packet_t next;  // its id does not take part in routing
        /* verilator lint_on UNUSEDSIGNAL */
        n = '0;
        h = '0;
        r = '0;
        nb = -1;
        next = '0;
        width_n = width;
        height_n = height;
        depth_n = depth;
        hop_n = hop;
        link_n = link;
        mem_n = mem;
        head_n = head;
        count_n = count;
        pending_n = pending;
        reserved_n = reserved;
        wait_n = wait_;
        rr_n = rr;
        stage_v_n = stage_v;
        stage_n = stage;
        tv_n = tv;
        tkey_n = tkey;
        tmsk_n = tmsk;
        tprt_n = tprt;
        inj_status_n = inj_status;
        local_full_n = local_full;
        fifo_full_n = fifo_full;
        out_valid_n = out_valid;
        out_key_n = out_key;
        out_id_n = out_id;
        hops_n = hops;
        stalls_n = stalls;
        misrouted_n = misrouted;
        idle_n = idle;
        if (rst) begin
            idle_n = 1'b1;
            width_n = cfg_width;
            height_n = cfg_height;
            depth_n = cfg_depth;
            hop_n = cfg_hop;
            link_n = cfg_link;
            hops_n = '0;
            stalls_n = '0;
            misrouted_n = '0;
            inj_status_n = '0;
            local_full_n = '0;
            out_valid_n = '0;
            for (int t = 0; t < TILES; t++) begin
                fifo_full_n[t] = '0;
                out_key_n[t] = '0;
                out_id_n[t] = '0;
                for (int p = 0; p < PORTS; p++) begin
                    head_n[t][p] = '0;
                    count_n[t][p] = '0;
                    pending_n[t][p] = '0;
                    reserved_n[t][p] = '0;
                    wait_n[t][p] = '0;
                    rr_n[t][p] = '0;
                    for (int s = 0; s < HOPS; s++) begin
                        stage_v_n[t][p][s] = 1'b0;
                    end
                end
                for (int e = 0; e < ENTRIES; e++) begin
                    tv_n[t][e] = 1'b0;
                end
            end
        end else begin
            misrouted_n = misrouted + bad_sum;
            hops_n = hops + hop_sum;
            stalls_n = stalls + stall_sum;
            for (int t = 0; t < TILES; t++) begin
                inj_status_n[2 * t +: 2] = status[t];
                out_valid_n[t] = grant_v[t][LOCAL];
                if (grant_v[t][LOCAL]) begin
                    out_key_n[t] = head_p[t][grant_i[t][LOCAL]].key;
                    out_id_n[t] = head_p[t][grant_i[t][LOCAL]].id;
                end
                for (int p = 0; p < PORTS; p++) begin
                    // FIFO: push what arrived, pop a head whose copies have all gone.
                    n = count[t][p];
                    h = head[t][p];
                    if (in_v[t][p]) begin
                        mem_n[t][p][3'(32'(h) + 32'(n))] = in_p[t][p];
                    end
                    n = n + 4'(in_v[t][p]) - 4'(pop[t][p]);
                    if (pop[t][p]) begin
                        h = h + 3'd1;
                    end
                    count_n[t][p] = n;
                    head_n[t][p] = h;
                    pending_n[t][p] = left_want[t][p];
                    if (pop[t][p] && n != 4'd0) begin
                        // The next head's route, with the tables before this edge's write.
                        next = count[t][p] >= 4'd2 ? mem[t][p][h] : in_p[t][p];
                        r = route(next.key, next.unicast, next.dest, t, p);
                        pending_n[t][p] = r[4:0];
                        misrouted_n = misrouted_n + 32'(r[7:5]);
                    end
                    // Credits: spent by grants toward this input, returned when it pops.
                    nb = p == LOCAL ? -1 : neighbour(t, p, width, height);
                    reserved_n[t][p] = reserved[t][p] - 4'(p != LOCAL && pop[t][p])
                        + 4'(nb >= 0 && grant_v[nb < 0 ? 0 : nb][opposite(p)]);
                    // Links: busy for cfg_link cycles per packet, delivering after cfg_hop.
                    if (p != LOCAL && grant_v[t][p]) begin
                        wait_n[t][p] = link - 4'd1;
                    end else if (wait_[t][p] != 4'd0) begin
                        wait_n[t][p] = wait_[t][p] - 4'd1;
                    end
                    for (int s = 0; s < HOPS - 1; s++) begin
                        stage_v_n[t][p][s] = stage_v[t][p][s + 1];
                        stage_n[t][p][s] = stage[t][p][s + 1];
                    end
                    stage_v_n[t][p][HOPS - 1] = 1'b0;
                    if (p != LOCAL && grant_v[t][p]) begin
`ifdef ROUTER_HOP_SHORT
                        // Mutant: off-by-one, a hop of more than one cycle arrives a cycle early.
                        stage_v_n[t][p][hop > 4'd1 ? 32'(hop) - 2 : 0] = 1'b1;
                        stage_n[t][p][hop > 4'd1 ? 32'(hop) - 2 : 0] = head_p[t][grant_i[t][p]];
`else
                        stage_v_n[t][p][32'(hop) - 1] = 1'b1;
                        stage_n[t][p][32'(hop) - 1] = head_p[t][grant_i[t][p]];
`endif
                    end
`ifndef ROUTER_FIXED_PRIORITY
                    // (mutant ROUTER_FIXED_PRIORITY: the round robin never moves on)
                    if (grant_v[t][p]) begin
                        rr_n[t][p] = grant_i[t][p];
                    end
`endif
                end
                local_full_n[t] = count_n[t][LOCAL] >= depth;
                for (int p = 0; p < PORTS; p++) begin
                    fifo_full_n[t][p] = count_n[t][p] >= depth;
                end
            end
            idle_n = 1'b1;
            for (int t = 0; t < TILES; t++) begin
                for (int p = 0; p < PORTS; p++) begin
                    idle_n = idle_n && count_n[t][p] == 4'd0;
                    for (int s = 0; s < HOPS; s++) begin
                        idle_n = idle_n && !stage_v_n[t][p][s];
                    end
                end
            end
            if (tbl_we) begin
                tv_n[tbl_tile][tbl_index] = tbl_valid;
                tkey_n[tbl_tile][tbl_index] = tbl_key;
                tmsk_n[tbl_tile][tbl_index] = tbl_mask;
                tprt_n[tbl_tile][tbl_index] = tbl_ports;
            end
        end
    end

    always_ff @(posedge clk) begin
        width <= width_n;
        height <= height_n;
        depth <= depth_n;
        hop <= hop_n;
        link <= link_n;
        mem <= mem_n;
        head <= head_n;
        count <= count_n;
        pending <= pending_n;
        reserved <= reserved_n;
        wait_ <= wait_n;
        rr <= rr_n;
        stage_v <= stage_v_n;
        stage <= stage_n;
        tv <= tv_n;
        tkey <= tkey_n;
        tmsk <= tmsk_n;
        tprt <= tprt_n;
        inj_status <= inj_status_n;
        local_full <= local_full_n;
        fifo_full <= fifo_full_n;
        out_valid <= out_valid_n;
        out_key <= out_key_n;
        out_id <= out_id_n;
        hops <= hops_n;
        stalls <= stalls_n;
        misrouted <= misrouted_n;
        idle <= idle_n;
    end
endmodule
