package org.neuromtj.chip.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuromtj.isa.regs.RegisterMap;

/** The built-in description the chip's register blocks use is the one the YAML describes, value for value. */
class ChipRegisterMapTest {

    @Test
    void builtValuesEqualTheDescriptionRead() {
        RegisterMap read = RegisterMap.load();
        assertEquals(read.devices().size(), ChipRegisterMap.MAP.devices().size());
        for (int i = 0; i < read.devices().size(); i++) {
            assertEquals(read.devices().get(i), ChipRegisterMap.MAP.devices().get(i), read.devices().get(i).name());
        }
        assertEquals(read, ChipRegisterMap.MAP);
    }
}
