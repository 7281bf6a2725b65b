package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;

class SotWriteDriverTest {

    private static Tile tile() {
        return new Tile("w", TileFixtures.config(64, 64, 64, 10),
                TileFixtures.technology(new Variation(0.05, 0.05, 0.005, 0, 1e12), 2), 3);
    }

    private static int[] randomRow(SplittableRandom rnd, int columns) {
        int[] levels = new int[columns];
        for (int c = 0; c < columns; c++) {
            levels[c] = rnd.nextInt(2);
        }
        return levels;
    }

    @Test
    void writeVerifyWithMarginalPulsesRetriesUntilEveryCellHoldsItsLevel() {
        Tile tile = tile();
        // At the sigmoid's midpoint each pulse switches half the time: retries are certain.
        tile.writeDriver().configure(new WriteDriverConfig(0.894, 0.75, true, 40));
        SplittableRandom rnd = new SplittableRandom(1);
        long retries = 0;
        for (int r = 0; r < 64; r++) {
            int[] levels = randomRow(rnd, 64);
            WriteReport report = tile.writeDriver().programRow(r, levels);
            assertTrue(report.failedCells().isEmpty(), "row " + r + ": " + report.failedCells());
            retries += report.retries();
            for (int c = 0; c < 64; c++) {
                assertEquals(levels[c], tile.crossbar().cells().level(r * 64 + c));
            }
        }
        assertTrue(retries > 500, "half the pulses should fail at V50: " + retries);
        assertEquals(tile.ledger().total(Action.SOT_PULSE) - retries, countLevelChanges(tile));
    }

    private static long countLevelChanges(Tile tile) {
        // Every cell started antiparallel; with one-level binary moves, the successful pulses are the
        // cells now parallel plus twice each later return (none here: a row is written once).
        long parallel = 0;
        for (int i = 0; i < tile.crossbar().cells().size(); i++) {
            parallel += tile.crossbar().cells().level(i);
        }
        return parallel;
    }

    /** The energy of every pulse a driver configured so fires into one cell, without verify. */
    private static double pulseEnergyFj(double amplitudeV, double widthNs) {
        Tile tile = tile();
        tile.writeDriver().configure(new WriteDriverConfig(amplitudeV, widthNs, false, 0));
        tile.writeDriver().program(0, 0, 1);
        long pulses = tile.ledger().total(Action.SOT_PULSE);
        assertEquals(1, pulses);
        return EnergyReport.of(tile.ledger(), tile.technology()).byBlock().get(Block.WRITE_DRIVER);
    }

    @Test
    void aPulsesEnergyFollowsItsProgrammedAmplitudeAndWidth() {
        double r = tile().technology().device().writeLineResistanceOhm();
        double driver = tile().technology().cost(Action.SOT_PULSE).energyFj();
        double base = pulseEnergyFj(1.0, 0.75);
        // V^2 t / R in the write line, plus the driver's own share.
        assertEquals(1.0 * 1.0 * 0.75e-9 / r * 1e15 + driver, base, 1e-6);
        assertEquals(4 * (base - driver), pulseEnergyFj(2.0, 0.75) - driver, 1e-6, "twice the amplitude");
        assertEquals(2 * (base - driver), pulseEnergyFj(1.0, 1.5) - driver, 1e-6, "twice the width");
        assertEquals(0.81 * (base - driver), pulseEnergyFj(0.9, 0.75) - driver, 1e-6, "0.9 V");
    }

    @Test
    void aCellThatExhaustsItsRetriesIsReportedFailed() {
        Tile tile = tile();
        tile.writeDriver().configure(new WriteDriverConfig(0.70, 0.75, true, 2));
        WriteReport report = tile.writeDriver().program(5, 9, 1);
        assertEquals(java.util.List.of(new WriteReport.Cell(5, 9)), report.failedCells());
        assertEquals(3, report.retries());
        assertEquals(3, report.pulses());
        assertEquals(4, report.verifyReads());
        assertEquals(0, tile.crossbar().cells().level(5 * 64 + 9));
    }

    @Test
    void withoutVerifyWeakPulsesLeaveWrongCellsTheDriverCannotSee() {
        Tile tile = tile();
        tile.writeDriver().configure(new WriteDriverConfig(0.894, 0.75, false, 0));
        int[] ones = new int[64];
        java.util.Arrays.fill(ones, 1);
        WriteReport report = tile.writeDriver().programRow(0, ones);
        assertEquals(64, report.pulses());
        assertEquals(0, report.verifyReads());
        assertTrue(report.failedCells().isEmpty());
        long wrong = 0;
        for (int c = 0; c < 64; c++) {
            wrong += 1 - tile.crossbar().cells().level(c);
        }
        assertTrue(wrong > 10 && wrong < 54, "about half should have missed: " + wrong);
    }

    @Test
    void multiLevelCellsAreProgrammedToTheirTargetLevelWithVerify() {
        Tile tile = new Tile("m", TileFixtures.config(64, 16, 16, 10), TileFixtures.technology(Variation.ideal(), 25), 2);
        tile.writeDriver().configure(new WriteDriverConfig(0.92, 0.75, true, 200));
        SplittableRandom rnd = new SplittableRandom(4);
        int[] levels = new int[16];
        for (int c = 0; c < 16; c++) {
            levels[c] = rnd.nextInt(25);
        }
        WriteReport report = tile.writeDriver().programRow(3, levels);
        assertTrue(report.failedCells().isEmpty());
        for (int c = 0; c < 16; c++) {
            assertEquals(levels[c], tile.crossbar().cells().level(3 * 16 + c));
        }
        assertFalse(report.cycles() <= 0);
    }
}
