package org.neuromtj.chip.ledger;

/**
 * The electrical read path of a series string and its TDC.
 *
 * @param transistorOnOhm      on-resistance of a cell's access transistor
 * @param bypassOnOhm          on-resistance of the bypass path of an undriven cell
 * @param capacitancePerCellFf string capacitance contributed by each cell
 * @param thresholdRatio       comparator threshold as a fraction of the charging voltage
 * @param tdcLsbPs             period of the TDC's counting clock
 */
public record ReadPath(double transistorOnOhm, double bypassOnOhm, double capacitancePerCellFf,
                       double thresholdRatio, double tdcLsbPs) {

    /** @return ln(1 / (1 − threshold)): charging time over RC to reach the threshold */
    public double chargingFactor() {
        return -Math.log1p(-thresholdRatio);
    }
}
