package org.neuromtj.chip.npu.tile;

import java.nio.file.Path;
import java.util.Locale;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.config.Range;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.sim.ClockDomain;

/**
 * The architecture of a tile, loaded from a YAML file and validated once: every rejected value is
 * named with its key and the range it must lie in.
 *
 * @param npuHz       the NPU clock
 * @param geometry    crossbar shape
 * @param tdc         converter width and sharing
 * @param synapses    how weights lie across columns
 * @param writeDriver pulse shape and verify policy
 * @param halfSelect  the fraction of a write pulse's amplitude each cell sharing the written cell's row or
 *                    column sees (write disturb): 0 where every cell's own transistor isolates it, 0.5 for
 *                    a V/2 scheme without selectors
 * @param neurons     the neuron model and its parameters
 */
public record TileConfig(long npuHz, CrossbarGeometry geometry, TdcConfig tdc, SynapseLayout synapses,
                         WriteDriverConfig writeDriver, double halfSelect, NeuronConfig neurons) {
    /** The file format this reader understands. */
    public static final int VERSION = 1;

    /**
     * @param model          which neuron circuit the tile has
     * @param lif            the CMOS LIF's parameters
     * @param offsetV        stochastic MTJ neuron: pulse amplitude at zero input
     * @param voltsPerUnit   stochastic MTJ neuron: amplitude per unit of input
     * @param pulseWidthNs   stochastic MTJ neuron: pulse width
     * @param pulseIntervalNs exchange-bias neuron: spacing of input pulses
     * @param timestepNs     exchange-bias neuron: length of a timestep, over which it cools
     */
    public record NeuronConfig(Model model, LifConfig lif, double offsetV, double voltsPerUnit,
                               double pulseWidthNs, double pulseIntervalNs, double timestepNs) {
    }

    /** Neuron circuits. */
    public enum Model {
        /** Fixed-point digital LIF. */
        CMOS_LIF,
        /** SOT-MTJ firing with the switching probability of its input. */
        STOCHASTIC_MTJ,
        /** Heat-integrating exchange-bias MTJ. */
        EXCHANGE_BIAS_MTJ
    }

    /** @return the default tile */
    public static TileConfig defaults() {
        return read(ConfigNode.resource(TileConfig.class, "default-tile.yaml"));
    }

    /**
     * @param file a tile configuration file
     * @return the validated configuration
     */
    public static TileConfig read(Path file) {
        return read(ConfigNode.read(file));
    }

    /**
     * @param root the file's top-level mapping
     * @return the validated configuration
     * @throws ConfigException naming the key and allowed range of the first bad value
     */
    public static TileConfig read(ConfigNode root) {
        root.allowOnly("version", "npu_hz", "crossbar", "tdc", "synapses", "write_driver", "neurons");
        int version = root.integer("version", 1, Integer.MAX_VALUE);
        if (version != VERSION) {
            throw root.error("version", "= " + version + " is not supported: this emulator reads version "
                    + VERSION);
        }
        long npuHz = root.integer("npu_hz", 1_000, 2_000_000_000);
        ConfigNode x = root.child("crossbar");
        x.allowOnly("rows", "columns", "segment");
        int rows = x.integer("rows", 1, 4096);
        int columns = x.integer("columns", 1, 4096);
        int segment = x.integer("segment", 1, rows);
        if (rows % segment != 0) {
            throw x.error("segment", "= " + segment + " does not divide crossbar.rows = " + rows
                    + ": must be a divisor of the rows");
        }
        ConfigNode t = root.child("tdc");
        t.allowOnly("bits", "sharing");
        TdcConfig tdc = new TdcConfig(t.integer("bits", 1, 16), t.integer("sharing", 1, 4096));
        ConfigNode s = root.child("synapses");
        s.allowOnly("cell", "weight_bits", "signed");
        // Files written before XNOR cells existed name no cell: theirs have bypass transistors.
        SynapseLayout.Cell cell = s.has("cell") ? SynapseLayout.Cell.valueOf(s.choice("cell", "bypass", "xnor")
                .toUpperCase(Locale.ROOT)) : SynapseLayout.Cell.BYPASS;
        boolean signed = s.bool("signed");
        if (cell == SynapseLayout.Cell.XNOR && !signed) {
            throw s.error("signed", "= false, but xnor cells hold ±1 weights: set signed: true");
        }
        SynapseLayout layout = new SynapseLayout(cell, s.integer("weight_bits", 1, 8), signed);
        if (layout.columnsPerNeuron() > columns) {
            throw s.error("weight_bits", "needs " + layout.columnsPerNeuron() + " columns per neuron but"
                    + " crossbar.columns = " + columns);
        }
        ConfigNode w = root.child("write_driver");
        w.allowOnly("amplitude_v", "width_ns", "verify", "max_retries", "half_select_ratio");
        WriteDriverConfig driver = new WriteDriverConfig(w.number("amplitude_v", Range.open(0, 10)),
                w.number("width_ns", Range.open(0, 1e6)), w.bool("verify"), w.integer("max_retries", 0, 1000));
        // Files written before write disturb was modelled leave it out: cells isolated by their transistors.
        double halfSelect = w.has("half_select_ratio") ? w.number("half_select_ratio", Range.closed(0, 1)) : 0;
        return new TileConfig(npuHz, new CrossbarGeometry(rows, columns, segment), tdc, layout, driver, halfSelect,
                neurons(root.child("neurons")));
    }

    private static NeuronConfig neurons(ConfigNode n) {
        n.allowOnly("model", "cmos_lif", "stochastic_mtj", "exchange_bias_mtj");
        Model model = Model.valueOf(n.choice("model", "cmos-lif", "stochastic-mtj", "exchange-bias-mtj")
                .toUpperCase(Locale.ROOT).replace('-', '_'));
        ConfigNode l = n.child("cmos_lif");
        l.allowOnly("membrane_bits", "leak", "leak_shift", "decay", "threshold", "refractory", "reset");
        int bits = l.integer("membrane_bits", 2, 32);
        int threshold = l.integer("threshold", 1, (int) Math.min(Integer.MAX_VALUE, (1L << (bits - 1)) - 1));
        LifConfig lif = new LifConfig(bits,
                l.choice("leak", "shift", "multiply").equals("shift") ? LifConfig.Leak.SHIFT : LifConfig.Leak.MULTIPLY,
                l.integer("leak_shift", 0, 31), l.integer("decay", 0, 1 << LifConfig.DECAY_FRACTION_BITS),
                threshold, l.integer("refractory", 0, 255),
                l.choice("reset", "zero", "subtract").equals("zero") ? LifConfig.Reset.ZERO : LifConfig.Reset.SUBTRACT);
        ConfigNode st = n.child("stochastic_mtj");
        st.allowOnly("offset_v", "volts_per_unit", "width_ns");
        ConfigNode eb = n.child("exchange_bias_mtj");
        eb.allowOnly("pulse_interval_ns", "timestep_ns");
        return new NeuronConfig(model, lif, st.number("offset_v", Range.closed(-10, 10)),
                st.number("volts_per_unit", Range.closed(-10, 10)), st.number("width_ns", Range.open(0, 1e6)),
                eb.number("pulse_interval_ns", Range.positive()), eb.number("timestep_ns", Range.positive()));
    }

    /** @return the NPU's clock, at {@link #npuHz()} */
    public ClockDomain npuClock() {
        return ClockDomain.npu(npuHz);
    }
}
