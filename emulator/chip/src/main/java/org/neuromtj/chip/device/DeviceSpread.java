package org.neuromtj.chip.device;

/**
 * How one junction's switching parameters differ from the technology's nominal ones, as factors: its
 * thermal stability Δ, its critical current I_c0 and its attempt time τ0 (device-to-device variation,
 * fixed at fabrication; τ0 in particular varies by orders of magnitude between junctions).
 *
 * @param thermalStability factor on Δ
 * @param criticalCurrent  factor on I_c0
 * @param attemptTime      factor on τ0
 */
public record DeviceSpread(double thermalStability, double criticalCurrent, double attemptTime) {
    /** The nominal junction. */
    public static final DeviceSpread NOMINAL = new DeviceSpread(1, 1, 1);
}
