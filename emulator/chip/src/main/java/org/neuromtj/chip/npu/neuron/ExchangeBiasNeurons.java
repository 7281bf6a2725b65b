package org.neuromtj.chip.npu.neuron;

import java.util.Arrays;
import org.neuromtj.chip.device.NeelBrownLaw;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.ExchangeBiasPhysics;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.foundation.random.CounterStreams;
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
 * ending that neuron's input for the timestep.
 */
public final class ExchangeBiasNeurons implements NeuronArray, Stateful {
    private final ExchangeBiasPhysics physics;
    private final NeelBrownLaw law;
    private final double ambientK;
    private final double pulseIntervalNs;
    private final double timestepNs;
    private final Ledger ledger;
    private final CounterStreams streams;
    private final double[] heatK;

    /**
     * @param count           number of neurons
     * @param physics         the neuron junction
     * @param law             the Néel–Brown law of the technology's junction, for τ0 and I_c0
     * @param ambientK        the chip's temperature
     * @param pulseIntervalNs spacing of input pulses within a timestep
     * @param timestepNs      length of a timestep
     * @param masterSeed      the run's seed
     * @param name            the array's stable name
     * @param ledger          where pulses and spikes are counted
     */
    public ExchangeBiasNeurons(int count, ExchangeBiasPhysics physics, NeelBrownLaw law, double ambientK,
                               double pulseIntervalNs, double timestepNs, long masterSeed, String name,
                               Ledger ledger) {
        this.physics = physics;
        this.law = law;
        this.ambientK = ambientK;
        this.pulseIntervalNs = pulseIntervalNs;
        this.timestepNs = timestepNs;
        this.ledger = ledger;
        this.streams = new CounterStreams(masterSeed, name, count);
        this.heatK = new double[count];
    }

    @Override
    public int size() {
        return heatK.length;
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
            int count = Math.max(0, input[n]);
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
        ledger.add(Action.NEURON_PULSE, pulses);
        ledger.add(Action.NEURON_RESET, spikes);
        ledger.add(Action.SPIKE, spikes);
        return spikes;
    }

    @Override
    public void reset() {
        Arrays.fill(heatK, 0);
    }

    @Override
    public void save(StateWriter out) {
        out.section("exchange-bias-mtj");
        streams.save(out);
        out.doubles(heatK);
    }

    @Override
    public void restore(StateReader in) {
        in.section("exchange-bias-mtj");
        streams.restore(in);
        System.arraycopy(in.doubles(heatK.length), 0, heatK, 0, heatK.length);
    }
}
