package org.neuromtj.chip.device;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neuromtj.foundation.random.Seeds;

/**
 * A population of junctions, such as the cells of one crossbar, held as arrays so that a string read
 * touches nothing but numbers. Each cell has its own drawn R_P and TMR and, when the variation spreads
 * them, its own Δ, I_c0 and τ0 (device-to-device variation, fixed at fabrication: its pulses switch it and
 * its retention relaxes it by its own figures), a level, a count of the write pulses it has taken (its endurance counter),
 * and its own random stream for switching, keyed by the cell and advanced by that count, so a pulse's
 * outcome never depends on which other cells were written first.
 *
 * <p>Levels: 0 is the antiparallel (high-resistance) state and {@code levels − 1} the parallel one. A
 * multi-level cell's levels are equally spaced in resistance between its own R_AP and R_P, which is
 * what a write-verified multi-domain synapse is programmed to and what makes resistance summation
 * add levels.
 */
public final class MtjCells {
    private final MtjParameters device;
    private final Variation variation;
    private final double[] resistanceP;
    private final double[] resistanceAp;
    private final byte[] level;
    private final long[] pulses;
    private final long streamKey;
    /** Each cell's factors on Δ, I_c0 and τ0, three a cell; null when every junction switches as the nominal one. */
    private final double[] switching;
    private final int top;
    private LevelListener listener = cell -> { };
    private PulseListener pulseListener = (cell, toParallel, switched) -> { };

    /** Told of every SOT pulse a cell takes. */
    @FunctionalInterface
    public interface PulseListener {
        /**
         * @param cell       the cell
         * @param toParallel whether the pulse drove it toward parallel
         * @param switched   whether it moved one level
         */
        void pulsed(int cell, boolean toParallel, boolean switched);
    }

    /** @param l told of every pulse from now on */
    public void setPulseListener(PulseListener l) {
        this.pulseListener = l;
    }

    /** Told after a cell's level changes, so derived read paths can follow. */
    @FunctionalInterface
    public interface LevelListener {
        /** @param cell index of the cell whose level changed */
        void levelChanged(int cell);
    }

    /**
     * Fabricates a population: every cell starts antiparallel (level 0).
     *
     * @param count      number of cells
     * @param device     nominal junction
     * @param variation  spreads and noise
     * @param masterSeed the run's seed
     * @param name       the population's stable name, such as {@code tile0.crossbar}
     */
    public MtjCells(int count, MtjParameters device, Variation variation, long masterSeed, String name) {
        this.device = device;
        this.variation = variation;
        this.resistanceP = new double[count];
        this.resistanceAp = new double[count];
        this.level = new byte[count];
        this.pulses = new long[count];
        this.streamKey = Seeds.derive(masterSeed, name + ".switching");
        this.top = device.levels() - 1;
        UniformRandomProvider fab = Seeds.generator(masterSeed, name + ".fabrication");
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(fab);
        double rp = device.resistancePOhm();
        // Held in locals: fabrication runs once, mostly before the JIT has compiled it, where every call counts.
        double sigmaLogR = variation.sigmaLogR();
        double nominalTmr = device.tmr();
        double sigmaTmr = variation.sigmaTmr();
        // Log-normal with the mean, not the median, at nominal: ln R ~ N(ln R_P − σ²/2, σ).
        double mu = Math.log(rp) - sigmaLogR * sigmaLogR / 2;
        for (int i = 0; i < count; i++) {
            double r = sigmaLogR == 0 ? rp : Math.exp(mu + sigmaLogR * gauss.sample());
            double tmr = nominalTmr + sigmaTmr * gauss.sample();
            // A drawn TMR at or below zero would make a junction that cannot store a bit; such a device
            // reads as having (almost) no magnetoresistance, which is how it fails in silicon.
            resistanceP[i] = r;
            resistanceAp[i] = r * (1 + Math.max(tmr, 1e-6));
        }
        this.switching = variation.spreadsSwitching() ? switching(count, variation,
                Seeds.generator(masterSeed, name + ".fabrication.switching")) : null;
    }

