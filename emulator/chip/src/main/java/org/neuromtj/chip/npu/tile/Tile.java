package org.neuromtj.chip.npu.tile;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.chip.npu.learning.LearningUnit;
import org.neuromtj.chip.npu.neuron.ExchangeBiasNeurons;
import org.neuromtj.chip.npu.neuron.NeuronArray;
import org.neuromtj.chip.npu.neuron.StochasticMtjNeurons;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * One NPU tile: crossbar, TDCs with their calibration, SOT write driver and neurons, assembled from a
 * tile configuration and a technology. A timestep drives the rows of the input spikes, reads every
 * string of the active segments, converts and decodes the codes to counts, combines the counts into
 * each neuron's input as the synapse layout says, and updates the neurons. The neurons see nothing but
 * what the decoded codes give them.
 */
public final class Tile implements Stateful {
    private final String name;
    private final TileConfig config;
    private final Technology technology;
    private final Ledger ledger = new Ledger();
    private final Crossbar crossbar;
    private final StringCharging charging;
    /** Each string's crossing period in the read being converted. */
    private final long[] crossings;
    /** The weight counts decoded from one segment's strings. */
    private final int[] counts;
    /** Each neuron's input and spike in the last timestep, rewritten by the next. */
    private final int[] input;
    private final boolean[] fired;
    /** NPU cycles of a neuron update, the same every timestep. */
    private final long neuronCycles;
    /** The digital weight of each column of a neuron's group, from the synapse layout. */
    private final int[] factor;
    private final Tdc tdc;
    private final WriteDriver writeDriver;
    private final NeuronArray neurons;
    private final LearningUnit learning;
    private final UniformRandomProvider retentionRng;
    private TdcCalibration.Result calibration;
    /** Whether the tile's own blocks are powered, and the core cycle from which its powered time is not yet counted. */
    private boolean powered = true;
    private long poweredSince;

    /**
     * @param name       the tile's stable name, such as {@code tile0}; it keys its random streams
     * @param config     the architecture
     * @param technology the devices and costs
     * @param masterSeed the run's seed
     */
    public Tile(String name, TileConfig config, Technology technology, long masterSeed) {
        this(name, config, technology, masterSeed, TileBlocks.MODELS);
    }

    /**
     * @param name       the tile's stable name, which keys its generators
     * @param config     its architecture
     * @param technology its devices and costs
     * @param masterSeed the run's seed
     * @param blocks     what implements its blocks that have RTL
     */
    public Tile(String name, TileConfig config, Technology technology, long masterSeed, TileBlocks blocks) {
        this.name = name;
        this.config = config;
        this.technology = technology;
        CrossbarGeometry g = config.geometry();
        this.crossbar = Crossbar.fabricate(g, config.synapses().cell(), technology, masterSeed, name + ".crossbar", ledger);
        MtjCells cells = crossbar.cells();
        this.charging = new StringCharging(technology.readPath(), g.segment());
        this.crossings = new long[g.strings()];
        this.counts = new int[g.columns()];
        this.tdc = blocks.tdc(name, g.strings(),
                new TdcTiming(config.tdc(), technology.readPath().tdcLsbPs(), config.npuClock()), ledger);
        this.writeDriver = new SotWriteDriver(crossbar, technology.switching(), config.writeDriver(), config.halfSelect(),
                config.npuClock(), ledger, blocks.writeController(name, g.columns()));
        this.neurons = neurons(config, technology, masterSeed, name, blocks, ledger);
        this.input = new int[neurons.size()];
        this.fired = new boolean[neurons.size()];
        this.neuronCycles = config.npuClock().cyclesForNs(
                technology.cost(Action.NEURON_UPDATE).latencyNs() * neurons.size());
        this.factor = new int[config.synapses().columnsPerNeuron()];
        for (int j = 0; j < factor.length; j++) {
            factor[j] = config.synapses().factor(j);
        }
        this.learning = new LearningUnit(g, config.synapses(), cells, technology.switching(), config.npuClock(),
                masterSeed, name + ".learning", ledger);
        this.retentionRng = Seeds.generator(masterSeed, name + ".crossbar.retention");
        resetCalibration();
    }

    private static NeuronArray neurons(TileConfig config, Technology technology, long seed, String tile,
                                       TileBlocks blocks, Ledger ledger) {
        String name = tile + ".neurons";
        int count = config.synapses().neurons(config.geometry().columns());
        TileConfig.NeuronConfig n = config.neurons();
        return switch (n.model()) {
            case CMOS_LIF -> blocks.lifNeurons(tile, count, n.lif(), ledger);
            case STOCHASTIC_MTJ -> new StochasticMtjNeurons(count, technology.switching(), n.offsetV(),
                    n.voltsPerUnit(), n.pulseWidthNs(), n.lif().threshold(), seed, name, ledger);
            case EXCHANGE_BIAS_MTJ -> new ExchangeBiasNeurons(count, technology.exchangeBias(),
                    technology.neelBrown(), technology.device().temperatureK(), n.pulseIntervalNs(),
                    n.timestepNs(), n.lif().threshold(), seed, name, ledger);
        };
    }

