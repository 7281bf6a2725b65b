// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
// The APB register block of NPU: a slave with one wait state. In the first
// access cycle it decodes paddr, writes or captures the read data, and raises pready for the
// second. RW, W1C and W1S registers keep state on <reg>_q, which hw_* may overwrite (a
// software write in the same cycle wins); RO and RC registers read <reg>_i; WO registers read
// 0. Hits are reported a cycle later on wr_* (value masked to the fields) and rd_*; an
// address that hits no register answers pslverr.
//
// Deliberately wrong variants for the testbenches' mutation tests are selected by defines:
// REGS_RESET_ZERO, REGS_MASK_IGNORED, REGS_HW_WINS, REGS_W1C_AS_RW.
module npu_regs (
    input  logic clk,
    input  logic rst,
    input  logic psel,
    input  logic penable,
    input  logic pwrite,
    input  logic [15:0] paddr,
    input  logic [31:0] pwdata,
    input  logic hw_we,
    input  logic [15:0] hw_addr,
    input  logic [31:0] hw_data,
    input  logic [31:0] mesh_i,
    input  logic [31:0] status_i,
    input  logic [31:0] timesteps_done_i,
    input  logic [31:0] timesteps_left_i,
    input  logic [31:0] last_cycles_i,
    input  logic [31:0] in_level_i,
    input  logic [31:0] out_spike_i,
    input  logic [31:0] out_level_i,
    input  logic [31:0] out_timestep_i,
    input  logic [31:0] route_error_tile_i,
    input  logic [31:0] spikes_in_i,
    input  logic [31:0] spikes_fired_i,
    input  logic [31:0] spikes_out_i,
    input  logic [31:0] router_hops_i,
    input  logic [31:0] router_stalls_i,
    input  logic [31:0] spikes_unmapped_i,
    input  logic [31:0] dma_status_i,
    output logic [31:0] prdata,
    output logic pready,
    output logic pslverr,
    output logic wr_valid,
    output logic [15:0] wr_addr,
    output logic [31:0] wr_data,
    output logic rd_valid,
    output logic [15:0] rd_addr,
    output logic [31:0] irq_pending_q,
    output logic [31:0] irq_enable_q,
    output logic [31:0] route_tile_q,
    output logic [31:0] route_index_q,
    output logic [31:0] route_key_q,
    output logic [31:0] route_mask_q,
    output logic [31:0] route_ports_q,
    output logic [31:0] map_tile_q,
    output logic [31:0] map_index_q,
    output logic [31:0] map_key_q,
    output logic [31:0] map_mask_q,
    output logic [31:0] map_row_q,
    output logic [31:0] map_fanout_q,
    output logic [31:0] dma_desc_q
);
`ifdef REGS_RESET_ZERO
    localparam logic [31:0] RESET_KEEP = '0;
`else
    localparam logic [31:0] RESET_KEEP = '1;
`endif
`ifdef REGS_MASK_IGNORED
    localparam logic [31:0] UNMASKED = '1;
`else
    localparam logic [31:0] UNMASKED = '0;
`endif
`ifdef REGS_HW_WINS
    localparam logic HW_WINS = 1'b1;
`else
    localparam logic HW_WINS = 1'b0;
