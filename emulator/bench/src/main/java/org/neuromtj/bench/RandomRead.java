package org.neuromtj.bench;

import java.util.SplittableRandom;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.tile.Conversion;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;

/**
 * A fresh tile with random one-bit weights, read once with a random half of its rows driven: the
 * scenario behind the count-error figures of {@code bench tile} and the test of their spread. A trial
 * number fixes the tile's devices and the draws, so each trial is the same every time.
 *
 * @param tile       the tile after the read
 * @param driven     the driven rows, in ascending order, in the first {@code count} entries
 * @param count      how many rows were driven
 * @param conversion the TDC's codes
 */
public record RandomRead(Tile tile, int[] driven, int count, Conversion conversion) {

    /**
     * @param name       the tile's name
     * @param config     its architecture
     * @param technology its devices
     * @param trial      seeds the tile and the draws
     * @return the read
     */
    public static RandomRead of(String name, TileConfig config, Technology technology, long trial) {
        Tile tile = new Tile(name, config, technology, trial);
        SplittableRandom rnd = new SplittableRandom(trial);
        MtjCells cells = tile.crossbar().cells();
        for (int i = 0; i < cells.size(); i++) {
            cells.setLevel(i, rnd.nextInt(2));
        }
        int[] driven = new int[config.geometry().rows()];
        int count = 0;
        for (int r = 0; r < driven.length; r++) {
            if (rnd.nextBoolean()) {
                driven[count++] = r;
            }
        }
        return new RandomRead(tile, driven, count, tile.read(driven, count));
    }

    /** @return the level of the cell in the k-th driven row of {@code column} */
    public int level(int k, int column) {
        CrossbarGeometry g = tile.config().geometry();
        return tile.crossbar().cells().level(g.cell(driven[k], column));
    }

    /** @return what an exact read of {@code column} counts: the levels of its driven cells, summed */
    public int truth(int column) {
        int sum = 0;
        for (int k = 0; k < count; k++) {
            sum += level(k, column);
        }
        return sum;
    }
}
