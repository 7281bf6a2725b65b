package org.neuromtj.isa.regs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Descriptions are free text: whatever they hold must come out as a Java literal of the same string. */
class JavaRegisterMapGeneratorTest {

    @Test
    void quotesBackslashesLineBreaksAndNonAsciiAreEscaped() {
        assertEquals("\"a \\\"b\\\" c\\\\d\\ne \\u0394 \\u2265 \\u0009\"",
                JavaRegisterMapGenerator.literal("a \"b\" c\\d\ne \u0394 \u2265 \t"));
    }

    @Test
    void plainTextStaysAsItIs() {
        assertEquals("\"NPU: output ready (see IRQ_PENDING).\"",
                JavaRegisterMapGenerator.literal("NPU: output ready (see IRQ_PENDING)."));
    }
}
