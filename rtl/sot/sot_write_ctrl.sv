// The SOT write-driver controller for a bank of columns of one crossbar row, bit-exact with the Java
// model (org.neuromtj.chip.npu.tile.SotWriteDriver): pulse timing, the write-verify loop and its
// retry count. Whether a pulse switches a junction, and what a verify read senses, are analog and stay
// in Java: this block asks for pulses (pulse_start/pulse_en/pulse_dir) and for verify reads (sense_req
// with sense_mask), and is given the sensed levels back (sense_valid with sensed0..3).
//
// Verify: one read of every enabled column, then rounds of one pulse per column still wrong
// (cfg_pulse_cycles cycles) followed by one read of those columns. A pulse after which the sensed level
// did not move is a retry; a column stops when its level is right or its retries exceed
// cfg_max_retries. Busy cycles: 1 + rounds * (pulse + 1).
// Without verify the controller cannot see the cells: a binary cell gets one pulse toward its target, a
// multi-level cell top-level pulses down and then target pulses up, all columns in parallel rounds.
// Busy cycles: rounds * pulse.
//
// Deliberately wrong variants for the testbenches' mutation tests are selected by defines:
// SOT_RETRY_LIMIT_EARLY, SOT_FIRST_READ_RETRY, SOT_PULSE_SHORT, SOT_FAILED_KEPT.
//
// A verify read is asked for in the READ state and consumed at the first edge with sense_valid; the
// tile answers within one cycle, so the read costs one cycle.
module sot_write_ctrl #(
    parameter int COLUMNS = 16,
    parameter int LEVEL_BITS = 8
) (
    input  logic               clk,
    input  logic               rst,
    // policy, sampled at start
    input  logic               cfg_verify,
    input  logic [9:0]         cfg_max_retries,
    input  logic [19:0]        cfg_pulse_cycles,   // 1 or more
    input  logic [5:0]         cfg_top_level,      // levels per cell - 1: 1 for binary cells
    // a programming command: targets of the enabled columns, four per word
    input  logic               start,
    input  logic [COLUMNS-1:0] enable,
    input  logic [31:0]        target0,
    input  logic [31:0]        target1,
    input  logic [31:0]        target2,
    input  logic [31:0]        target3,
    // verify reads
    input  logic               sense_valid,
    input  logic [31:0]        sensed0,
    input  logic [31:0]        sensed1,
    input  logic [31:0]        sensed2,
    input  logic [31:0]        sensed3,
    output logic               sense_req,
    output logic [COLUMNS-1:0] sense_mask,
    // pulses
    output logic [COLUMNS-1:0] pulse_start,        // a pulse begins on these columns this cycle
    output logic [COLUMNS-1:0] pulse_en,
    output logic [COLUMNS-1:0] pulse_dir,          // 1: toward parallel (level up), 0: toward antiparallel
    // status
    output logic               busy,
    output logic               done,               // one cycle, when a command finishes
    output logic [COLUMNS-1:0] failed,             // columns left wrong with their retries used up
    output logic [15:0]        retries,            // retries of the last command, all columns
    output logic [31:0]        cycles              // busy cycles of the last command
);
    typedef enum logic [1:0] {IDLE, READ, PULSE} state_t;
    state_t state;

    logic                  verify;
    logic [9:0]            max_retries;
    logic [19:0]           pulse_cycles;
    logic [5:0]            top;
    logic [19:0]           left;                 // cycles left of the current pulse
    logic [8:0]            round;                // open-loop rounds done
`ifdef SOT_FIRST_READ_RETRY
    /* verilator lint_off UNUSEDSIGNAL */
`endif
    logic                  first_read;
`ifdef SOT_FIRST_READ_RETRY
    /* verilator lint_on UNUSEDSIGNAL */
`endif
    logic [COLUMNS-1:0]    on;                   // enabled columns of the command
    logic [LEVEL_BITS-1:0] target [COLUMNS];
    logic [LEVEL_BITS-1:0] level  [COLUMNS];     // last sensed level
    logic [10:0]           tries  [COLUMNS];

    logic [LEVEL_BITS-1:0] in_target [COLUMNS];
    logic [LEVEL_BITS-1:0] in_sensed [COLUMNS];
    always_comb begin
        for (int c = 0; c < COLUMNS; c++) begin
            in_target[c] = LEVEL_BITS'({target3, target2, target1, target0} >> (c * LEVEL_BITS));
            in_sensed[c] = LEVEL_BITS'({sensed3, sensed2, sensed1, sensed0} >> (c * LEVEL_BITS));
        end
    end

    // Verify: the columns that still need a pulse, given levels and retries after this read.
    logic [COLUMNS-1:0]    wrong;
    logic [LEVEL_BITS-1:0] now_level [COLUMNS];
    logic [10:0]           now_tries [COLUMNS];
    always_comb begin
        for (int c = 0; c < COLUMNS; c++) begin
            now_level[c] = level[c];
            now_tries[c] = tries[c];
            if (sense_mask[c]) begin
                now_level[c] = in_sensed[c];
`ifdef SOT_FIRST_READ_RETRY
                // Mutant: the first read of a command already counts as a retry.
                if (in_sensed[c] == level[c]) begin
`else
                if (!first_read && in_sensed[c] == level[c]) begin
