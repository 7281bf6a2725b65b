package org.neuromtj.chip.npu.learning;

import java.util.Arrays;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.foundation.random.CounterStreams;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * A tile's on-chip learning: STDP with any of the nine rule pairs, Hebbian or Oja updates, applied as
 * probabilistic SOT pulses to the synapses' cells, and the stochastic neuron-selection mask.
 *
 * <p>A synapse from row r to neuron n is the cell in row r of the neuron's first column (bit 0 of its
 * positive group) and, for signed layouts, its partner in the negative group, which is pulsed the
 * opposite way: learning tiles use one-bit weights. Every pulse is a draw from that cell's own stream,
 * so learning is deterministic per seed whatever the order of pulses.
 *
 * <p>Where the write current flows through the junction ({@link SwitchingLaw#throughJunction()}, spin-transfer
 * torque), Hebb and Oja are coincidences on the array rather than pulses cell by cell: in the potentiating
 * phase the active rows are driven at +A and the firing neurons' columns at −A, so a cell of an active row
 * and a firing column sees 2A toward parallel and a cell that shares only one of the two lines sees A (it is
 * half-selected); Oja's depressing phase drives the silent rows and the firing columns the other way. A pulse
 * toward antiparallel has its own amplitude if one is set ({@link LearningConfig#depressMv()}): VCMA helps
 * one polarity and hinders the other, so the two may need different voltages for the same switching
 * probability. Every
 * cell that sees a voltage gets its pulse, drawn from its own stream — the half-selected ones disturb, as a
 * two-terminal array does, including a firing column's cells in rows that are not plastic — and its Joule
 * heat, V²·t over its resistance, is counted, as is the charge of the lines the phase drives. A differential
 * synapse's partner junction is pulsed the other way by its own column. A phase takes one pulse width
 * whatever the cells it reaches.
 *
 * <p>A unit whose mode is {@link LearningConfig.Mode#OFF} is gated: it records no spike times, so the
 * timesteps a firmware runs with learning off (a competition's probes, say) never pair with those it runs
 * with learning on.
 *
 * <p>The mask (002, neuronal selection): each timestep each neuron's selection junction is reset to
 * antiparallel and pulsed at {@code maskMv}; if it switches to parallel, the neuron's spike of that
 * timestep is suppressed (its membrane still resets). Held ({@link LearningConfig#maskHold()}), the
 * junctions are reset and pulsed once, by {@link #drawMask()}, and keep their state: the same neurons
 * stay selected out until the next draw, as a task's neurons are chosen in continual learning. The
 * selection junctions draw from their own streams.
 */
public final class LearningUnit implements Stateful {
    private static final int NEVER = Integer.MIN_VALUE / 2;

    private final CrossbarGeometry geometry;
    private final SynapseLayout layout;
    private final MtjCells cells;
    private final SwitchingLaw law;
    private final Ledger ledger;
    /** Spike-time checks made in the timestep being learned from, counted with its pulses. */
    private long checks;
    /** Coincident phases of the timestep being learned from, each one pulse width long. */
    private long phases;
    /** Junction heat of this timestep's coincident pulses, in attojoules. */
    private double junctionHeatAj;
    /** The lines this timestep's coincident phases charged, in cells times mV² (see {@link Action#LINE_CHARGE}). */
    private long lineCharge;
    private final ClockDomain npu;
    /** The Joule heat of this timestep's pulses so far, in mV²·ps (see {@link Action#SOT_HEAT}). */
    private long heat;
    private final int[] lastPre;
    private final int[] lastPost;
    private final CounterStreams mask;
    /** The selection junctions that switched to parallel at the last held draw: their neurons are silent. */
    private final boolean[] heldOut;
    private LearningConfig config = LearningConfig.off();

    /**
     * @param geometry   the crossbar's shape
     * @param layout     how neurons own columns
     * @param cells      the crossbar's junctions
     * @param law        the technology's switching law
     * @param npu        the NPU's clock, for pulse latency
     * @param masterSeed the run's seed
     * @param name       the unit's stable name
     * @param ledger     where pulses are counted
     */
    public LearningUnit(CrossbarGeometry geometry, SynapseLayout layout, MtjCells cells, SwitchingLaw law, ClockDomain npu,
                        long masterSeed, String name, Ledger ledger) {
        this.geometry = geometry;
        this.layout = layout;
        this.cells = cells;
        this.law = law;
        this.npu = npu;
        this.ledger = ledger;
        this.lastPre = new int[geometry.rows()];
        this.lastPost = new int[layout.neurons(geometry.columns())];
        this.mask = new CounterStreams(masterSeed, name + ".mask", lastPost.length);
        this.heldOut = new boolean[lastPost.length];
        reset();
    }

    /** @return the rule in force */
    public LearningConfig config() {
        return config;
    }

    /** @param next the rule for the timesteps that follow */
    public void configure(LearningConfig next) {
        this.config = next;
    }

    /** Forgets every spike time. */
    public void reset() {
        Arrays.fill(lastPre, NEVER);
        Arrays.fill(lastPost, NEVER);
    }

    /**
     * Applies the selection mask to a timestep's spikes.
     *
     * @param fired each neuron's spike; silenced neurons are cleared
     * @return how many were silenced
     */
    public int select(boolean[] fired) {
        if (config.maskMv() <= 0) {
            return 0;
        }
        if (!config.maskHold()) {
            draw();
        }
        int silenced = 0;
        for (int n = 0; n < fired.length; n++) {
            if (fired[n] && heldOut[n]) {
                fired[n] = false;
                silenced++;
            }
        }
        return silenced;
    }

    /**
     * Resets and pulses every selection junction at the mask's amplitude; with the mask held, the draw
     * stands until the next one.
     */
    public void drawMask() {
        if (config.maskMv() > 0) {
            draw();
        }
    }

    private void draw() {
        double p = law.probability(config.maskMv() / 1e3, config.widthPs() / 1e3, Direction.TO_PARALLEL);
        for (int n = 0; n < heldOut.length; n++) {
            heldOut[n] = mask.next(n) < p;
        }
        ledger.add(Action.NEURON_PULSE, heldOut.length);
    }

    /** @param neuron a neuron of the tile @return whether the last draw of the mask selected it out */
    public boolean selectedOut(int neuron) {
        return heldOut[neuron];
    }

    /**
     * Learns from one timestep's spikes.
     *
     * @param timestep   the timestep
     * @param drivenRows rows driven in it, each once
     * @param count      entries of {@code drivenRows} to use
     * @param fired      neurons that spiked in it
     * @return NPU cycles the learning pulses took
     */
    public long learn(int timestep, int[] drivenRows, int count, boolean[] fired) {
        if (config.mode() == LearningConfig.Mode.OFF) {
            return 0;
        }
        long pulses = 0;
        switch (config.mode()) {
            case STDP -> pulses = stdp(timestep, drivenRows, count, fired);
            case HEBB, OJA -> pulses = correlate(timestep, drivenRows, count, fired);
            default -> throw new IllegalStateException("learning mode " + config.mode());
        }
        for (int k = 0; k < count; k++) {
            lastPre[drivenRows[k]] = timestep;
        }
        for (int n = 0; n < fired.length; n++) {
            if (fired[n]) {
                lastPost[n] = timestep;
            }
        }
        ledger.add(Action.SOT_PULSE, pulses);
        ledger.add(Action.SOT_HEAT, heat);
        ledger.add(Action.LEARNING_CHECK, checks);
        ledger.add(Action.JUNCTION_HEAT, Math.round(junctionHeatAj));
        ledger.add(Action.LINE_CHARGE, lineCharge);
        lineCharge = 0;
        heat = 0;
        checks = 0;
        junctionHeatAj = 0;
        long pulseCycles = npu.cyclesForPs(config.widthPs());
        long cycles = (pulses + phases) * pulseCycles;
        phases = 0;
        return cycles;
    }

    private long stdp(int t, int[] drivenRows, int count, boolean[] fired) {
        long pulses = 0;
        int from = config.firstRow();
        int to = Math.min(geometry.rows(), from + config.rows());
        boolean[] preNow = new boolean[geometry.rows()];
        for (int k = 0; k < count; k++) {
            preNow[drivenRows[k]] = true;
        }
        for (int n = 0; n < fired.length; n++) {
            if (fired[n] && config.causal() != Plasticity.NONE) {
                checks += to - from;
                for (int r = from; r < to; r++) {
                    int dt = preNow[r] ? 0 : t - lastPre[r];
                    if (dt >= 0 && dt <= config.windowSteps()) {
                        pulses += pulse(r, n, config.causal(), dt);
                    }
                }
            }
        }
        if (config.acausal() != Plasticity.NONE) {
            for (int k = 0; k < count; k++) {
                int r = drivenRows[k];
                if (r < from || r >= to) {
                    continue;
                }
                checks += fired.length;
                for (int n = 0; n < fired.length; n++) {
                    int dt = t - lastPost[n];
                    if (!fired[n] && dt > 0 && dt <= config.windowSteps()) {
                        pulses += pulse(r, n, config.acausal(), dt);
                    }
                }
            }
        }
        return pulses;
    }


    private long correlate(int t, int[] drivenRows, int count, boolean[] fired) {
        // x_j: the row was driven within the window before or at this timestep (a presynaptic trace).
        boolean[] driven = new boolean[geometry.rows()];
        for (int r = 0; r < driven.length; r++) {
            driven[r] = t - lastPre[r] <= config.windowSteps();
        }
        for (int k = 0; k < count; k++) {
            driven[drivenRows[k]] = true;
        }
        long pulses = 0;
        int from = config.firstRow();
        int to = Math.min(geometry.rows(), from + config.rows());
        if (law.throughJunction()) {
            coincide(driven, fired, from, to);
            return 0;
        }
        for (int n = 0; n < fired.length; n++) {
            if (!fired[n]) {
                continue;
            }
            checks += to - from;
            for (int r = from; r < to; r++) {
                if (driven[r]) {
                    pulses += pulse(r, n, Plasticity.LTP, 0);
                } else if (config.mode() == LearningConfig.Mode.OJA) {
                    pulses += pulse(r, n, Plasticity.LTD, 0);
                }
            }
        }
        return pulses;
    }

    /**
     * Hebb's potentiating phase and Oja's depressing one as coincidences (see above). A firing column's line
     * runs through every row, so its cells in rows outside the plastic ones, held at 0 V, are half-selected
     * too.
     */
    private void coincide(boolean[] driven, boolean[] fired, int from, int to) {
        int firing = 0;
        for (boolean f : fired) {
            firing += f ? 1 : 0;
        }
        if (firing == 0) {
            return;
        }
        checks += (long) firing * (to - from);
        double w = config.widthPs() / 1e3;
        boolean oja = config.mode() == LearningConfig.Mode.OJA;
        int active = 0;
        for (int r = 0; r < geometry.rows(); r++) {
            boolean plastic = r >= from && r < to;
            active += plastic && driven[r] ? 1 : 0;
            for (int n = 0; n < fired.length; n++) {
                int column = fired[n] ? 1 : 0;
                int potentiating = (plastic && driven[r] ? 1 : 0) + column;
                if (potentiating > 0) {
                    junctionPulse(r, n, potentiating, w, Direction.TO_PARALLEL);
                }
                int depressing = (plastic && !driven[r] ? 1 : 0) + column;
                if (oja && depressing > 0) {
                    junctionPulse(r, n, depressing, w, Direction.TO_ANTIPARALLEL);
                }
            }
        }
        // Each phase charges its driven rows (every cell of the row) and the firing synapses' columns (every
        // cell of the column), each line at the amplitude of the way it drives its junctions.
        long toP = (long) config.amplitudeMv() * config.amplitudeMv();
        long toAp = (long) config.depressingMv() * config.depressingMv();
        long columns = (long) firing * geometry.rows();
        long partners = layout.differential() ? columns : 0;
        lineCharge += (long) active * geometry.columns() * toP + columns * toP + partners * toAp;
        if (oja) {
            lineCharge += (long) (to - from - active) * geometry.columns() * toAp + columns * toAp + partners * toP;
        }
        phases += oja ? 2 : 1;
    }

    /**
     * One synapse's junction, and its differential partner the other way, under a coincidence of {@code lines}
     * driven lines (1 half-selects, 2 selects): each junction sees that many times the amplitude of the way it
     * is driven — toward parallel the learning pulse's, toward antiparallel the depressing one's.
     */
    private void junctionPulse(int row, int neuron, int lines, double w, Direction toward) {
        int column = neuron * layout.columnsPerNeuron();
        heatThrough(geometry.cell(row, column), lines * amplitudeV(toward), w, toward);
        if (layout.differential()) {
            Direction other = toward == Direction.TO_PARALLEL ? Direction.TO_ANTIPARALLEL : Direction.TO_PARALLEL;
            heatThrough(geometry.cell(row, column + layout.weightBits()), lines * amplitudeV(other), w, other);
        }
    }

    private double amplitudeV(Direction toward) {
        return (toward == Direction.TO_PARALLEL ? config.amplitudeMv() : config.depressingMv()) / 1e3;
    }

    private void heatThrough(int cell, double v, double w, Direction toward) {
        // V² t / R in attojoules: V² · ns · 1e-9 / Ω J = V² · ns · 1e9 / Ω aJ.
        junctionHeatAj += v * v * w * 1e9 / cells.resistanceOhm(cell);
        cells.pulse(cell, v, w, toward, law);
    }

    /**
     * One pulse on synapse (row, neuron). The driver does not read the cell first: a pulse into a cell
     * already at the end it drives toward changes nothing but still costs its energy and a cycle of
     * endurance.
     */
    private int pulse(int row, int neuron, Plasticity rule, int dt) {
        if (rule == Plasticity.NONE) {
            return 0;
        }
        int column = neuron * layout.columnsPerNeuron();
        boolean up = rule == Plasticity.LTP;
        int amplitudeMv = config.amplitudeMv() - config.decayMvPerStep() * dt;
        if (amplitudeMv <= 0) {
            return 0;
        }
        double v = amplitudeMv / 1e3;
        double w = config.widthPs() / 1e3;
        cells.pulse(geometry.cell(row, column), v, w, up ? Direction.TO_PARALLEL : Direction.TO_ANTIPARALLEL, law);
        long each = Action.sotHeat(amplitudeMv, config.widthPs());
        heat += each;
        if (!layout.differential()) {
            return 1;
        }
        heat += each;
        // The negative junction of a differential pair switches the other way, as the anti-synchronous
        // SOT-MTJ pair of 002 does: LTP leaves (+1, 0), LTD (0, +1), so a learned weight is +1 or -1.
        cells.pulse(geometry.cell(row, column + layout.weightBits()), v, w,
                up ? Direction.TO_ANTIPARALLEL : Direction.TO_PARALLEL, law);
        return 2;
    }

    @Override
    public void save(StateWriter out) {
        out.section("learning");
        LearningConfig c = config;
        out.ints(new int[] {c.mode().ordinal(), c.causal().ordinal(), c.acausal().ordinal(), c.windowSteps(),
            c.amplitudeMv(), c.decayMvPerStep(), c.widthPs(), c.firstRow(), c.rows(), c.maskMv(), c.maskHold() ? 1 : 0,
            c.depressMv()});
        out.ints(lastPre);
        out.ints(lastPost);
        int[] held = new int[heldOut.length];
        for (int n = 0; n < held.length; n++) {
            held[n] = heldOut[n] ? 1 : 0;
        }
        out.ints(held);
        mask.save(out);
    }

    @Override
    public void restore(StateReader in) {
        in.section("learning");
        int[] c = in.ints(12);
        config = new LearningConfig(LearningConfig.Mode.values()[c[0]], Plasticity.values()[c[1]],
                Plasticity.values()[c[2]], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10] != 0, c[11]);
        System.arraycopy(in.ints(lastPre.length), 0, lastPre, 0, lastPre.length);
        System.arraycopy(in.ints(lastPost.length), 0, lastPost, 0, lastPost.length);
        int[] held = in.ints(heldOut.length);
        for (int n = 0; n < held.length; n++) {
            heldOut[n] = held[n] != 0;
        }
        mask.restore(in);
    }
}
