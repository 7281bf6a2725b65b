package org.neuromtj.cosim.tdc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.tile.Conversion;
import org.neuromtj.chip.npu.tile.TdcConfig;
import org.neuromtj.chip.npu.tile.TdcModel;
import org.neuromtj.chip.npu.tile.TdcTiming;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.foundation.random.Seeds;

/** The RTL proxy is a drop-in Tdc: same codes, saturation, latency and ledger, read after read. */
class RtlTdcTest {

    @Property(tries = 20)
    void theRtlConvertsExactlyAsTheModelDoes(@ForAll @IntRange(min = 1, max = 12) int bits,
            @ForAll @IntRange(min = 1, max = 9) int sharing, @ForAll @IntRange(min = 1, max = 100) int strings,
            @ForAll long seed) {
        TdcTiming timing = new TdcTiming(new TdcConfig(bits, sharing), 37.5, ClockDomain.npu(100_000_000L));
        Ledger modelLedger = new Ledger();
        Ledger rtlLedger = new Ledger();
        TdcModel model = new TdcModel(timing, strings, modelLedger);
        UniformRandomProvider random = Seeds.generator(seed, "test");
        try (RtlTdc rtl = new RtlTdc(strings, timing, rtlLedger)) {
            assertEquals(model.converters(), rtl.converters());
            for (int read = 0; read < 6; read++) {
                int t = random.nextInt(model.converters());
                int offset = random.nextInt(200);
                int gain = random.nextInt(8) == 0 ? 0 : 16 + random.nextInt(1024);
                model.setOffset(t, offset);
                rtl.setOffset(t, offset);
                model.setGain(t, gain);
                rtl.setGain(t, gain);
                assertEquals(model.offset(t), rtl.offset(t));
                assertEquals(model.gain(t), rtl.gain(t));
                long probe = random.nextInt(4000) - 10;
                assertEquals(model.code(t, probe), rtl.code(t, probe), "code of " + probe);
                long[] crossings = new long[strings];
                int[] driven = new int[] {1};
                for (int s = 0; s < strings; s++) {
                    crossings[s] = random.nextInt(6) == 0 ? -1 : random.nextInt(3000);
                }
                Conversion expected = model.convert(crossings, driven);
                Conversion actual = rtl.convert(crossings, driven);
                assertArrayEquals(expected.codes(), actual.codes(), "read " + read);
                assertArrayEquals(expected.saturated(), actual.saturated(), "read " + read);
                assertEquals(expected.cycles(), actual.cycles(), "read " + read);
            }
            rtl.reset();
            model.reset();
            assertEquals(model.gain(0), rtl.gain(0));
        }
        assertEquals(modelLedger.total(Action.TDC_CONVERSION), rtlLedger.total(Action.TDC_CONVERSION));
        assertEquals(modelLedger.total(Action.TDC_COUNT), rtlLedger.total(Action.TDC_COUNT));
    }
}
