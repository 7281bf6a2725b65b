package org.neuromtj.chip.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.SigmoidLaw;

class TechnologyTest {
    private static ConfigNode defaults() {
        return ConfigNode.resource(Technology.class, "default-technology.yaml");
    }

    private static String rejection(ConfigNode n) {
        return assertThrows(ConfigException.class, () -> Technology.read(n)).getMessage();
    }

    @Test
    void defaultTechnologyIsTheMeasuredSotDeviceWithEveryActionCosted() {
        Technology t = Technology.defaults();
        assertEquals(4900, t.device().resistancePOhm(), 10);
        assertEquals(9800, t.device().resistanceApOhm(), 20);
        assertTrue(t.switching() instanceof SigmoidLaw);
        for (Action a : Action.values()) {
            assertTrue(t.cost(a).energyFj() >= 0, a.key());
        }
        assertEquals(780, t.cost(Action.SOT_PULSE).energyFj());
    }

    @Test
    void outOfRangeDeviceNumbersAreRejectedNamingKeyAndRange() {
        assertEquals("default-technology.yaml: device.ra_ohm_um2.value = -1.0 is out of range: must be > 0",
                rejection(defaults().with("device.ra_ohm_um2", -1)));
        assertEquals("default-technology.yaml: device.tmr.value = 0.0 is out of range: must be > 0",
                rejection(defaults().with("device.tmr", 0)));
        assertEquals("default-technology.yaml: variation.sigma_tmr.value = -0.1 is out of range: must be >= 0",
                rejection(defaults().with("variation.sigma_tmr", -0.1)));
        assertEquals("default-technology.yaml: read_path.transistor_on_ohm.value = -5.0 is out of range: must be >= 0",
                rejection(defaults().with("read_path.transistor_on_ohm", -5)));
    }

    @Test
    void aNumberWithoutItsSourceIsRejected(@TempDir Path dir) throws Exception {
        String text = new String(Technology.class.getResourceAsStream("default-technology.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String stripped = text.replace("source: \"measured SOT device, TMR about 100% (device-figures [S])\"", "");
        Path f = dir.resolve("tech.yaml");
        Files.writeString(f, stripped);
        String msg = assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage();
        assertEquals(f + ": device.tmr has no source: say which paper and figure or table it comes from, or"
                + " 'assumed:' and why", msg);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("none.yaml");
        assertEquals(f + ": no such file", assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage());
    }
}