`endif
    logic        hit;
    logic [31:0] rvalue;
    logic [31:0] hmask;
    always_comb begin
        hit = 1'b0;
        rvalue = '0;
        hmask = '0;
            if (paddr == 16'h0000) begin
                hit = 1'b1;
                rvalue = mesh_i & 32'h0000FFFF;
                hmask = 32'h0000FFFF;
            end
            if (paddr == 16'h0004) begin
                hit = 1'b1;
                rvalue = '0;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0008) begin
                hit = 1'b1;
                rvalue = status_i & 32'h0000003F;
                hmask = 32'h0000003F;
            end
            if (paddr == 16'h000C) begin
                hit = 1'b1;
                rvalue = '0;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0010) begin
                hit = 1'b1;
                rvalue = timesteps_done_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0014) begin
                hit = 1'b1;
                rvalue = timesteps_left_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0018) begin
                hit = 1'b1;
                rvalue = last_cycles_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0020) begin
                hit = 1'b1;
                rvalue = irq_pending_q;
                hmask = 32'h0000001F;
            end
            if (paddr == 16'h0024) begin
                hit = 1'b1;
                rvalue = irq_enable_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0030) begin
                hit = 1'b1;
                rvalue = '0;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0034) begin
                hit = 1'b1;
                rvalue = in_level_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0038) begin
                hit = 1'b1;
                rvalue = out_spike_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h003C) begin
                hit = 1'b1;
                rvalue = out_level_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0040) begin
                hit = 1'b1;
                rvalue = out_timestep_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0050) begin
                hit = 1'b1;
                rvalue = route_tile_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0054) begin
                hit = 1'b1;
                rvalue = route_index_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0058) begin
                hit = 1'b1;
                rvalue = route_key_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h005C) begin
                hit = 1'b1;
                rvalue = route_mask_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0060) begin
                hit = 1'b1;
                rvalue = route_ports_q;
                hmask = 32'h0000001F;
            end
            if (paddr == 16'h0064) begin
                hit = 1'b1;
                rvalue = '0;
                hmask = 32'h00000003;
            end
            if (paddr == 16'h0068) begin
                hit = 1'b1;
                rvalue = route_error_tile_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0070) begin
                hit = 1'b1;
                rvalue = map_tile_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0074) begin
                hit = 1'b1;
                rvalue = map_index_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0078) begin
                hit = 1'b1;
                rvalue = map_key_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h007C) begin
                hit = 1'b1;
                rvalue = map_mask_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0080) begin
                hit = 1'b1;
                rvalue = map_row_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0088) begin
                hit = 1'b1;
                rvalue = map_fanout_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0084) begin
                hit = 1'b1;
                rvalue = '0;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0090) begin
                hit = 1'b1;
                rvalue = spikes_in_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0094) begin
                hit = 1'b1;
                rvalue = spikes_fired_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h0098) begin
                hit = 1'b1;
                rvalue = spikes_out_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h009C) begin
                hit = 1'b1;
                rvalue = router_hops_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h00A0) begin
                hit = 1'b1;
                rvalue = router_stalls_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h00A4) begin
                hit = 1'b1;
                rvalue = spikes_unmapped_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h00B0) begin
                hit = 1'b1;
                rvalue = dma_desc_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 16'h00B4) begin
                hit = 1'b1;
                rvalue = '0;
                hmask = 32'h00000001;
            end
            if (paddr == 16'h00B8) begin
                hit = 1'b1;
                rvalue = dma_status_i & 32'h00000003;
                hmask = 32'h00000003;
            end
    end

    logic [31:0] prdata_n, wr_data_n;
    logic pready_n, pslverr_n, wr_valid_n, rd_valid_n;
    logic [15:0] wr_addr_n, rd_addr_n;
    logic [31:0] irq_pending_n;
    logic [31:0] irq_enable_n;
    logic [31:0] route_tile_n;
    logic [31:0] route_index_n;
    logic [31:0] route_key_n;
    logic [31:0] route_mask_n;
    logic [31:0] route_ports_n;
    logic [31:0] map_tile_n;
    logic [31:0] map_index_n;
    logic [31:0] map_key_n;
    logic [31:0] map_mask_n;
    logic [31:0] map_row_n;
    logic [31:0] map_fanout_n;
    logic [31:0] dma_desc_n;
    always_comb begin
        prdata_n = prdata;
        pready_n = 1'b0;
        pslverr_n = 1'b0;
        wr_valid_n = 1'b0;
        wr_addr_n = wr_addr;
        wr_data_n = wr_data;
        rd_valid_n = 1'b0;
        rd_addr_n = rd_addr;
        irq_pending_n = irq_pending_q;
        irq_enable_n = irq_enable_q;
        route_tile_n = route_tile_q;
        route_index_n = route_index_q;
        route_key_n = route_key_q;
        route_mask_n = route_mask_q;
        route_ports_n = route_ports_q;
        map_tile_n = map_tile_q;
        map_index_n = map_index_q;
        map_key_n = map_key_q;
        map_mask_n = map_mask_q;
        map_row_n = map_row_q;
        map_fanout_n = map_fanout_q;
        dma_desc_n = dma_desc_q;
        if (rst) begin
            prdata_n = '0;
            wr_addr_n = '0;
            wr_data_n = '0;
            rd_addr_n = '0;
            irq_pending_n = 32'h00000000 & RESET_KEEP;
            irq_enable_n = 32'h00000000 & RESET_KEEP;
            route_tile_n = 32'h00000000 & RESET_KEEP;
            route_index_n = 32'h00000000 & RESET_KEEP;
            route_key_n = 32'h00000000 & RESET_KEEP;
            route_mask_n = 32'h00000000 & RESET_KEEP;
            route_ports_n = 32'h00000000 & RESET_KEEP;
            map_tile_n = 32'h00000000 & RESET_KEEP;
            map_index_n = 32'h00000000 & RESET_KEEP;
            map_key_n = 32'h00000000 & RESET_KEEP;
            map_mask_n = 32'h00000000 & RESET_KEEP;
            map_row_n = 32'h00000000 & RESET_KEEP;
            map_fanout_n = 32'h00000001 & RESET_KEEP;
            dma_desc_n = 32'h00000000 & RESET_KEEP;
        end else begin
            if (hw_addr == 16'h0020) begin
                if (hw_we) begin
                    irq_pending_n = hw_data & 32'h0000001F;
                end
            end
            if (hw_addr == 16'h0024) begin
                if (hw_we) begin
                    irq_enable_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0050) begin
                if (hw_we) begin
                    route_tile_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0054) begin
                if (hw_we) begin
                    route_index_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0058) begin
                if (hw_we) begin
                    route_key_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h005C) begin
                if (hw_we) begin
                    route_mask_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0060) begin
                if (hw_we) begin
                    route_ports_n = hw_data & 32'h0000001F;
                end
            end
            if (hw_addr == 16'h0070) begin
                if (hw_we) begin
                    map_tile_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0074) begin
                if (hw_we) begin
                    map_index_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0078) begin
                if (hw_we) begin
                    map_key_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h007C) begin
                if (hw_we) begin
                    map_mask_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0080) begin
                if (hw_we) begin
                    map_row_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h0088) begin
                if (hw_we) begin
                    map_fanout_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 16'h00B0) begin
                if (hw_we) begin
                    dma_desc_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (psel && penable && !pready) begin
                pready_n = 1'b1;
                pslverr_n = !hit;
                prdata_n = hit && !pwrite ? rvalue : '0;
                wr_valid_n = hit && pwrite;
                rd_valid_n = hit && !pwrite;
                if (hit) begin
                    if (pwrite) begin
                        wr_addr_n = paddr;
                        wr_data_n = pwdata & hmask;
                    end else begin
                        rd_addr_n = paddr;
                    end
                end
                    if (paddr == 16'h0020) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            
`ifdef REGS_W1C_AS_RW
                            irq_pending_n = pwdata & 32'h0000001F;
