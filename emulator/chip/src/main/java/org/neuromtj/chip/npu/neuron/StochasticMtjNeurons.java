package org.neuromtj.chip.npu.neuron;

import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * Stochastic MTJ neurons (review 003, stochastic neurons; 002's sigmoid): each timestep the input
 * sets the amplitude of one SOT pulse into the neuron's junction, and the junction switches — the
 * neuron fires — with the probability the switching law gives; a reset pulse returns it. The firing
 * probability is thus a sigmoid of the input, drawn from each neuron's own stream. The tile's threshold
 * register places the sigmoid: at an input equal to it the pulse has the offset amplitude, so a firmware
 * moves each layer's sigmoid as it sets a CMOS neuron's threshold.
 */
public final class StochasticMtjNeurons extends MtjNeuronArray implements Stateful {
    private final SwitchingLaw law;
    private final double offsetV;
    private final double voltsPerUnit;
    private final double widthNs;

    /**
     * @param count        number of neurons
     * @param law          the junction's switching law
     * @param offsetV      pulse amplitude at zero input
     * @param voltsPerUnit amplitude added per unit of input
     * @param widthNs      pulse width
     * @param threshold    the input at which the pulse has the offset amplitude, 1 to {@link #MAX_THRESHOLD}
     * @param masterSeed   the run's seed
     * @param name         the array's stable name
     * @param ledger       where pulses and spikes are counted
     */
    public StochasticMtjNeurons(int count, SwitchingLaw law, double offsetV, double voltsPerUnit, double widthNs,
                                int threshold, long masterSeed, String name, Ledger ledger) {
        super(count, threshold, masterSeed, name, ledger);
        this.law = law;
        this.offsetV = offsetV;
        this.voltsPerUnit = voltsPerUnit;
        this.widthNs = widthNs;
    }

    /**
     * @param input a neuron's input
     * @return its probability of firing
     */
    public double firingProbability(int input) {
        double amplitude = offsetV + voltsPerUnit * (input - threshold());
        return amplitude <= 0 ? 0 : law.probability(amplitude, widthNs, Direction.TO_PARALLEL);
    }

    @Override
    public int step(int[] input, boolean[] fired) {
        int spikes = 0;
        int pulses = 0;
        for (int n = 0; n < streams.size(); n++) {
            double p = firingProbability(input[n]);
            fired[n] = p > 0 && streams.next(n) < p;
            pulses += p > 0 ? 1 : 0;
            spikes += fired[n] ? 1 : 0;
        }
        count(pulses, spikes);
        return spikes;
    }

    @Override
    public void reset() {
        // The junctions hold no integrated state; their streams go on, as a real device's noise does.
    }

    @Override
    public void save(StateWriter out) {
        out.section("stochastic-mtj");
        saveShared(out);
    }

    @Override
    public void restore(StateReader in) {
        in.section("stochastic-mtj");
        restoreShared(in);
    }
}
