package org.neuromtj.chip.npu.tile;

import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Technology;

/** Tiles for tests, built from the shipped defaults with a few overrides. */
public final class TileFixtures {
    private TileFixtures() {
    }

    /** @return the default technology with this variation and cells of this many levels */
    public static Technology technology(Variation variation, int levels) {
        Technology t = Technology.defaults().withVariation(variation);
        return t.withDevice(t.device().withLevels(levels));
    }

    /** @return the default tile with this crossbar shape and TDC width */
    public static TileConfig config(int rows, int columns, int segment, int tdcBits) {
        ConfigNode n = ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("crossbar.rows", rows).with("crossbar.columns", columns)
                .with("crossbar.segment", segment).with("tdc.bits", tdcBits);
        return TileConfig.read(n);
    }
}
