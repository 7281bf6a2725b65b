// The CMOS LIF neuron array datapath: one neuron updated per cycle, bit-exact with the Java model
// (org.neuromtj.chip.npu.neuron.LifNeurons). Membranes and refractory counters live in a register
// file indexed by neuron; the circuit parameters are loaded at reset time and held, the threshold is a
// run-time register.
//
// Deliberately wrong variants for the testbenches' mutation tests are selected by defines:
// LIF_LEAK_OFF_BY_ONE, LIF_THRESHOLD_GT, LIF_REFRACTORY_SHORT, LIF_THRESHOLD_RESET.
//
// Clearing marks every entry stale in one cycle (a valid bit per neuron, as a cleared SRAM would be);
// a stale entry reads as zero.
//
// Per accepted update of neuron k with signed input x:
//   refractory[k] > 0:  refractory[k] - 1, membrane kept, no spike;
//   otherwise:          v' = sat(leak(v) + x); if v' >= threshold: spike, v' = 0 or v' - threshold,
//                       refractory[k] = cfg_refractory.
// leak(v) = v - (v >>> shift), or (v * (4096 - decay)) >>> 12 (arithmetic shifts, toward -infinity).
// The result appears on the out_* ports one cycle after the update is presented.
module lif_array #(
    parameter int NEURONS = 256,
    localparam int INDEX_BITS = $clog2(NEURONS)
) (
    input  logic                  clk,
    input  logic                  rst,            // synchronous, active high: clears every neuron
    input  logic                  clear,          // clears every neuron (the tile's reset-neurons command)
    // circuit parameters, sampled while rst is high
    input  logic [5:0]            cfg_width,      // membrane bits, 2..32
    input  logic                  cfg_leak_mul,   // 0: shift leak, 1: multiplicative leak
    input  logic [4:0]            cfg_shift,
    input  logic [12:0]           cfg_decay,      // 0..4096
    input  logic [7:0]            cfg_refractory,
    input  logic                  cfg_reset_sub,  // 0: reset to zero, 1: subtract the threshold
    // the threshold register
    input  logic                  threshold_we,
    input  logic [31:0]           threshold_in,
    // one update per cycle
    input  logic                  in_valid,
    input  logic [INDEX_BITS-1:0] in_neuron,
    input  logic signed [31:0]    in_current,
    output logic                  out_valid,
    output logic [INDEX_BITS-1:0] out_neuron,
    output logic                  out_fired,
    output logic signed [31:0]    out_membrane,
    output logic [7:0]            out_refractory
);
    logic signed [31:0] membrane [NEURONS];
    logic [7:0]         refractory [NEURONS];
    logic [NEURONS-1:0] live;

    logic [5:0]  width;
    logic        leak_mul;
    logic [4:0]  shift;
    logic [12:0] decay;
    logic [7:0]  refractory_load;
    logic        reset_sub;
    logic signed [32:0] threshold;

    // The update of the presented neuron, combinationally.
    logic signed [31:0] v;
    logic signed [45:0] product;
    logic signed [33:0] leaked;
    logic signed [33:0] sum;
    logic signed [33:0] max_v;
    logic signed [33:0] min_v;
    logic signed [33:0] saturated;
    logic               fires;
    logic signed [31:0] next_v;
    logic [7:0]         r;
    logic [7:0]         load;  // the refractory count a spike starts

    always_comb begin
        v = live[in_neuron] ? membrane[in_neuron] : 32'sd0;
        r = live[in_neuron] ? refractory[in_neuron] : 8'd0;
        product = 46'(v) * $signed({33'b0, 13'(13'd4096 - decay)});
`ifdef LIF_LEAK_OFF_BY_ONE
        // A deliberately wrong variant for the lockstep checker's own test: the shift leak is one too weak.
        leaked = leak_mul ? 34'(product >>> 12) : 34'(v) - (34'(v) >>> (shift + 5'd1));
`else
        leaked = leak_mul ? 34'(product >>> 12) : 34'(v) - (34'(v) >>> shift);
`endif
        sum = leaked + 34'(in_current);
        max_v = (34'sd1 <<< (width - 6'd1)) - 34'sd1;
        min_v = -(34'sd1 <<< (width - 6'd1));
        saturated = sum > max_v ? max_v : (sum < min_v ? min_v : sum);
`ifdef LIF_THRESHOLD_GT
        // Mutant: fires only above the threshold.
        fires = 35'(saturated) > 35'(threshold);
`else
        fires = 35'(saturated) >= 35'(threshold);
`endif
`ifdef LIF_REFRACTORY_SHORT
        // Mutant: refractory periods one update short.
        load = refractory_load == 8'd0 ? 8'd0 : refractory_load - 8'd1;
`else
        load = refractory_load;
`endif
        next_v = fires ? (reset_sub ? 32'(saturated - 34'(threshold)) : 32'sd0) : 32'(saturated);
    end

    // The tile never writes a zero threshold (the Java model refuses one): in simulation, one stops the run.
    always_ff @(posedge clk) begin
        if (!rst && !clear && threshold_we) begin
            assert (threshold_in != 32'd0) else $fatal(1, "lif_array: threshold register written with 0");
        end
    end

    always_ff @(posedge clk) begin
        out_valid <= 1'b0;
        out_fired <= 1'b0;
        if (rst || clear) begin
            live <= '0;
            out_neuron <= '0;
            out_membrane <= '0;
            out_refractory <= '0;
            if (rst) begin
                width <= cfg_width;
                leak_mul <= cfg_leak_mul;
                shift <= cfg_shift;
                decay <= cfg_decay;
                refractory_load <= cfg_refractory;
                reset_sub <= cfg_reset_sub;
`ifdef LIF_THRESHOLD_RESET
                // Mutant: the threshold register's reset value is wrong.
                threshold <= 33'sd2;
`else
                threshold <= 33'sd1;
`endif
            end
        end else begin
            if (threshold_we) begin
                threshold <= $signed({1'b0, threshold_in});
            end
            if (in_valid) begin
                out_valid <= 1'b1;
                out_neuron <= in_neuron;
                live[in_neuron] <= 1'b1;
                if (r != 8'd0) begin
                    membrane[in_neuron] <= v;
                    refractory[in_neuron] <= r - 8'd1;
                    out_membrane <= v;
                    out_refractory <= r - 8'd1;
                end else begin
                    membrane[in_neuron] <= next_v;
                    refractory[in_neuron] <= fires ? load : 8'd0;
                    out_membrane <= next_v;
                    out_fired <= fires;
                    out_refractory <= fires ? load : 8'd0;
                end
            end
        end
    end
endmodule
