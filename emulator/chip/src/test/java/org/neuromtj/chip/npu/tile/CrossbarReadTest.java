package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;

class CrossbarReadTest {

    /** Programs random levels, drives random rows, and returns the decoded counts minus the true ones. */
    private static int[] countErrors(Tile tile, long seed, double density) {
        SplittableRandom rnd = new SplittableRandom(seed);
        CrossbarGeometry g = tile.config().geometry();
        MtjCells cells = tile.crossbar().cells();
        for (int i = 0; i < g.cells(); i++) {
            cells.setLevel(i, rnd.nextInt(cells.topLevel() + 1));
        }
        int[] driven = new int[g.rows()];
        int count = 0;
        for (int r = 0; r < g.rows(); r++) {
            if (rnd.nextDouble() < density) {
                driven[count++] = r;
            }
        }
        Conversion conv = tile.read(driven, count);
        int[] errors = new int[g.strings()];
        for (int seg = 0; seg < g.segments(); seg++) {
            for (int c = 0; c < g.columns(); c++) {
                int truth = 0;
                for (int k = 0; k < count; k++) {
                    if (driven[k] / g.segment() == seg) {
                        truth += cells.level(g.cell(driven[k], c));
                    }
                }
                int s = g.string(seg, c);
                int d = conv.drivenRows()[seg];
                errors[s] = d == 0 ? 0 : tile.calibration().decoder().count(s, conv.codes()[s], d) - truth;
            }
        }
        return errors;
    }

    @Test
    void withIdealDevicesEveryBinaryStringCountIsExact() {
        Tile tile = new Tile("t", TileFixtures.config(256, 64, 64, 10),
                TileFixtures.technology(Variation.ideal(), 2), 1);
        assertTrue(tile.calibration().resolvesCounts());
        for (long seed = 0; seed < 40; seed++) {
            for (int e : countErrors(tile, seed, 0.1 + seed % 9 * 0.1)) {
                assertEquals(0, e, "seed " + seed);
            }
        }
    }

    @Test
    void withIdealDevicesTwentyFiveLevelCellsSumExactlyWithAFineEnoughTdc() {
        // One level of 25 changes a 16-cell string's charging time by about 5 ps: a 1 ps TDC resolves it.
        var tech = TileFixtures.technology(Variation.ideal(), 25);
        tech = tech.withReadPath(tech.readPath().withTdcLsbPs(1.0));
        Tile tile = new Tile("t", TileFixtures.config(64, 32, 16, 14), tech, 1);
        assertTrue(tile.calibration().resolvesCounts(), "codes per level " + tile.calibration().codesPerCount());
        for (long seed = 0; seed < 20; seed++) {
            for (int e : countErrors(tile, seed, 0.5)) {
                assertEquals(0, e, "seed " + seed);
            }
        }
    }

    @Test
    void tooCoarseATdcIsReportedByTheCalibration() {
        Tile narrow = new Tile("t", TileFixtures.config(64, 8, 64, 4),
                TileFixtures.technology(Variation.ideal(), 2), 1);
        assertTrue(!narrow.calibration().resolvesCounts(), "a 4-bit code cannot hold 65 counts");
        Tile multiLevel = new Tile("t", TileFixtures.config(64, 8, 64, 16),
                TileFixtures.technology(Variation.ideal(), 25), 1);
        assertTrue(!multiLevel.calibration().resolvesCounts(), "a 100 ps TDC cannot see a 25th of a level");
    }

    @Property(tries = 200)
    void tdcCodeNeverFallsAsStringResistanceRises(@ForAll @DoubleRange(min = 0, max = 2e6) double r1,
                                                  @ForAll @DoubleRange(min = 0, max = 2e6) double r2) {
        Tile tile = new Tile("t", TileFixtures.config(64, 8, 64, 10), TileFixtures.technology(Variation.ideal(), 2), 1);
        Tdc tdc = tile.tdc();
        StringCharging charging = tile.charging();
        double lo = Math.min(r1, r2);
        double hi = Math.max(r1, r2);
        assertTrue(tdc.code(0, charging.crossing(lo)) <= tdc.code(0, charging.crossing(hi)));
        assertTrue(charging.crossing(lo) <= charging.crossing(hi));
    }

