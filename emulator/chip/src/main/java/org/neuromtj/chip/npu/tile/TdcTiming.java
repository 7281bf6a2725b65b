package org.neuromtj.chip.npu.tile;

import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.sim.ClockDomain;

/**
 * How long a read's conversions take and what they cost, from each string's raw count: the part of a
 * conversion that depends on clocks rather than on the converters' logic, shared by the Java model and
 * the RTL proxy. The converters share one mux select, so a read runs in rounds, one per string of a
 * converter's group; a round lasts as long as its slowest conversion, {@code count + 1} TDC periods.
 *
 * @param config width and sharing
 * @param lsbPs  period of the TDC clock
 * @param npu    the NPU's clock, in which latency is counted
 */
public record TdcTiming(TdcConfig config, double lsbPs, ClockDomain npu) {

    /**
     * Counts the read's conversions in the ledger and measures its latency.
     *
     * @param codes      each string's code (0 for strings not converted)
     * @param counts     each string's raw count, −1 for strings not converted (all those of a segment
     *                   without driven rows)
     * @param drivenRows driven rows per segment
     * @param saturated  where whether each string's code hit full scale or zero goes
     * @param ledger     where conversions and counted periods go
     * @return the read's conversion, holding the arrays it was given
     */
    public Conversion conversion(int[] codes, long[] counts, int[] drivenRows, boolean[] saturated, Ledger ledger) {
        int sharing = config.sharing();
        long[] roundCount = new long[Math.min(sharing, codes.length)];
        java.util.Arrays.fill(roundCount, -1);
        long counted = 0;
        long conversions = 0;
        int max = config.maxCode();
        int columns = codes.length / drivenRows.length;
        for (int seg = 0; seg < drivenRows.length; seg++) {
            if (drivenRows[seg] == 0) {
                java.util.Arrays.fill(saturated, seg * columns, (seg + 1) * columns, false);
                continue;
            }
            // String s converts in round s mod sharing, counted along rather than divided.
            int end = (seg + 1) * columns;
            for (int s = seg * columns, round = s % sharing; s < end; s++, round = round + 1 == sharing ? 0 : round + 1) {
                long n = counts[s];
                if (n < 0) {
                    saturated[s] = false;
                    continue;
                }
                saturated[s] = codes[s] == max || codes[s] == 0;
                roundCount[round] = Math.max(roundCount[round], n);
                counted += n;
                conversions++;
            }
        }
        // A round lasts as long as its longest conversion: ceil((n + 1) x period) grows with n, so the
        // round's largest count gives it.
        long totalPs = 0;
        long chargedPeriods = 0;
        for (long n : roundCount) {
            if (n >= 0) {
                totalPs += (long) Math.ceil((n + 1) * lsbPs);
                chargedPeriods += n;
            }
        }
        ledger.add(Action.TDC_CONVERSION, conversions);
        ledger.add(Action.TDC_COUNT, counted);
        long cycles = conversions == 0 ? 0 : npu.cyclesForPs(totalPs);
        // A count of n periods is the string's charging time; the period after it is the converter's decision.
        long charge = Math.min(cycles, (long) Math.floor(chargedPeriods * lsbPs * npu.hz() / 1e12));
        return new Conversion(codes, saturated, drivenRows, cycles, charge);
    }
}
