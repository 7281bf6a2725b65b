package org.neuromtj.chip.npu.neuron;

import java.util.Arrays;
import org.neuromtj.chip.device.NeelBrownLaw;
import org.neuromtj.chip.ledger.ExchangeBiasPhysics;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The heat-driven exchange-bias MTJ LIF neuron of 001. Each unit of input is one current pulse, too
 * weak to switch the junction alone, that heats it by a fixed step; between pulses and timesteps the
 * heat decays with the junction's thermal time constant — that is the leak. Heat lowers the barrier
 * twice over: Δ(T) = Δ0·(T0/T), and the exchange bias that sets it fades linearly to nothing at the
 * blocking temperature. Each pulse switches the junction with the Néel–Brown probability at the
 * present barrier (review eq. 4–5); a switch is the spike, and a reset pulse returns the junction,
 * ending that neuron's input for the timestep. The tile's threshold register is where the pulses start:
 * an input of h sends h − threshold + 1 pulses (none below the threshold), so at threshold 1 every unit of
 * input is a pulse, and a firmware sets where each layer's neurons begin to heat.
 */
public final class ExchangeBiasNeurons extends MtjNeuronArray implements Stateful {
    private final ExchangeBiasPhysics physics;
    private final NeelBrownLaw law;
    private final double ambientK;
    private final double pulseIntervalNs;
    private final double timestepNs;
    private final double[] heatK;

    /**
     * @param count           number of neurons
     * @param physics         the neuron junction
     * @param law             the Néel–Brown law of the technology's junction, for τ0 and I_c0
     * @param ambientK        the chip's temperature
     * @param pulseIntervalNs spacing of input pulses within a timestep
     * @param timestepNs      length of a timestep
     * @param threshold       the input at which the first pulse is sent, 1 to {@link #MAX_THRESHOLD}
     * @param masterSeed      the run's seed
     * @param name            the array's stable name
     * @param ledger          where pulses and spikes are counted
     */
    public ExchangeBiasNeurons(int count, ExchangeBiasPhysics physics, NeelBrownLaw law, double ambientK,
                               double pulseIntervalNs, double timestepNs, int threshold, long masterSeed,
                               String name, Ledger ledger) {
        super(count, threshold, masterSeed, name, ledger);
        this.physics = physics;
        this.law = law;
        this.ambientK = ambientK;
        this.pulseIntervalNs = pulseIntervalNs;
        this.timestepNs = timestepNs;
        this.heatK = new double[count];
    }

    /**
     * @param temperatureK the junction's temperature
     * @return its thermal stability there
     */
    public double thermalStabilityAt(double temperatureK) {
        double fade = 1 - (temperatureK - ambientK) / (physics.blockingTemperatureK() - ambientK);
        return physics.thermalStability() * ambientK / temperatureK * Math.max(0, fade);
    }

    @Override
    public int step(int[] input, boolean[] fired) {
        double currentUa = physics.pulseCurrentRatio() * law.device().criticalCurrentUa();
        double perInterval = Math.exp(-pulseIntervalNs / physics.coolingTimeNs());
        int spikes = 0;
        long pulses = 0;
        for (int n = 0; n < heatK.length; n++) {
            fired[n] = false;
            int count = Math.max(0, input[n] - threshold() + 1);
            double elapsed = 0;
            for (int i = 0; i < count && !fired[n]; i++) {
                if (i > 0) {
                    heatK[n] *= perInterval;
                    elapsed += pulseIntervalNs;
                }
                heatK[n] += physics.heatingPerPulseK();
                pulses++;
                double delta = thermalStabilityAt(ambientK + heatK[n]);
                double p = law.probabilityAtCurrent(currentUa, physics.pulseWidthNs(), delta);
                fired[n] = streams.next(n) < p;
            }
            heatK[n] *= Math.exp(-Math.max(0, timestepNs - elapsed) / physics.coolingTimeNs());
            spikes += fired[n] ? 1 : 0;
        }
        count(pulses, spikes);
        return spikes;
    }

    @Override
    public void reset() {
        Arrays.fill(heatK, 0);
    }

    @Override
    public void save(StateWriter out) {
        out.section("exchange-bias-mtj");
        saveShared(out);
        out.doubles(heatK);
    }

    @Override
    public void restore(StateReader in) {
        in.section("exchange-bias-mtj");
        restoreShared(in);
        System.arraycopy(in.doubles(heatK.length), 0, heatK, 0, heatK.length);
    }
}