`else
                            irq_pending_n = irq_pending_n & ~(pwdata & 32'h0000001F);
`endif
                        end
                    end
                    if (paddr == 16'h0024) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            irq_enable_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0050) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            route_tile_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0054) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            route_index_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0058) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            route_key_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h005C) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            route_mask_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0060) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            route_ports_n = pwdata & (32'h0000001F | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0070) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            map_tile_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0074) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            map_index_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0078) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            map_key_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h007C) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            map_mask_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0080) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            map_row_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h0088) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            map_fanout_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 16'h00B0) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            dma_desc_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
            end
        end
    end

    always_ff @(posedge clk) begin
        prdata <= prdata_n;
        pready <= pready_n;
        pslverr <= pslverr_n;
        wr_valid <= wr_valid_n;
        wr_addr <= wr_addr_n;
        wr_data <= wr_data_n;
        rd_valid <= rd_valid_n;
        rd_addr <= rd_addr_n;
        irq_pending_q <= irq_pending_n;
        irq_enable_q <= irq_enable_n;
        route_tile_q <= route_tile_n;
        route_index_q <= route_index_n;
        route_key_q <= route_key_n;
        route_mask_q <= route_mask_n;
        route_ports_q <= route_ports_n;
        map_tile_q <= map_tile_n;
        map_index_q <= map_index_n;
        map_key_q <= map_key_n;
        map_mask_q <= map_mask_n;
        map_row_q <= map_row_n;
        map_fanout_q <= map_fanout_n;
        dma_desc_q <= dma_desc_n;
    end
endmodule