    /**
     * Draws each junction's Δ, I_c0 and τ0 factors from their own stream, so that the resistances drawn
     * before are those of a population without the spreads. A draw that would make Δ or I_c0 vanish or turn
     * negative is held at a twentieth of nominal: such a junction is all but unstable, as it would be.
     */
    private static double[] switching(int count, Variation v, UniformRandomProvider fab) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(fab);
        double[] f = new double[3 * count];
        double sigmaDelta = v.sigmaThermalStability();
        double sigmaIc = v.sigmaCriticalCurrent();
        double sigmaLogTau = v.sigmaLogAttemptTime();
        for (int i = 0; i < count; i++) {
            f[3 * i] = Math.max(0.05, 1 + sigmaDelta * gauss.sample());
            f[3 * i + 1] = Math.max(0.05, 1 + sigmaIc * gauss.sample());
            f[3 * i + 2] = Math.exp(sigmaLogTau * gauss.sample());
        }
        return f;
    }

    /** @return how the cell's Δ, I_c0 and τ0 differ from the nominal junction's */
    public DeviceSpread spread(int cell) {
        return switching == null ? DeviceSpread.NOMINAL
                : new DeviceSpread(switching[3 * cell], switching[3 * cell + 1], switching[3 * cell + 2]);
    }

    /** @param l told after every level change */
    public void setListener(LevelListener l) {
        this.listener = l;
    }

    /** @return the number of cells */
    public int size() {
        return level.length;
    }

    /** @return the nominal junction */
    public MtjParameters device() {
        return device;
    }

    /** @return the spreads and noise of this population */
    public Variation variation() {
        return variation;
    }

    /** @return the highest level, the parallel state */
    public int topLevel() {
        return top;
    }

    /** @return the level of a cell */
    public int level(int cell) {
        return level[cell];
    }

    /** @return write pulses the cell has taken */
    public long pulses(int cell) {
        return pulses[cell];
    }

    /** @return whether the cell has worn out and no longer switches */
    public boolean isWornOut(int cell) {
        return pulses[cell] >= variation.enduranceCycles();
    }

    /** @return the cell's present resistance without read noise */
    public double resistanceOhm(int cell) {
        return resistanceOhm(cell, level[cell]);
    }

    /**
     * @param cell  the cell
     * @param level a level, 0 to {@link #topLevel()}
     * @return the cell's resistance at that level, without read noise
     */
    public double resistanceOhm(int cell, int level) {
        double ap = resistanceAp[cell];
        return ap - (ap - resistanceP[cell]) * level / top;
    }

    /**
     * @param cell      the cell
     * @param level     a level, 0 to {@link #topLevel()}
     * @param tmrFactor the fraction of its TMR the junction keeps at the read's bias
     *                  ({@link MtjParameters#tmrFactor})
     * @return the cell's resistance at that level and bias, without read noise
     */
    public double resistanceOhm(int cell, int level, double tmrFactor) {
        if (tmrFactor == 1) {
            return resistanceOhm(cell, level);
        }
        double p = resistanceP[cell];
        double ap = p + (resistanceAp[cell] - p) * tmrFactor;
        return ap - (ap - p) * level / top;
    }

    /** @return this cell's own R_P */
    public double resistancePOhm(int cell) {
        return resistanceP[cell];
    }

    /** @return this cell's own R_AP */
    public double resistanceApOhm(int cell) {
        return resistanceAp[cell];
    }

    /**
     * Sets a level directly, as a model file or a restored snapshot does; no pulse is counted.
     *
     * @param cell  the cell
     * @param value the level, 0 to {@link #topLevel()}
     */
    public void setLevel(int cell, int value) {
        if (value < 0 || value > top) {
            throw new IllegalArgumentException("level " + value + " outside 0.." + top);
        }
        if (level[cell] != value) {
            level[cell] = (byte) value;
            listener.levelChanged(cell);
        }
    }

    /** @return every cell's level, a copy */
    public byte[] levels() {
        return level.clone();
    }

    /** @return every cell's pulse count (its wear and its switching stream's position), a copy */
    public long[] pulseCounts() {
        return pulses.clone();
    }

    /**
     * Puts every cell back in a state saved from this same population (non-volatile storage, a
     * snapshot): levels and pulse counts. Checked whole before anything changes.
     *
     * @param levels each cell's level
     * @param counts each cell's pulse count
     * @throws IllegalArgumentException if a length or a value does not fit this population
     */
    public void restore(byte[] levels, long[] counts) {
        check(levels, counts);
        System.arraycopy(counts, 0, pulses, 0, counts.length);
        for (int i = 0; i < levels.length; i++) {
            setLevel(i, levels[i]);
        }
    }

    /**
     * @param levels each cell's level
     * @param counts each cell's pulse count
     * @throws IllegalArgumentException if {@link #restore} would refuse them
     */
    public void check(byte[] levels, long[] counts) {
        if (levels.length != level.length || counts.length != pulses.length) {
            throw new IllegalArgumentException(levels.length + " levels and " + counts.length + " pulse counts for "
                    + level.length + " cells");
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 0 || levels[i] > top || counts[i] < 0) {
                throw new IllegalArgumentException("cell " + i + ": level " + levels[i] + " (0.." + top
                        + ") or pulse count " + counts[i] + " out of range");
            }
        }
    }

    /**
     * Applies one SOT write pulse. A pulse that would drive the cell past its end level, or that hits a
     * worn-out cell, still stresses it and counts toward endurance but changes nothing.
     *
     * @param cell       the cell
     * @param amplitudeV pulse amplitude
     * @param widthNs    pulse width
     * @param toward     the state it drives toward
     * @param law        the switching law of the technology
     * @return whether the cell moved one level
     */
    public boolean pulse(int cell, double amplitudeV, double widthNs, Direction toward, SwitchingLaw law) {
        boolean switched = switches(cell, amplitudeV, widthNs, toward, law);
        pulseListener.pulsed(cell, toward == Direction.TO_PARALLEL, switched);
        return switched;
    }

    private boolean switches(int cell, double amplitudeV, double widthNs, Direction toward, SwitchingLaw law) {
        long n = pulses[cell]++;
        int target = level[cell] + (toward == Direction.TO_PARALLEL ? 1 : -1);
        if (target < 0 || target > top || n >= variation.enduranceCycles()) {
            return false;
        }
        double p = law.probability(amplitudeV, widthNs, toward, spread(cell));
        if (Seeds.uniform(Seeds.member(streamKey, cell), n) >= p) {
            return false;
        }
        level[cell] = (byte) target;
        listener.levelChanged(cell);
        return true;
    }

    /**
     * A read current has disturbed a cell: it moves one level toward parallel, if it can.
     *
     * @param cell the cell
     */
    public void disturb(int cell) {
        if (level[cell] < top) {
            level[cell]++;
            listener.levelChanged(cell);
        }
    }

    /**
     * Lets time pass without power: every junction relaxes over its barrier as a two-state telegraph
     * process with mean dwell τ = τ0·exp(Δ) in each state, so over {@code dtNs} a cell ends up changed
     * with probability (1 − exp(−2·dt/τ)) / 2. Flipping cells are found by geometric skipping, so the
     * cost is proportional to the flips, not to the cells. A multi-level cell steps one level, up or
     * down with equal chance, within its range.
     *
     * @param dtNs the time that passes
     * @param rng  the population's retention generator
     * @return how many cells changed
     */
    public int elapse(double dtNs, UniformRandomProvider rng) {
        if (switching != null) {
            return elapseEach(dtNs, rng);
        }
        double p = -Math.expm1(-2 * dtNs / device.retentionTimeNs()) / 2;
        if (p <= 0) {
            return 0;
        }
        double logQ = Math.log1p(-p);
        int flips = 0;
        long i = -1;
        while (true) {
            i += 1 + (p >= 1 ? 0 : (long) Math.floor(Math.log(1 - rng.nextDouble()) / logQ));
            if (i >= level.length) {
                return flips;
            }
            flips += relax((int) i, rng);
        }
    }

    /** Retention when every junction has its own τ0·exp(Δ): each cell tried in turn. */
    private int elapseEach(double dtNs, UniformRandomProvider rng) {
        int flips = 0;
        for (int c = 0; c < level.length; c++) {
            double tauNs = device.attemptTimeNs() * switching[3 * c + 2]
                    * Math.exp(device.thermalStability() * switching[3 * c]);
            if (rng.nextDouble() < -Math.expm1(-2 * dtNs / tauNs) / 2) {
                flips += relax(c, rng);
            }
        }
        return flips;
    }

    /** A junction that has crossed its barrier: a binary cell flips, a multi-level one steps up or down. */
    private int relax(int c, UniformRandomProvider rng) {
        int step = top == 1 ? (level[c] == 0 ? 1 : -1) : (rng.nextBoolean() ? 1 : -1);
        int target = level[c] + step;
        if (target >= 0 && target <= top) {
            level[c] = (byte) target;
            listener.levelChanged(c);
            return 1;
        }
        return 0;
    }
}
