package org.neuromtj.chip.ledger;

/**
 * What one action costs.
 *
 * @param energyFj     energy per action
 * @param latencyNs    time per action, where the action has one of its own
 * @param energySource where the energy figure comes from, as the technology file says
 */
public record Cost(double energyFj, double latencyNs, String energySource) {
}
