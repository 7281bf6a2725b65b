package org.neuromtj.chip.ledger;

/**
 * What one action costs.
 *
 * @param energyFj     energy per action
 * @param latencyNs    time per action, where the action has one of its own
 * @param energySource where the energy figure comes from, as the technology file says
 */
public record Cost(double energyFj, double latencyNs, String energySource) {
    /** What a derived entry's source ends with when some of its inputs are assumptions, naming them. */
    static final String ASSUMED_INPUTS = " [assumed inputs: ";

    /** @return whether the energy rests on an assumption: its own, or an input of its derivation */
    public boolean assumed() {
        return energySource.startsWith("assumed") || energySource.contains(ASSUMED_INPUTS);
    }
}