    @Test
    void codesSaturateAtFullScaleAndConversionsStopCountingThere() {
        Tile tile = new Tile("t", TileFixtures.config(64, 8, 64, 10), TileFixtures.technology(Variation.ideal(), 2), 1);
        Tdc tdc = tile.tdc();
        tdc.setGain(0, 4 * TdcConfig.UNITY_GAIN);
        double[] r = new double[8];
        java.util.Arrays.fill(r, 5e6);
        Conversion c = tdc.convert(tile.charging().crossings(new StringRead(r, new int[] {64}), new long[r.length]), new int[] {64});
        assertEquals(1023, c.codes()[0]);
        assertTrue(c.saturated()[0]);
        assertTrue(tile.ledger().total(Action.TDC_COUNT) < 8L * tile.charging().crossing(5e6));
    }

    /** Reads every row of a 64x16 tile whose cells all sit at one level; the crossbar's energy and mean code. */
    private static double[] readAll(int level) {
        Tile tile = new Tile("t", TileFixtures.config(64, 16, 64, 10), TileFixtures.technology(Variation.ideal(), 2), 1);
        MtjCells cells = tile.crossbar().cells();
        for (int i = 0; i < cells.size(); i++) {
            cells.setLevel(i, level);
        }
        int[] rows = new int[64];
        for (int r = 0; r < 64; r++) {
            rows[r] = r;
        }
        Conversion c = tile.read(rows, 64);
        double energy = EnergyReport.of(tile.ledger(), tile.technology()).byBlock().get(Block.CROSSBAR);
        return new double[] {energy, java.util.Arrays.stream(c.codes()).average().orElseThrow()};
    }

    @Test
    void aReadCostsWhatItsStringsDidAnAntiparallelStringTakesLongerAtLowerPower() {
        double[] parallel = readAll(1);
        double[] antiparallel = readAll(0);
        // Charging a column to the threshold draws C V_th V_read from the supply whatever the resistance...
        assertEquals(parallel[0], antiparallel[0], 1e-9);
        var tech = TileFixtures.technology(Variation.ideal(), 2);
        double column = 16 * 64 * tech.readPath().capacitancePerCellFf() * tech.readPath().thresholdRatio()
                * Math.pow(tech.readPath().readVoltageV(), 2);
        assertEquals(column + 64 * 16 * tech.cost(Action.CELL_READ).energyFj(), parallel[0], 1e-9);
        // ...but through twice the junction resistance it takes longer: less energy per nanosecond.
        assertTrue(antiparallel[1] > 1.5 * parallel[1], "codes " + antiparallel[1] + " vs " + parallel[1]);
        assertTrue(antiparallel[0] / antiparallel[1] < parallel[0] / parallel[1]);
    }

    @Test
    void readsCountCellsAndStringsOfActiveSegmentsOnly() {
        Ledger ledger = new Ledger();
        Tile tile = new Tile("t", TileFixtures.config(128, 16, 64, 10), TileFixtures.technology(Variation.ideal(), 2), 1);
        Crossbar x = new Crossbar(tile.config().geometry(), tile.technology().readPath(),
                new MtjCells(128 * 16, tile.technology().device(), Variation.ideal(), 1, "c"),
                org.neuromtj.foundation.random.Seeds.generator(1, "r"), ledger);
        StringRead read = x.read(new int[] {3, 7, 9}, 3);
        assertEquals(3 * 16, ledger.total(Action.CELL_READ));
        assertEquals(16, ledger.total(Action.STRING_READ));
        assertEquals(3, read.drivenRows()[0]);
        assertEquals(0, read.drivenRows()[1]);
    }

    @Test
    void readDisturbStrikesDrivenCellsAtItsProbability() {
        Ledger ledger = new Ledger();
        var tech = TileFixtures.technology(new Variation(0, 0, 0, 1e-3, 1e12), 2);
        CrossbarGeometry g = new CrossbarGeometry(64, 256, 64);
        MtjCells cells = new MtjCells(g.cells(), tech.device(), tech.variation(), 1, "c");
        Crossbar x = new Crossbar(g, tech.readPath(), cells, org.neuromtj.foundation.random.Seeds.generator(1, "r"), ledger);
        int[] rows = new int[32];
        for (int i = 0; i < 32; i++) {
            rows[i] = 2 * i;
        }
        for (int i = 0; i < 5; i++) {
            x.read(rows, 32);
        }
        long moved = 0;
        for (int i = 0; i < g.cells(); i++) {
            moved += cells.level(i);
        }
        // Cells start antiparallel and are each read 5 times; a second disturb of a cell does nothing.
        double pCell = 1 - Math.pow(1 - 1e-3, 5);
        org.neuromtj.chip.device.Binomial.assertWithin99("disturbed cells", 32 * 256, pCell, moved);
    }
}
