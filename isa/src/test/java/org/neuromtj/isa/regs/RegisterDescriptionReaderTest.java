package org.neuromtj.isa.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterDescriptionReaderTest {

    private static final String VALID = """
            chip: Test
            prefix: T
            version: 1
            memories:
              - {name: RAM, base: 0x80000000, size: 0x1000, description: Memory.}
            devices:
              - name: DEV
                base: 0x10000000
                size: 0x100
                description: A device.
                registers:
                  - name: CTRL
                    offset: 0x0
                    width: 32
                    access: RW
                    reset: 0x1
                    description: Control.
                    fields:
                      - {name: EN, lsb: 0, width: 1, description: Enable.}
                      - {name: MODE, lsb: 4, width: 2, description: Mode.}
                  - name: DATA
                    offset: 0x4
                    width: 8
                    access: RO
                    reset: 0x0
                    description: Data.
            interrupts:
              - {name: DEV, id: 3, device: DEV, description: Device interrupt.}
            """;

    private static RegisterMap read(String yaml) {
        return RegisterDescriptionReader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void chipDescriptionIsValid() {
        RegisterMap map = RegisterMap.load();
        assertEquals("NeuroMTJ", map.chip());
        assertEquals(0x10000000L, map.device("UART0").base());
        assertEquals(10, map.interrupt("UART0").orElseThrow().id());
        assertEquals(0x60, map.device("UART0").register("LSR").orElseThrow().reset());
    }

    @Test
    void validDescriptionReads() {
        RegisterMap map = read(VALID);
        Register ctrl = map.device("DEV").register("CTRL").orElseThrow();
        assertEquals(0x30, ctrl.fields().get(1).mask());
        assertEquals(Access.RW, ctrl.access());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "width: 32|width: 12|devices[0] (DEV).registers[0] (CTRL): width 12 is not one of 8, 16, 32, 64",
        "access: RW|access: RX|devices[0] (DEV).registers[0] (CTRL): access 'RX' is not one of",
        "reset: 0x1|reset: 0x1FFFFFFFF|reset value 0x1ffffffff does not fit in 32 bits",
        "offset: 0x0|offset: 0x2|registers[0] (CTRL): offset 0x2 is not aligned to its width of 32 bits",
        "lsb: 4, width: 2|lsb: 0, width: 2|fields EN and MODE overlap",
        "lsb: 4, width: 2|lsb: 31, width: 2|'width' is 2, outside 1..1",
        "offset: 0x4|offset: 0x0|registers CTRL and DATA overlap",
        "base: 0x10000000|base: 0x80000800|address window overlaps",
        "id: 3|id: 40|interrupts[0] (DEV): 'id' is 40, outside 1..31",
        "device: DEV,|device: NOPE,|device 'NOPE' is not described",
        "description: Control.|descripton: Control.|unknown key 'descripton'",
        "name: CTRL|name: ctrl|name 'ctrl' is not an upper-case identifier",
        "size: 0x100|size: zero|'size' is not a number",
    })
    void badDescriptionsAreRejectedNamingTheElement(String from, String to, String message) {
        String yaml = VALID.replace(from, to);
        assertTrue(!yaml.equals(VALID), "test replaces nothing: " + from);
        RegisterDescriptionException e = assertThrows(RegisterDescriptionException.class, () -> read(yaml));
        assertTrue(e.getMessage().startsWith("test.yaml: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void sharedOffsetNeedsOppositeDirectionsOrBanks() {
        String dataOverCtrl = VALID.replace("offset: 0x4", "offset: 0x0");
        RegisterMap split = read(dataOverCtrl.replace("access: RW", "access: WO"));
        assertEquals(2, split.device("DEV").registers().size(), "read-only over write-only is allowed");
        RegisterDescriptionException sameDirection = assertThrows(RegisterDescriptionException.class,
                () -> read(dataOverCtrl));
        assertTrue(sameDirection.getMessage().contains("registers CTRL and DATA overlap"), sameDirection.getMessage());
        RegisterDescriptionException missingField = assertThrows(RegisterDescriptionException.class,
                () -> read(dataOverCtrl.replaceAll("(\\s+)access: RO", "$1access: RO$1bank: CTRL.NOPE=1")));
        assertTrue(missingField.getMessage().contains("bank names field NOPE"), missingField.getMessage());
        RegisterDescriptionException oneBanked = assertThrows(RegisterDescriptionException.class,
                () -> read(dataOverCtrl.replaceAll("(\\s+)access: RO", "$1access: RO$1bank: CTRL.EN=1")));
        assertTrue(oneBanked.getMessage().contains("overlap"), oneBanked.getMessage());
    }

    @Test
    void arraysOverlapOnlyWhereTheirElementsMeet() {
        // CTRL's four words every 0x10 from 0x0 and DATA's four bytes every 0x10 from 0x4 interleave.
        String interleaved = VALID.replaceAll("(\\s+)(reset: 0x[01])", "$1$2$1count: 4$1stride: 0x10");
        String writable = interleaved.replace("access: RO", "access: RW");
        assertEquals(2, read(writable).device("DEV").registers().size());
        // From 0x34, DATA's first element lies just past CTRL's last...
        assertEquals(2, read(writable.replace("offset: 0x4", "offset: 0x34")).device("DEV").registers().size());
        // ...and from 0x20, its first element falls on CTRL's third.
        RegisterDescriptionException e = assertThrows(RegisterDescriptionException.class,
                () -> read(writable.replace("offset: 0x4", "offset: 0x22")));
        assertTrue(e.getMessage().contains("registers CTRL and DATA overlap"), e.getMessage());
    }

    @Test
    void namesThatClashInTheGeneratedCodeAreRefused() {
        for (String clash : new String[] {"name: SIZE", "name: CTRL_EN", "name: CTRL_RESET", "name: CTRL_OFFSET", "name: CTRL_EN_MASK"}) {
            RegisterDescriptionException e = assertThrows(RegisterDescriptionException.class,
                    () -> read(VALID.replace("name: DATA", clash)));
            String name = clash.substring("name: ".length());
            assertTrue(e.getMessage().contains("devices[0] (DEV) (names in the generated ")
                    && e.getMessage().endsWith("name " + name + " is used twice"), e.getMessage());
        }
    }

    @Test
    void notYamlIsRejected() {
        RegisterDescriptionException e = assertThrows(RegisterDescriptionException.class, () -> read("chip: [unclosed"));
        assertTrue(e.getMessage().startsWith("test.yaml: not valid YAML"), e.getMessage());
        RegisterDescriptionException list = assertThrows(RegisterDescriptionException.class, () -> read("- a\n- b\n"));
        assertTrue(list.getMessage().contains("expected a mapping"), list.getMessage());
    }
}
