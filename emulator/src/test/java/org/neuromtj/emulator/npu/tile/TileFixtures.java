package org.neuromtj.emulator.npu.tile;

import org.neuromtj.emulator.config.ConfigNode;
import org.neuromtj.emulator.device.Variation;
import org.neuromtj.emulator.ledger.Technology;

/** Tiles for tests, built from the shipped defaults with a few overrides. */
final class TileFixtures {
    private TileFixtures() {
    }

    static Technology technology(Variation variation, int levels) {
        Technology t = Technology.defaults().withVariation(variation);
        return t.withDevice(t.device().withLevels(levels));
    }

    static TileConfig config(int rows, int columns, int segment, int tdcBits) {
        ConfigNode n = ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("crossbar.rows", rows).with("crossbar.columns", columns)
                .with("crossbar.segment", segment).with("tdc.bits", tdcBits);
        return TileConfig.read(n);
    }
}