    /**
     * Runs the TDC calibration routine, as the firmware commands it: every converter converts its two
     * reference strings, which the ledger counts, and the routine takes their conversion time.
     *
     * @return what the calibration found, with its NPU cycles
     */
    public TdcCalibration.Result calibrate() {
        calibration = TdcCalibration.run(tdc, charging, config.geometry(), config.synapses().cell(), technology.readPath(),
                crossbar.stringDevice(), config.npuClock());
        long references = 2L * tdc.converters();
        ledger.add(Action.STRING_READ, references);
        ledger.add(Action.COLUMN_CHARGE, references * config.geometry().segment());
        ledger.add(Action.TDC_CONVERSION, references);
        ledger.add(Action.TDC_COUNT, calibration.referenceCounts() * tdc.converters());
        ledger.add(Action.READ_PATH_PS, Math.round(config.npuClock().nanoseconds(calibration.cycles()) * 1000));
        return calibration;
    }

    /** Leaves the converters calibrated as a reset does, before any firmware runs: not counted in the ledger. */
    public void resetCalibration() {
        calibration = TdcCalibration.run(tdc, charging, config.geometry(), config.synapses().cell(), technology.readPath(),
                crossbar.stringDevice(), config.npuClock());
    }

    /**
     * Power-gates the tile's own blocks, as the NPU's policy does from reset for a tile not yet used.
     *
     * @param cycle the core cycle
     */
    public void gate(long cycle) {
        settle(cycle);
        powered = false;
    }

    /**
     * Powers the tile if it was gated, at the technology's wake-up energy.
     *
     * @param cycle the core cycle it wakes at
     * @return the core cycles the wake-up takes, 0 if the tile was powered
     */
    public long wake(long cycle) {
        if (powered) {
            return 0;
        }
        powered = true;
        poweredSince = cycle;
        ledger.add(Action.TILE_WAKE, 1);
        return ClockDomain.CORE.cyclesForNs(technology.cost(Action.TILE_WAKE).latencyNs());
    }

    /** @return whether the tile's own blocks are powered */
    public boolean powered() {
        return powered;
    }

    /**
     * Counts the tile's powered time up to a cycle.
     *
     * @param cycle the present core cycle
     */
    public void settle(long cycle) {
        if (powered && cycle > poweredSince) {
            ledger.add(Action.TILE_POWERED_PS, Math.round(ClockDomain.CORE.nanoseconds(cycle - poweredSince) * 1000));
            poweredSince = cycle;
        }
    }

    /** Starts counting powered time from cycle 0 again, as a reset of the core's clock requires. */
    public void rebase() {
        poweredSince = 0;
    }

    /**
     * One timestep; it closes a timestep of the tile's ledger.
     *
     * @param timestep   the timestep's index, for spike timing in learning
     * @param drivenRows rows with an input spike, each once
     * @param count      how many entries of {@code drivenRows} to use
     * @return the neurons' spikes and the timestep's latency, whose arrays the tile's next step rewrites
     */
    public TileStep step(int timestep, int[] drivenRows, int count) {
        Conversion conversion = read(drivenRows, count);
        int[] input = neuronInput(conversion);
        neurons.step(input, fired);
        learning.select(fired);
        int spikes = 0;
        for (boolean f : fired) {
            spikes += f ? 1 : 0;
        }
        long learnCycles = learning.learn(timestep, drivenRows, count, fired);
        ledger.add(Action.READ_PATH_PS, Math.round(config.npuClock().nanoseconds(conversion.cycles()) * 1000));
        TileStep step = new TileStep(fired, spikes, input, conversion.codes(), conversion.cycles(), conversion.chargeCycles(),
                neuronCycles, learnCycles);
        ledger.closeTimestep(step.cycles());
        return step;
    }

    /**
     * Reads the crossbar and converts its strings, without updating the neurons.
     *
     * @param drivenRows rows with an input spike, each once
     * @param count      how many entries of {@code drivenRows} to use
     * @return the strings' codes
     */
    public Conversion read(int[] drivenRows, int count) {
        // A gated tile's strings are unpowered: bypass cells read nothing without a driven row anyway, XNOR
        // cells, whose every row takes part, would read all.
        StringRead read = powered ? crossbar.read(drivenRows, count) : crossbar.unread();
        return tdc.convert(charging.crossings(read, crossings), read.drivenRows());
    }

