// A bank of a tile's time-to-digital converters, clocked by the TDC clock, bit-exact with the Java
// model (org.neuromtj.chip.npu.tile.TdcModel). Each converter counts TDC periods from the start of
// a conversion until its string's comparator fires, trims the raw count with its calibration registers,
// code = clamp(((count - offset) * gain) >>> 8, 0, 2^bits - 1), and stops counting at full scale, the
// first count whose next would already clamp: (count - offset + 1) * gain > 2^bits << 8.
//
// The strings' charging and comparators are analog and stay in Java: this block sees each comparator
// as a level on fire[t] (high from the period in which it crossed). All converters share one mux
// select: a conversion round converts string `sel` of every enabled converter's group at once, and
// the tile's read controller starts the next round when busy falls.
//
// Deliberately wrong variants for the testbenches' mutation tests are selected by defines:
// TDC_FULL_SCALE_EARLY, TDC_GAIN_ZERO_KEPT, TDC_CAPTURE_BEFORE_START, TDC_GAIN_RESET.
//
// Timing: start is taken at a clock edge; counters read 0 in the next cycle. A comparator high in the
// cycle whose count is c captures c at that edge. Results and calibration registers are read through
// rd_addr combinationally; probe_count shows the code a count would give on converter rd_addr, which is
// how the calibration routine tabulates codes without running a conversion.
module tdc_bank #(
    parameter int CONVERTERS = 32,
    parameter int COUNT_BITS = 26,
    localparam int INDEX_BITS = $clog2(CONVERTERS)
) (
    input  logic                  clk,
    input  logic                  rst,          // synchronous: stops every conversion, unity trims
    input  logic [4:0]            cfg_bits,     // code width 1..16, sampled while rst is high
    // calibration registers
    input  logic                  cal_we,
    input  logic                  cal_gain,     // 0: offset register, 1: gain register
    input  logic [INDEX_BITS-1:0] cal_addr,
    input  logic [15:0]           cal_data,     // a gain of 0 is stored as 1
    // conversion rounds
    input  logic                  start,
    input  logic [11:0]           sel,          // the string of each group this round converts
    input  logic [CONVERTERS-1:0] enable,
    input  logic [CONVERTERS-1:0] fire,
    output logic [CONVERTERS-1:0] active,       // converters still counting
    output logic                  busy,
    output logic [11:0]           mux,          // the mux select driven to the strings
    // read port
    input  logic [INDEX_BITS-1:0] rd_addr,
    input  logic [COUNT_BITS-1:0] probe_count,
    output logic [15:0]           rd_code,
    output logic                  rd_saturated, // the code is 0 or full scale
    output logic [COUNT_BITS-1:0] rd_count,
    output logic [15:0]           rd_offset,
    output logic [15:0]           rd_gain,
    output logic [15:0]           probe_code
);
    logic [4:0]            bits;
    logic [15:0]           offset [CONVERTERS];
    logic [15:0]           gain   [CONVERTERS];
    logic [COUNT_BITS-1:0] count  [CONVERTERS];
    logic [COUNT_BITS-1:0] captured [CONVERTERS];
    logic [15:0]           code   [CONVERTERS];

    logic [15:0] max_code;
    logic [40:0] full_scale;  // (2^bits) << 8, against which (count - offset + 1) * gain is compared
    assign max_code = 16'((17'd1 << bits) - 17'd1);
    assign full_scale = 41'(41'd1 << (bits + 5'd8));

    // The trimmed, clamped code of a raw count on converter t.
    function automatic logic [15:0] trim(input logic [COUNT_BITS-1:0] raw, input logic [15:0] off,
                                         input logic [15:0] g, input logic [15:0] top);
        logic signed [COUNT_BITS+1:0] x;
        logic signed [COUNT_BITS+18:0] p;
        logic signed [COUNT_BITS+10:0] v;
        x = $signed({2'b0, raw}) - $signed({{(COUNT_BITS - 14){1'b0}}, off});
        p = (COUNT_BITS+19)'(x) * $signed({{(COUNT_BITS + 3){1'b0}}, g});
        v = (COUNT_BITS+11)'(p >>> 8);
        if (v < 0) begin
            return 16'd0;
        end
        return v > $signed({{(COUNT_BITS - 5){1'b0}}, top}) ? top : 16'(v);
    endfunction

    // Whether a converter at this count has reached full scale.
    function automatic logic at_full_scale(input logic [COUNT_BITS-1:0] raw, input logic [15:0] off,
                                           input logic [15:0] g, input logic [40:0] limit);
        logic signed [COUNT_BITS+1:0] next;
        logic signed [COUNT_BITS+18:0] p;
        next = $signed({2'b0, raw}) - $signed({{(COUNT_BITS - 14){1'b0}}, off}) + 1;
        p = (COUNT_BITS+19)'(next) * $signed({{(COUNT_BITS + 3){1'b0}}, g});
`ifdef TDC_FULL_SCALE_EARLY
        // Mutant: stops counting one count before full scale.
        return p >= $signed({{(COUNT_BITS - 22){1'b0}}, limit});
`else
        return p > $signed({{(COUNT_BITS - 22){1'b0}}, limit});
`endif
    endfunction

    always_ff @(posedge clk) begin
        if (rst) begin
            bits <= cfg_bits;
            active <= '0;
            mux <= '0;
            for (int t = 0; t < CONVERTERS; t++) begin
                offset[t] <= '0;
`ifdef TDC_GAIN_RESET
                // Mutant: wrong reset value of the gain register.
                gain[t] <= 16'd255;
`else
                gain[t] <= 16'd256;
`endif
                count[t] <= '0;
                captured[t] <= '0;
                code[t] <= '0;
            end
        end else begin
            for (int t = 0; t < CONVERTERS; t++) begin
`ifdef TDC_CAPTURE_BEFORE_START
                // Mutant: wrong priority, a comparator already high at start is captured.
                if (start && !(active[t] && fire[t])) begin
`else
                if (start) begin
`endif
                    active[t] <= enable[t];
                    count[t] <= '0;
                end else if (active[t]) begin
                    if (fire[t]) begin
                        active[t] <= 1'b0;
                        captured[t] <= count[t];
                        code[t] <= trim(count[t], offset[t], gain[t], max_code);
                    end else if (at_full_scale(count[t], offset[t], gain[t], full_scale)) begin
                        active[t] <= 1'b0;
                        captured[t] <= count[t];
                        code[t] <= max_code;
                    end else begin
                        count[t] <= count[t] + 1'b1;
                    end
                end
            end
            if (start) begin
                mux <= sel;
            end
            if (cal_we) begin
                if (cal_gain) begin
`ifdef TDC_GAIN_ZERO_KEPT
                    // Mutant: a gain of 0 is stored as 0.
                    gain[cal_addr] <= cal_data;
`else
                    gain[cal_addr] <= cal_data == 16'd0 ? 16'd1 : cal_data;
`endif
                end else begin
                    offset[cal_addr] <= cal_data;
                end
            end
        end
    end

    assign busy = |active;
    assign rd_code = code[rd_addr];
    assign rd_saturated = code[rd_addr] == 16'd0 || code[rd_addr] == max_code;
    assign rd_count = captured[rd_addr];
    assign rd_offset = offset[rd_addr];
    assign rd_gain = gain[rd_addr];
    assign probe_code = trim(probe_count, offset[rd_addr], gain[rd_addr], max_code);
endmodule
