package org.neuromtj.chip.ledger;

/**
 * The heat-driven exchange-bias MTJ neuron of 001.
 *
 * @param thermalStability     Δ of the neuron junction at ambient temperature
 * @param blockingTemperatureK temperature at which the exchange bias, and the barrier, vanish
 * @param heatingPerPulseK     temperature rise of one input pulse
 * @param coolingTimeNs        thermal time constant of the junction
 * @param pulseWidthNs         width of an input pulse
 * @param pulseCurrentRatio    input pulse current over the critical current
 */
public record ExchangeBiasPhysics(double thermalStability, double blockingTemperatureK,
                                  double heatingPerPulseK, double coolingTimeNs, double pulseWidthNs,
                                  double pulseCurrentRatio) {
}