    /**
     * Decodes every converted string and sums the counts into the neurons' inputs.
     *
     * @param conversion the codes of a read
     * @return each neuron's input, rewritten by the tile's next timestep
     */
    public int[] neuronInput(Conversion conversion) {
        CrossbarGeometry g = config.geometry();
        SynapseLayout layout = config.synapses();
        int perNeuron = factor.length;
        int[] input = this.input;
        Arrays.fill(input, 0);
        CountDecoder decoder = calibration.decoder();
        int agreeing = g.segment() * crossbar.cells().topLevel();
        for (int seg = 0; seg < g.segments(); seg++) {
            int driven = conversion.drivenRows()[seg];
            if (driven == 0) {
                continue;
            }
            decoder.counts(conversion.codes(), g.string(seg, 0), g.columns(), driven, counts);
            for (int n = 0, s = 0; n < input.length; n++) {
                for (int j = 0; j < perNeuron; j++, s++) {
                    input[n] += factor[j] * layout.signedCount(counts[s], agreeing);
                }
            }
        }
        return input;
    }

    /**
     * Lets unpowered time pass: junctions relax over their barriers (retention).
     *
     * @param ns the time
     * @return cells that changed
     */
    public int elapse(double ns) {
        return crossbar.cells().elapse(ns, retentionRng);
    }

    /** @return the tile's name */
    public String name() {
        return name;
    }

    /** @return the architecture */
    public TileConfig config() {
        return config;
    }

    /** @return the technology */
    public Technology technology() {
        return technology;
    }

    /** @return the actions counted so far */
    public Ledger ledger() {
        return ledger;
    }

    /** @return the crossbar */
    public Crossbar crossbar() {
        return crossbar;
    }

    /** Told of every SOT pulse a cell of this tile takes. */
    @FunctionalInterface
    public interface PulseListener {
        /**
         * @param row        the cell's row
         * @param column     its column
         * @param toParallel whether the pulse drove it toward parallel
         * @param switched   whether it moved one level
         */
        void pulsed(int row, int column, boolean toParallel, boolean switched);
    }

    /** @param listener told of every pulse into this tile's crossbar from now on */
    public void onPulse(PulseListener listener) {
        int columns = config.geometry().columns();
        crossbar.cells().setPulseListener((cell, toParallel, switched) -> listener.pulsed(cell / columns,
                cell % columns, toParallel, switched));
    }


    /** @return the converters */
    public Tdc tdc() {
        return tdc;
    }

    /** @return the strings' analog charging */
    public StringCharging charging() {
        return charging;
    }

    /** @return the last calibration */
    public TdcCalibration.Result calibration() {
        return calibration;
    }

    /** @return the write driver */
    public WriteDriver writeDriver() {
        return writeDriver;
    }

    /** @return the learning unit */
    public LearningUnit learning() {
        return learning;
    }

    /** @return the neurons */
    public NeuronArray neurons() {
        return neurons;
    }

    /**
     * The ledger, the crossbar, the TDC registers, the write policy, the neurons, the learning unit and
     * the retention generator. The calibration's decoder is not saved: it depends only on the tile's
     * configuration and technology, so a tile built from them already has it.
     *
     * @throws StateException if a block of the tile runs from RTL
     */
    @Override
    public void save(StateWriter out) {
        out.section(name);
        ledger.save(out);
        out.bool(powered);
        out.i64(poweredSince);
        crossbar.save(out);
        int[] offsets = new int[tdc.converters()];
        int[] gains = new int[tdc.converters()];
        for (int c = 0; c < offsets.length; c++) {
            offsets[c] = tdc.offset(c);
            gains[c] = tdc.gain(c);
        }
        out.ints(offsets);
        out.ints(gains);
        WriteDriverConfig w = writeDriver.config();
        out.doubles(new double[] {w.amplitudeV(), w.widthNs()});
        out.bool(w.verify());
        out.i32(w.maxRetries());
        stateful(neurons).save(out);
        learning.save(out);
        out.bytes(Seeds.state(retentionRng));
    }

    @Override
    public void restore(StateReader in) {
        in.section(name);
        ledger.restore(in);
        powered = in.bool();
        poweredSince = in.i64();
        crossbar.restore(in);
        int[] offsets = in.ints(tdc.converters());
        int[] gains = in.ints(tdc.converters());
        for (int c = 0; c < offsets.length; c++) {
            tdc.setOffset(c, offsets[c]);
            tdc.setGain(c, gains[c]);
        }
        double[] w = in.doubles(2);
        writeDriver.configure(new WriteDriverConfig(w[0], w[1], in.bool(), in.i32()));
        stateful(neurons).restore(in);
        learning.restore(in);
        Seeds.restore(retentionRng, in.bytes());
    }

    private Stateful stateful(NeuronArray n) {
        if (n instanceof Stateful s) {
            return s;
        }
        throw new StateException(name + ": the " + config.neurons().model().name().toLowerCase(Locale.ROOT)
                .replace('_', '-') + " neurons run from RTL, whose state lives in the Verilated model");
    }
}
