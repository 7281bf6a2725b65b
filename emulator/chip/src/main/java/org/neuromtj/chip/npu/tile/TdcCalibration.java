package org.neuromtj.chip.npu.tile;

import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.ledger.ReadPath;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.chip.sim.ClockDomain;

/**
 * The calibration routine of a tile's TDCs: it sets every converter's offset so that the lowest nominal
 * string (undriven bypass cells; XNOR cells whose inputs and weights all differ, each on its low path)
 * reads code 0, and its gain so that the highest nominal string (every cell driven and antiparallel) plus
 * a headroom for device spread reads just below full scale; then it builds the
 * decoder that maps codes back to counts. It checks that adjacent counts stay distinguishable. In silicon
 * each converter finds the offset and gain by converting two reference strings, an idle one and one at the
 * full-scale resistance; the result says how long that takes and how many periods it counts.
 */
public final class TdcCalibration {
    /** Resistance headroom above the nominal maximum, for junctions drawn above nominal. */
    public static final double HEADROOM = 0.10;

    private TdcCalibration() {
    }

    /**
     * The outcome of a calibration.
     *
     * @param decoder        maps codes to counts
     * @param codesPerCount  codes between adjacent counts
     * @param resolvesCounts  whether every count has its own code
     * @param referenceCounts TDC periods one converter counted over its two reference strings
     * @param cycles          NPU cycles the routine took: the converters run side by side, each converting its
     *                        idle and its full-scale reference string
     */
    public record Result(CountDecoder decoder, double codesPerCount, boolean resolvesCounts, long referenceCounts,
                         long cycles) {
    }

    /**
     * @param tdc      the converters to trim
     * @param charging the strings' charging
     * @param geometry the crossbar's shape
     * @param cell     the bit-cell
     * @param path     the read path
     * @param device   the nominal junction
     * @param npu      the NPU's clock, in which the routine's time is counted
     * @return the decoder and what it resolves
     */
    public static Result run(Tdc tdc, StringCharging charging, CrossbarGeometry geometry, SynapseLayout.Cell cell,
                             ReadPath path, MtjParameters device, ClockDomain npu) {
        int seg = geometry.segment();
        double idle = seg * (cell == SynapseLayout.Cell.XNOR ? path.transistorOnOhm() + device.resistancePOhm()
                : path.bypassOnOhm());
        double drivenAp = path.transistorOnOhm() + device.resistanceApOhm();
        double highest = Math.max(idle, seg * drivenAp) * (1 + HEADROOM);
        long rawIdle = charging.crossing(idle);
        long rawHighest = charging.crossing(highest);
        long span = Math.max(1, rawHighest - rawIdle);
        int gain = (int) Math.max(1, Math.min(0xFFFF,
                (long) tdc.config().maxCode() * TdcConfig.UNITY_GAIN / span));
        for (int t = 0; t < tdc.converters(); t++) {
            tdc.setOffset(t, (int) Math.min(0xFFFF, rawIdle));
            tdc.setGain(t, gain);
        }
        double step = (device.resistanceApOhm() - device.resistancePOhm()) / (device.levels() - 1);
        CountDecoder decoder = new CountDecoder(tdc, charging, seg, device.levels() - 1, path.bypassOnOhm(), drivenAp, step);
        boolean resolves = true;
        int top = device.levels() - 1;
        for (int k = 0; k < seg * top && resolves; k++) {
            resolves = decoder.nominalCode(0, seg, k) != decoder.nominalCode(0, seg, k + 1);
        }
        long counts = rawIdle + rawHighest;
        long cycles = npu.cyclesForPs((counts + 2) * path.tdcLsbPs());
        return new Result(decoder, decoder.codesPerCount(), resolves, counts, cycles);
    }
}
