package org.neuromtj.chip.ledger;

/**
 * The electrical read path of a series string and its TDC.
 *
 * @param transistorOnOhm      nominal on-resistance of a cell's access transistor (and of its bypass)
 * @param transistorSigmaOhm   σ of each transistor's on-resistance from device to device (normal), 0 for
 *                             identical transistors
 * @param bypassOnOhm          on-resistance of the bypass path of an undriven cell
 * @param capacitancePerCellFf string capacitance contributed by each cell
 * @param thresholdRatio       comparator threshold as a fraction of the charging voltage
 * @param tdcLsbPs             period of the TDC's counting clock
 * @param readVoltageV         the voltage a string is charged from
 */
public record ReadPath(double transistorOnOhm, double transistorSigmaOhm, double bypassOnOhm, double capacitancePerCellFf,
                       double thresholdRatio, double tdcLsbPs, double readVoltageV) {

    /**
     * The energy the read supply gives to charge one cell's share of a string's column to the
     * comparator threshold: the charge C·V_th it moves, at the read voltage, C·V_th·V_read (half of it
     * stored, half dissipated in the string's resistances, whatever they are: a high-resistance string
     * takes longer, at lower power).
     *
     * @return femtojoules per cell capacitance charged
     */
    public double chargeEnergyPerCellFj() {
        return capacitancePerCellFf * thresholdRatio * readVoltageV * readVoltageV;
    }

    /** @return this read path with another spread of transistor on-resistances */
    public ReadPath withTransistorSigmaOhm(double sigma) {
        return new ReadPath(transistorOnOhm, sigma, bypassOnOhm, capacitancePerCellFf, thresholdRatio, tdcLsbPs,
                readVoltageV);
    }

    /** @return this read path with another TDC clock period */
    public ReadPath withTdcLsbPs(double ps) {
        return new ReadPath(transistorOnOhm, transistorSigmaOhm, bypassOnOhm, capacitancePerCellFf, thresholdRatio, ps,
                readVoltageV);
    }

    /** @return ln(1 / (1 − threshold)): charging time over RC to reach the threshold */
    public double chargingFactor() {
        return -Math.log1p(-thresholdRatio);
    }
}
