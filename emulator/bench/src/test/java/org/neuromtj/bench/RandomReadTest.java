package org.neuromtj.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileFixtures;

/** The read scenario behind {@code bench tile}'s count-error figures, held against the device physics. */
class RandomReadTest {

    @Test
    void withDefaultVariationTheCountErrorHasTheSpreadTheDevicePhysicsPredicts() {
        Tile tile = new Tile("t", TileFixtures.config(64, 64, 64, 10), TileFixtures.technology(
                new Variation(0.05, 0.05, 0.005, 0, 1e12), 2), 1);
        var tech = tile.technology();
        double rp = tech.device().resistancePOhm();
        double tmr = tech.device().tmr();
        double s2 = Math.expm1(0.05 * 0.05);
        // Per-cell variance of a driven cell's resistance around nominal, P and AP, plus read noise.
        double varP = rp * rp * s2 + 0.005 * 0.005 * rp * rp * (1 + s2);
        double apMean2 = rp * rp * (1 + s2) * ((1 + tmr) * (1 + tmr) + 0.05 * 0.05);
        double varAp = apMean2 - rp * rp * (1 + tmr) * (1 + tmr) + 0.005 * 0.005 * apMean2;
        double step = rp * tmr;
        double quant = 1.0 / 12 / Math.pow(tile.calibration().codesPerCount(), 2);
        double sumZ = 0;
        double sumZ2 = 0;
        int n = 0;
        for (int trial = 0; trial < 60; trial++) {
            RandomRead read = RandomRead.of("t" + trial, tile.config(), tech, trial);
            for (int c = 0; c < 64; c++) {
                double var = 0;
                for (int k = 0; k < read.count(); k++) {
                    var += read.level(k, c) == 1 ? varP : varAp;
                }
                double err = read.tile().calibration().decoder().estimate(c, read.conversion().codes()[c], read.count())
                        - read.truth(c);
                double z = err / Math.sqrt(var / (step * step) + quant);
                sumZ += z;
                sumZ2 += z * z;
                n++;
            }
        }
        double mean = sumZ / n;
        double variance = sumZ2 / n - mean * mean;
        // 3840 strings: the standardised error has mean 0 (±0.05) and variance 1 (±10%).
        assertEquals(0, mean, 0.05, "bias of the count error in predicted σ");
        assertEquals(1, variance, 0.10, "variance of the count error over the predicted variance");
    }
}