`endif
                    now_tries[c] = tries[c] + 11'd1;
                end
            end
`ifdef SOT_RETRY_LIMIT_EARLY
            // Mutant: gives up one retry early.
            wrong[c] = on[c] && now_level[c] != target[c] && now_tries[c] < {1'b0, max_retries};
`else
            wrong[c] = on[c] && now_level[c] != target[c] && now_tries[c] <= {1'b0, max_retries};
`endif
        end
    end

    // Without verify: the columns pulsed in open-loop round r, and toward where.
    function automatic logic [COLUMNS-1:0] open_loop(input logic [8:0] r, input logic [COLUMNS-1:0] cols,
                                                     input logic [5:0] t, input logic [LEVEL_BITS-1:0] tg [COLUMNS]);
        logic [COLUMNS-1:0] m;
        for (int c = 0; c < COLUMNS; c++) begin
            m[c] = cols[c] && (t == 6'd1 ? r == 9'd0 : 10'(r) < 10'(t) + 10'(tg[c]));
        end
        return m;
    endfunction

    function automatic logic [COLUMNS-1:0] open_dir(input logic [8:0] r, input logic [5:0] t,
                                                    input logic [LEVEL_BITS-1:0] tg [COLUMNS]);
        logic [COLUMNS-1:0] d;
        for (int c = 0; c < COLUMNS; c++) begin
            d[c] = t == 6'd1 ? tg[c] == LEVEL_BITS'(1) : r >= 9'(t);
        end
        return d;
    endfunction

    assign busy = state != IDLE;

    logic [COLUMNS-1:0] next_open;
    assign next_open = open_loop(round + 9'd1, on, top, target);

    logic [15:0] total_tries;
    always_comb begin
        total_tries = '0;
        for (int c = 0; c < COLUMNS; c++) begin
            total_tries = total_tries + 16'(now_tries[c]);
        end
    end

    always_ff @(posedge clk) begin
        if (!rst && state == IDLE && start) begin
            assert (cfg_pulse_cycles != 20'd0) else $fatal(1, "sot_write_ctrl: a command with pulses of 0 cycles");
        end
    end

    always_ff @(posedge clk) begin
        pulse_start <= '0;
        done <= 1'b0;
        if (rst) begin
            state <= IDLE;
            sense_req <= 1'b0;
            sense_mask <= '0;
            pulse_en <= '0;
            pulse_dir <= '0;
            failed <= '0;
            retries <= '0;
            cycles <= '0;
            on <= '0;
            for (int c = 0; c < COLUMNS; c++) begin
                target[c] <= '0;
                level[c] <= '0;
                tries[c] <= '0;
            end
        end else begin
            if (state != IDLE) begin
                cycles <= cycles + 32'd1;
            end
            case (state)
                IDLE: if (start) begin
                    verify <= cfg_verify;
                    max_retries <= cfg_max_retries;
                    pulse_cycles <= cfg_pulse_cycles;
                    top <= cfg_top_level;
                    on <= enable;
                    `ifndef SOT_FAILED_KEPT
                    failed <= '0;  // SOT_FAILED_KEPT (mutant): the last command's failures stay until it finishes
                `endif
                    cycles <= '0;
                    round <= '0;
                    first_read <= 1'b1;
                    for (int c = 0; c < COLUMNS; c++) begin
                        target[c] <= in_target[c];
                        level[c] <= '0;
                        tries[c] <= '0;
                    end
                    if (cfg_verify) begin
                        state <= READ;
                        sense_req <= 1'b1;
                        sense_mask <= enable;
                    end else if (open_loop(9'd0, enable, cfg_top_level, in_target) != '0) begin
                        state <= PULSE;
                        left <= cfg_pulse_cycles;
                        pulse_en <= open_loop(9'd0, enable, cfg_top_level, in_target);
                        pulse_start <= open_loop(9'd0, enable, cfg_top_level, in_target);
                        pulse_dir <= open_dir(9'd0, cfg_top_level, in_target);
                    end else begin
                        done <= 1'b1;
                        retries <= '0;
                    end
                end
                READ: if (sense_valid) begin
                    first_read <= 1'b0;
                    sense_req <= 1'b0;
                    sense_mask <= '0;
                    for (int c = 0; c < COLUMNS; c++) begin
                        level[c] <= now_level[c];
                        tries[c] <= now_tries[c];
                    end
                    if (wrong != '0) begin
                        state <= PULSE;
`ifdef SOT_PULSE_SHORT
                        // Mutant: verify-loop pulses one cycle short (a zero-length pulse lasts one).
                        left <= pulse_cycles == 20'd1 ? 20'd1 : pulse_cycles - 20'd1;
`else
                        left <= pulse_cycles;
`endif
                        pulse_en <= wrong;
                        pulse_start <= wrong;
                        for (int c = 0; c < COLUMNS; c++) begin
                            pulse_dir[c] <= now_level[c] < target[c];
                        end
                    end else begin
                        state <= IDLE;
                        done <= 1'b1;
                        for (int c = 0; c < COLUMNS; c++) begin
                            failed[c] <= on[c] && now_level[c] != target[c];
                        end
                        retries <= total_tries;
                    end
                end
                PULSE: if (left != 20'd1) begin
                    left <= left - 20'd1;
                end else if (verify) begin
                    state <= READ;
                    pulse_en <= '0;
                    sense_req <= 1'b1;
                    sense_mask <= pulse_en;
                end else begin
                    round <= round + 9'd1;
                    if (next_open != '0) begin
                        left <= pulse_cycles;
                        pulse_en <= next_open;
                        pulse_start <= next_open;
                        pulse_dir <= open_dir(round + 9'd1, top, target);
                    end else begin
                        state <= IDLE;
                        pulse_en <= '0;
                        done <= 1'b1;
                        retries <= '0;
                    end
                end
                default: state <= IDLE;
            endcase
        end
    end
endmodule
