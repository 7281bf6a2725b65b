// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
// The APB register block of NPU_TILE: a slave with one wait state. In the first
// access cycle it decodes paddr, writes or captures the read data, and raises pready for the
// second. RW, W1C and W1S registers keep state on <reg>_q, which hw_* may overwrite (a
// software write in the same cycle wins); RO and RC registers read <reg>_i; WO registers read
// 0. Hits are reported a cycle later on wr_* (value masked to the fields) and rd_*; an
// address that hits no register answers pslverr.
//
// Deliberately wrong variants for the testbenches' mutation tests are selected by defines:
// REGS_RESET_ZERO, REGS_MASK_IGNORED, REGS_HW_WINS, REGS_W1C_AS_RW.
module npu_tile_regs (
    input  logic clk,
    input  logic rst,
    input  logic psel,
    input  logic penable,
    input  logic pwrite,
    input  logic [19:0] paddr,
    input  logic [31:0] pwdata,
    input  logic hw_we,
    input  logic [19:0] hw_addr,
    input  logic [31:0] hw_data,
    input  logic [31:0] rows_i,
    input  logic [31:0] columns_i,
    input  logic [31:0] segment_i,
    input  logic [31:0] levels_i,
    input  logic [31:0] tdc_bits_i,
    input  logic [31:0] tdc_count_i,
    input  logic [31:0] neurons_i,
    input  logic [31:0] status_i,
    input  logic [31:0] write_pulses_i,
    input  logic [31:0] write_retries_i,
    input  logic [31:0] write_fails_i,
    input  logic [31:0] ledger_count_lo_i,
    input  logic [31:0] ledger_count_hi_i,
    output logic [31:0] prdata,
    output logic pready,
    output logic pslverr,
    output logic wr_valid,
    output logic [19:0] wr_addr,
    output logic [31:0] wr_data,
    output logic rd_valid,
    output logic [19:0] rd_addr,
    output logic [31:0] select_q,
    output logic [31:0] ctrl_q,
    output logic [31:0] pulse_mv_q,
    output logic [31:0] pulse_ps_q,
    output logic [31:0] max_retries_q,
    output logic [31:0] learn_ctrl_q,
    output logic [31:0] learn_pulse_q,
    output logic [31:0] learn_depress_q,
    output logic [31:0] learn_width_ps_q,
    output logic [31:0] learn_rows_q,
    output logic [31:0] mask_mv_q,
    output logic [31:0] threshold_q,
    output logic [31:0] ledger_action_q,
    output logic [31:0] tdc_offset_q [64],
    output logic [31:0] tdc_gain_q [64]
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
            if (paddr == 20'h0001C) begin
                hit = 1'b1;
                rvalue = select_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00000) begin
                hit = 1'b1;
                rvalue = rows_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00004) begin
                hit = 1'b1;
                rvalue = columns_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00008) begin
                hit = 1'b1;
                rvalue = segment_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h0000C) begin
                hit = 1'b1;
                rvalue = levels_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00010) begin
                hit = 1'b1;
                rvalue = tdc_bits_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00014) begin
                hit = 1'b1;
                rvalue = tdc_count_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00018) begin
                hit = 1'b1;
                rvalue = neurons_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00020) begin
                hit = 1'b1;
                rvalue = ctrl_q;
                hmask = 32'h00000001;
            end
            if (paddr == 20'h00024) begin
                hit = 1'b1;
                rvalue = '0;
                hmask = 32'h00000007;
            end
            if (paddr == 20'h00028) begin
                hit = 1'b1;
                rvalue = status_i & 32'h00000003;
                hmask = 32'h00000003;
            end
            if (paddr == 20'h00030) begin
                hit = 1'b1;
                rvalue = pulse_mv_q;
                hmask = 32'h0000FFFF;
            end
            if (paddr == 20'h00034) begin
                hit = 1'b1;
                rvalue = pulse_ps_q;
                hmask = 32'h000FFFFF;
            end
            if (paddr == 20'h00038) begin
                hit = 1'b1;
                rvalue = max_retries_q;
                hmask = 32'h000003FF;
            end
            if (paddr == 20'h00040) begin
                hit = 1'b1;
                rvalue = write_pulses_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00044) begin
                hit = 1'b1;
                rvalue = write_retries_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00048) begin
                hit = 1'b1;
                rvalue = write_fails_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00050) begin
                hit = 1'b1;
                rvalue = learn_ctrl_q;
                hmask = 32'h0000FF3F;
            end
            if (paddr == 20'h00054) begin
                hit = 1'b1;
                rvalue = learn_pulse_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00074) begin
                hit = 1'b1;
                rvalue = learn_depress_q;
                hmask = 32'h0000FFFF;
            end
            if (paddr == 20'h00058) begin
                hit = 1'b1;
                rvalue = learn_width_ps_q;
                hmask = 32'h000FFFFF;
            end
            if (paddr == 20'h0005C) begin
                hit = 1'b1;
                rvalue = learn_rows_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00060) begin
                hit = 1'b1;
                rvalue = mask_mv_q;
                hmask = 32'h0001FFFF;
            end
            if (paddr == 20'h00064) begin
                hit = 1'b1;
                rvalue = threshold_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00068) begin
                hit = 1'b1;
                rvalue = ledger_action_q;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h0006C) begin
                hit = 1'b1;
                rvalue = ledger_count_lo_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
            if (paddr == 20'h00070) begin
                hit = 1'b1;
                rvalue = ledger_count_hi_i & 32'hFFFFFFFF;
                hmask = 32'hFFFFFFFF;
            end
        for (int k = 0; k < 64; k++) begin
            if (paddr == 20'(20'h00100 + 20'(k * 4))) begin
                hit = 1'b1;
                rvalue = tdc_offset_q[k];
                hmask = 32'h0000FFFF;
            end
        end
        for (int k = 0; k < 64; k++) begin
            if (paddr == 20'(20'h00200 + 20'(k * 4))) begin
                hit = 1'b1;
                rvalue = tdc_gain_q[k];
                hmask = 32'h0000FFFF;
            end
        end
    end

    logic [31:0] prdata_n, wr_data_n;
    logic pready_n, pslverr_n, wr_valid_n, rd_valid_n;
    logic [19:0] wr_addr_n, rd_addr_n;
    logic [31:0] select_n;
    logic [31:0] ctrl_n;
    logic [31:0] pulse_mv_n;
    logic [31:0] pulse_ps_n;
    logic [31:0] max_retries_n;
    logic [31:0] learn_ctrl_n;
    logic [31:0] learn_pulse_n;
    logic [31:0] learn_depress_n;
    logic [31:0] learn_width_ps_n;
    logic [31:0] learn_rows_n;
    logic [31:0] mask_mv_n;
    logic [31:0] threshold_n;
    logic [31:0] ledger_action_n;
    logic [31:0] tdc_offset_n [64];
    logic [31:0] tdc_gain_n [64];
    always_comb begin
        prdata_n = prdata;
        pready_n = 1'b0;
        pslverr_n = 1'b0;
        wr_valid_n = 1'b0;
        wr_addr_n = wr_addr;
        wr_data_n = wr_data;
        rd_valid_n = 1'b0;
        rd_addr_n = rd_addr;
        select_n = select_q;
        ctrl_n = ctrl_q;
        pulse_mv_n = pulse_mv_q;
        pulse_ps_n = pulse_ps_q;
        max_retries_n = max_retries_q;
        learn_ctrl_n = learn_ctrl_q;
        learn_pulse_n = learn_pulse_q;
        learn_depress_n = learn_depress_q;
        learn_width_ps_n = learn_width_ps_q;
        learn_rows_n = learn_rows_q;
        mask_mv_n = mask_mv_q;
        threshold_n = threshold_q;
        ledger_action_n = ledger_action_q;
        tdc_offset_n = tdc_offset_q;
        tdc_gain_n = tdc_gain_q;
        if (rst) begin
            prdata_n = '0;
            wr_addr_n = '0;
            wr_data_n = '0;
            rd_addr_n = '0;
            select_n = 32'h00000000 & RESET_KEEP;
            ctrl_n = 32'h00000001 & RESET_KEEP;
            pulse_mv_n = 32'h00000000 & RESET_KEEP;
            pulse_ps_n = 32'h00000000 & RESET_KEEP;
            max_retries_n = 32'h00000000 & RESET_KEEP;
            learn_ctrl_n = 32'h00000000 & RESET_KEEP;
            learn_pulse_n = 32'h00000000 & RESET_KEEP;
            learn_depress_n = 32'h00000000 & RESET_KEEP;
            learn_width_ps_n = 32'h000002EE & RESET_KEEP;
            learn_rows_n = 32'h00000000 & RESET_KEEP;
            mask_mv_n = 32'h00000000 & RESET_KEEP;
            threshold_n = 32'h00000000 & RESET_KEEP;
            ledger_action_n = 32'h00000000 & RESET_KEEP;
            for (int k = 0; k < 64; k++) begin
                tdc_offset_n[k] = 32'h00000000 & RESET_KEEP;
            end
            for (int k = 0; k < 64; k++) begin
                tdc_gain_n[k] = 32'h00000100 & RESET_KEEP;
            end
        end else begin
            if (hw_addr == 20'h0001C) begin
                if (hw_we) begin
                    select_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 20'h00020) begin
                if (hw_we) begin
                    ctrl_n = hw_data & 32'h00000001;
                end
            end
            if (hw_addr == 20'h00030) begin
                if (hw_we) begin
                    pulse_mv_n = hw_data & 32'h0000FFFF;
                end
            end
            if (hw_addr == 20'h00034) begin
                if (hw_we) begin
                    pulse_ps_n = hw_data & 32'h000FFFFF;
                end
            end
            if (hw_addr == 20'h00038) begin
                if (hw_we) begin
                    max_retries_n = hw_data & 32'h000003FF;
                end
            end
            if (hw_addr == 20'h00050) begin
                if (hw_we) begin
                    learn_ctrl_n = hw_data & 32'h0000FF3F;
                end
            end
            if (hw_addr == 20'h00054) begin
                if (hw_we) begin
                    learn_pulse_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 20'h00074) begin
                if (hw_we) begin
                    learn_depress_n = hw_data & 32'h0000FFFF;
                end
            end
            if (hw_addr == 20'h00058) begin
                if (hw_we) begin
                    learn_width_ps_n = hw_data & 32'h000FFFFF;
                end
            end
            if (hw_addr == 20'h0005C) begin
                if (hw_we) begin
                    learn_rows_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 20'h00060) begin
                if (hw_we) begin
                    mask_mv_n = hw_data & 32'h0001FFFF;
                end
            end
            if (hw_addr == 20'h00064) begin
                if (hw_we) begin
                    threshold_n = hw_data & 32'hFFFFFFFF;
                end
            end
            if (hw_addr == 20'h00068) begin
                if (hw_we) begin
                    ledger_action_n = hw_data & 32'hFFFFFFFF;
                end
            end
        for (int k = 0; k < 64; k++) begin
            if (hw_addr == 20'(20'h00100 + 20'(k * 4))) begin
                if (hw_we) begin
                    tdc_offset_n[k] = hw_data & 32'h0000FFFF;
                end
            end
        end
        for (int k = 0; k < 64; k++) begin
            if (hw_addr == 20'(20'h00200 + 20'(k * 4))) begin
                if (hw_we) begin
                    tdc_gain_n[k] = hw_data & 32'h0000FFFF;
                end
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
                    if (paddr == 20'h0001C) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            select_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00020) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            ctrl_n = pwdata & (32'h00000001 | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00030) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            pulse_mv_n = pwdata & (32'h0000FFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00034) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            pulse_ps_n = pwdata & (32'h000FFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00038) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            max_retries_n = pwdata & (32'h000003FF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00050) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            learn_ctrl_n = pwdata & (32'h0000FF3F | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00054) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            learn_pulse_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00074) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            learn_depress_n = pwdata & (32'h0000FFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00058) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            learn_width_ps_n = pwdata & (32'h000FFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h0005C) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            learn_rows_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00060) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            mask_mv_n = pwdata & (32'h0001FFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00064) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            threshold_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                    if (paddr == 20'h00068) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            ledger_action_n = pwdata & (32'hFFFFFFFF | UNMASKED);
                        end
                    end
                for (int k = 0; k < 64; k++) begin
                    if (paddr == 20'(20'h00100 + 20'(k * 4))) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            tdc_offset_n[k] = pwdata & (32'h0000FFFF | UNMASKED);
                        end
                    end
                end
                for (int k = 0; k < 64; k++) begin
                    if (paddr == 20'(20'h00200 + 20'(k * 4))) begin
                        if (pwrite && !(HW_WINS && hw_we && hw_addr == paddr)) begin
                            tdc_gain_n[k] = pwdata & (32'h0000FFFF | UNMASKED);
                        end
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
        select_q <= select_n;
        ctrl_q <= ctrl_n;
        pulse_mv_q <= pulse_mv_n;
        pulse_ps_q <= pulse_ps_n;
        max_retries_q <= max_retries_n;
        learn_ctrl_q <= learn_ctrl_n;
        learn_pulse_q <= learn_pulse_n;
        learn_depress_q <= learn_depress_n;
        learn_width_ps_q <= learn_width_ps_n;
        learn_rows_q <= learn_rows_n;
        mask_mv_q <= mask_mv_n;
        threshold_q <= threshold_n;
        ledger_action_q <= ledger_action_n;
        tdc_offset_q <= tdc_offset_n;
        tdc_gain_q <= tdc_gain_n;
    end
endmodule
