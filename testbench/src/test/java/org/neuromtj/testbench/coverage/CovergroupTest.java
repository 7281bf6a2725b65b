package org.neuromtj.testbench.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CovergroupTest {

    private record Pair(long x, long y) {
    }

    private static Covergroup<Pair> group() {
        Covergroup<Pair> g = new Covergroup<>("pairs");
        Coverpoint<Pair> x = g.add(new Coverpoint<Pair>("x", p -> OptionalLong.of(p.x()))
                .bin(Bin.of("zero", 0)).bin(Bin.range("small", 1, 9)).illegal(Bin.range("negative", Long.MIN_VALUE, -1)));
        Coverpoint<Pair> y = g.add(new Coverpoint<Pair>("y", p -> p.y() < 0 ? OptionalLong.empty()
                : OptionalLong.of(p.y())).bin(Bin.of("even", 0)).bin(Bin.of("one", 1)));
        g.add(new Cross<>("x*y", x, y).ignore("zero", "one", "never both in this design"));
        return g;
    }

    @Test
    void binsAndCrossesCountTheirSamplesAndHolesAreListed() {
        Covergroup<Pair> g = group();
        g.sample(new Pair(0, 0));
        g.sample(new Pair(3, 1));
        g.sample(new Pair(3, -1));
        CoverageReport r = g.report();
        assertEquals(List.of(new CoverageReport.BinHits("x", "zero", 1), new CoverageReport.BinHits("x", "small", 2),
                new CoverageReport.BinHits("y", "even", 1), new CoverageReport.BinHits("y", "one", 1),
                new CoverageReport.BinHits("x*y", "zero x even", 1), new CoverageReport.BinHits("x*y", "small x even", 0),
                new CoverageReport.BinHits("x*y", "small x one", 1)), r.bins());
        assertEquals(6, r.covered());
        assertEquals(List.of(new CoverageReport.BinHits("x*y", "small x even", 0)), r.holes());
    }

    @Test
    void anIllegalValueStopsTheSampleNamingPointBinAndValue() {
        IllegalBinException e = assertThrows(IllegalBinException.class, () -> group().sample(new Pair(-4, 0)));
        assertEquals("coverpoint x: illegal bin negative hit by value -4", e.getMessage());
    }

    @Test
    void anIgnoredCrossBinNeedsAReason() {
        Coverpoint<Pair> x = new Coverpoint<Pair>("x", p -> OptionalLong.of(p.x())).bin(Bin.of("a", 0));
        assertThrows(IllegalArgumentException.class, () -> new Cross<>("c", x, x).ignore("a", "a", " "));
    }
}
