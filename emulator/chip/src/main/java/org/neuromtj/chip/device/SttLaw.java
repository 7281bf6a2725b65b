package org.neuromtj.chip.device;

/**
 * Spin-transfer-torque switching of a perpendicular junction from its compact-model parameters (the
 * Zhao/Zhang equations, review 003 and {@code device-figures.md}), nothing about the barrier or the
 * critical current taken as a free input:
 * <ul>
 *   <li>barrier E = µ0·Ms·Hk·V/2 and thermal stability Δ = E/kT, V the free layer's volume;</li>
 *   <li>critical current I_c0 = α·γ·e·µ0·Ms·Hk·V / (µB·g), with the spin-transfer efficiency
 *       g = P / (2·(1 + P²·cos θ)) at the starting angle: θ = 0 leaving the parallel state, π leaving the
 *       antiparallel one, so switching toward parallel needs the smaller current;</li>
 *   <li>thermal regime (Néel–Brown): rate 1/τ0·exp[−Δ·(1 − I/I_c0)^b], the barrier gone at I_c0;</li>
 *   <li>precessional regime (Sun), above I_c0: rate [2/(C + ln(π²Δ/4))]·[µB·P/(e·m·(1 + P²))]·(I − I_c0),
 *       m = Ms·V the moment, C = 0.577 (Euler's constant).</li>
 * </ul>
 * The two regimes are joined by adding their rates, so the probability P_sw = 1 − exp(−t·rate) grows
 * continuously with the current and reaches 1 for strong short pulses, where the thermal law alone stops
 * at 1 − exp(−t/τ0). The pulse drives a current V / R through the junction, R its resistance in the state
 * it leaves.
 *
 * <p>Voltage-controlled magnetic anisotropy (VCMA), when its coefficient ξ is not zero: the voltage across
 * the tunnel barrier, V/t_ox, changes the interface anisotropy energy by ξ·(V/t_ox)·A (A the junction's
 * area), so the barrier E and with it I_c0 (both proportional to the effective anisotropy) are scaled by
 * 1 − s·ξ·V·A/(t_ox·E), s = +1 for the polarity that drives toward parallel and −1 for the other: for ξ &gt; 0
 * a pulse toward parallel lowers the barrier it must cross and one toward antiparallel raises it. VCMA is
 * odd in the voltage, which is why a coincidence of two half-voltage pulses switches far more than either.
 *
 * @param device          the junction: diameter, temperature, attempt time τ0 and resistances
 * @param freeLayerNm     free-layer thickness
 * @param magnetizationAm saturation magnetization Ms, A/m
 * @param anisotropyAm    anisotropy field Hk, A/m
 * @param damping         Gilbert damping α
 * @param polarization    spin polarization P, in (0, 1)
 * @param exponent        b, the thermal regime's barrier-lowering exponent (1, 1.5 or 2 in the literature)
 * @param vcmaFjPerVm     the VCMA coefficient ξ, fJ/(V·m); 0 for none
 * @param oxideNm         the tunnel barrier's thickness t_ox (used only with VCMA)
 */
