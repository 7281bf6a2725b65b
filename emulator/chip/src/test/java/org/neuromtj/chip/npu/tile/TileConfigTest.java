package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;

class TileConfigTest {
    private static ConfigNode defaults() {
        return ConfigNode.resource(TileConfig.class, "default-tile.yaml");
    }

    private static String rejection(ConfigNode n) {
        return assertThrows(ConfigException.class, () -> TileConfig.read(n)).getMessage();
    }

    @Test
    void defaultTileIsTheSixtyFourSquareArrayOfJung2022() {
        TileConfig c = TileConfig.defaults();
        assertEquals(new CrossbarGeometry(64, 64, 64), c.geometry());
        assertEquals(32, c.synapses().neurons(64));
    }

    @Test
    void aSegmentThatDoesNotDivideTheRowsIsRejectedNamingKeyAndRule() {
        assertEquals("default-tile.yaml: crossbar.segment = 48 does not divide crossbar.rows = 64: must be a"
                + " divisor of the rows", rejection(defaults().with("crossbar.segment", 48)));
    }

    @Test
    void aTdcWidthOfZeroIsRejectedWithItsRange() {
        assertEquals("default-tile.yaml: tdc.bits = 0 is out of range: must be an integer in [1, 16]",
                rejection(defaults().with("tdc.bits", 0)));
    }

    @Test
    void unknownKeysAreRejectedListingTheKnownOnes() {
        ConfigNode bad = ConfigNode.parse("t.yaml", "version: 1\nnpu_hz: 100000000\ncrossbar: {rows: 1, colums: 2}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("t.yaml: unknown key crossbar.colums (known: columns, rows, segment)",
                rejection(bad));
    }
}
