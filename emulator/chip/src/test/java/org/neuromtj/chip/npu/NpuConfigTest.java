package org.neuromtj.chip.npu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;

class NpuConfigTest {
    private static ConfigNode defaults() {
        return ConfigNode.resource(NpuConfig.class, "default-npu.yaml");
    }

    @Test
    void defaultNpuIsATwoByTwoMesh() {
        NpuConfig c = NpuConfig.defaults();
        assertEquals(4, c.mesh().tiles());
        assertEquals(2, c.mesh().hopLatencyCycles());
    }

    @Test
    void outOfRangeMeshValuesAreRejectedNamingKeyAndRange() {
        assertEquals("default-npu.yaml: mesh.width = 0 is out of range: must be an integer in [1, 64]",
                assertThrows(ConfigException.class, () -> NpuConfig.read(defaults().with("mesh.width", 0))).getMessage());
        assertEquals("default-npu.yaml: mesh.fifo_depth = 0 is out of range: must be an integer in [1, 4096]",
                assertThrows(ConfigException.class, () -> NpuConfig.read(defaults().with("mesh.fifo_depth", 0)))
                        .getMessage());
    }
}