public record SttLaw(MtjParameters device, double freeLayerNm, double magnetizationAm, double anisotropyAm,
                     double damping, double polarization, double exponent, double vcmaFjPerVm, double oxideNm)
        implements SwitchingLaw {
    /** The smallest fraction of its barrier VCMA leaves a junction: the laws are not defined at none. */
    private static final double LEAST_BARRIER = 1e-6;
    private static final double MU0 = 4e-7 * Math.PI;
    private static final double BOLTZMANN = 1.380649e-23;
    private static final double ELECTRON = 1.602176634e-19;
    private static final double BOHR = 9.2740100783e-24;
    /** Gyromagnetic ratio of the electron, rad/(s·T). */
    private static final double GAMMA = 1.76085963e11;
    private static final double EULER = 0.5772156649;

    public SttLaw {
        if (!(freeLayerNm > 0 && magnetizationAm > 0 && anisotropyAm > 0 && damping > 0)) {
            throw new IllegalArgumentException("free layer, Ms, Hk and damping must be positive");
        }
        if (!(polarization > 0 && polarization < 1)) {
            throw new IllegalArgumentException("polarization " + polarization + " is not in (0, 1)");
        }
        if (!(exponent >= 1 && exponent <= 2)) {
            throw new IllegalArgumentException("exponent " + exponent + " is not in [1, 2]");
        }
        if (!(oxideNm > 0) || !Double.isFinite(vcmaFjPerVm)) {
            throw new IllegalArgumentException("the oxide must be thicker than 0 and the VCMA coefficient finite");
        }
    }

    @Override
    public boolean throughJunction() {
        return true;
    }

    /** A law without VCMA. */
    public SttLaw(MtjParameters device, double freeLayerNm, double magnetizationAm, double anisotropyAm, double damping,
                  double polarization, double exponent) {
        this(device, freeLayerNm, magnetizationAm, anisotropyAm, damping, polarization, exponent, 0, 1);
    }

    /**
     * @param amplitudeV the voltage across the junction
     * @param toward     the state it drives toward, which sets its polarity
     * @return the factor VCMA puts on the barrier and the critical current
     */
    public double vcmaFactor(double amplitudeV, Direction toward) {
        double radius = device.diameterNm() * 1e-9 / 2;
        double change = vcmaFjPerVm * 1e-15 * Math.abs(amplitudeV) / (oxideNm * 1e-9) * Math.PI * radius * radius;
        double barrier = thermalStability() * BOLTZMANN * device.temperatureK();
        double sign = toward == Direction.TO_PARALLEL ? 1 : -1;
        return Math.max(LEAST_BARRIER, 1 - sign * change / barrier);
    }

    /** @return the free layer's volume, m³ */
    public double volumeM3() {
        double radius = device.diameterNm() * 1e-9 / 2;
        return Math.PI * radius * radius * freeLayerNm * 1e-9;
    }

    /** @return Δ = µ0·Ms·Hk·V / 2kT at the device's temperature */
    public double thermalStability() {
        return MU0 * magnetizationAm * anisotropyAm * volumeM3() / 2 / (BOLTZMANN * device.temperatureK());
    }

    /**
     * @param toward the state the current drives toward
     * @return I_c0 in µA
     */
    public double criticalCurrentUa(Direction toward) {
        double cosine = toward == Direction.TO_ANTIPARALLEL ? 1 : -1;
        double efficiency = polarization / (2 * (1 + polarization * polarization * cosine));
        return damping * GAMMA * ELECTRON * MU0 * magnetizationAm * anisotropyAm * volumeM3() / (BOHR * efficiency)
                * 1e6;
    }

    @Override
    public double probability(double amplitudeV, double widthNs, Direction toward, DeviceSpread junction) {
        double leaving = toward == Direction.TO_PARALLEL ? device.resistanceApOhm() : device.resistancePOhm();
        double vcma = vcmaFactor(amplitudeV, toward);
        DeviceSpread anisotropy = vcma == 1 ? junction : new DeviceSpread(junction.thermalStability() * vcma,
                junction.criticalCurrent() * vcma, junction.attemptTime());
        return probabilityAtCurrent(Math.abs(amplitudeV) / leaving * 1e6, widthNs, toward, anisotropy);
    }

    /**
     * @param currentUa current through the junction
     * @param widthNs   how long it flows
     * @param toward    the state it drives toward
     * @return the nominal junction's switching probability
     */
    public double probabilityAtCurrent(double currentUa, double widthNs, Direction toward) {
        return probabilityAtCurrent(currentUa, widthNs, toward, DeviceSpread.NOMINAL);
    }

    private double probabilityAtCurrent(double currentUa, double widthNs, Direction toward, DeviceSpread junction) {
        double critical = criticalCurrentUa(toward) * junction.criticalCurrent();
        double delta = thermalStability() * junction.thermalStability();
        double lowered = Math.max(0, 1 - currentUa / critical);
        double ratePerNs = Math.exp(-delta * Math.pow(lowered, exponent)) / (device.attemptTimeNs()
                * junction.attemptTime());
        if (currentUa > critical) {
            double moment = magnetizationAm * volumeM3();
            // ln(π²Δ/4) is 2·ln(π/2θ0) for the thermal starting angle θ0 ≈ 1/√Δ: a barrier so low that θ0 reaches
            // π/2 leaves nothing to precess away from, so the term stops at 0 rather than turning the rate negative.
            double perAmp = 2 / (EULER + Math.max(0, Math.log(Math.PI * Math.PI * delta / 4))) * BOHR * polarization
                    / (ELECTRON * moment * (1 + polarization * polarization));
            ratePerNs += perAmp * (currentUa - critical) * 1e-6 * 1e-9;
        }
        return -Math.expm1(-widthNs * ratePerNs);
    }
}
