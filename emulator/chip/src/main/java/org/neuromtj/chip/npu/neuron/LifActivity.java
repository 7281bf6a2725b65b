package org.neuromtj.chip.npu.neuron;

import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;

/**
 * What one timestep of a CMOS LIF array did to its datapath, for the ledger: the one clock-gating rule
 * the Java model and the RTL proxy both apply. An update that leaves a neuron's membrane and refractory
 * counter as they were and fires nothing is gated and costs nothing; any other is counted with its
 * {@link LifConfig#bitOpsPerUpdate bit operations}.
 */
public final class LifActivity {
    private final LifConfig config;
    private int updates;
    private long bitOps;

    /** @param config the neurons' circuit */
    public LifActivity(LifConfig config) {
        this.config = config;
    }

    /**
     * One neuron's update in this timestep.
     *
     * @param membraneBefore   its membrane before
     * @param refractoryBefore its refractory counter before
     * @param membraneAfter    its membrane after
     * @param refractoryAfter  its refractory counter after
     * @param fired            whether it fired
     */
    public void neuron(int membraneBefore, int refractoryBefore, int membraneAfter, int refractoryAfter,
                       boolean fired) {
        if (fired || membraneAfter != membraneBefore || refractoryAfter != refractoryBefore) {
            updates++;
            bitOps += config.bitOpsPerUpdate(refractoryBefore > 0, fired);
        }
    }

    /** Adds the timestep's ungated updates and their bit operations to the ledger, and starts over. */
    public void charge(Ledger ledger) {
        ledger.add(Action.NEURON_UPDATE, updates);
        ledger.add(Action.NEURON_BIT_OP, bitOps);
        updates = 0;
        bitOps = 0;
    }
}
