package org.neuromtj.chip.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivationTest {

    @Test
    void formulasFollowTheUsualPrecedence() {
        assertEquals(7, Derivation.evaluate("1 + 2 * 3", Map.of()));
        assertEquals(9, Derivation.evaluate("(1 + 2) * 3", Map.of()));
        assertEquals(-2, Derivation.evaluate("-(4 - 2)", Map.of()));
        assertEquals(2.5e-3, Derivation.evaluate("5e-3 / 2", Map.of()), 1e-18);
        assertEquals(1, Derivation.evaluate("8 / 4 / 2", Map.of()));
        assertEquals(100.0 / 32 * 28 / 45, Derivation.evaluate("add / 32 * node / table", Map.of("add", 100.0,
                "node", 28.0, "table", 45.0)), 1e-12);
    }

    @Test
    void squareRootsCombineSpreads() {
        assertEquals(5, Derivation.evaluate("sqrt(a * a + 4 * 4)", Map.of("a", 3.0)), 1e-12);
        assertEquals(java.util.List.of("a"), Derivation.names("sqrt(a * a)"));
        assertEquals(2, Derivation.evaluate("sqrt", Map.of("sqrt", 2.0)), "a name without a call is an input");
        assertEquals("in \"sqrt(1 - 2)\" at 12: sqrt of a negative number, -1.0", assertThrows(
                IllegalArgumentException.class, () -> Derivation.evaluate("sqrt(1 - 2)", Map.of())).getMessage());
    }

    @Test
    void aBadFormulaIsRefusedSayingWhereAndWhy() {
        assertEquals("in \"a * b\" at 6: no input named b (inputs: a)", assertThrows(IllegalArgumentException.class,
                () -> Derivation.evaluate("a * b", Map.of("a", 1.0))).getMessage());
        assertEquals("in \"(1 + 2\" at 7: missing ')'", assertThrows(IllegalArgumentException.class,
                () -> Derivation.evaluate("(1 + 2", Map.of())).getMessage());
        assertEquals("in \"1 2\" at 3: unexpected '2'", assertThrows(IllegalArgumentException.class,
                () -> Derivation.evaluate("1 2", Map.of())).getMessage());
        assertEquals("in \"1 +\" at 4: unexpected end", assertThrows(IllegalArgumentException.class,
                () -> Derivation.evaluate("1 +", Map.of())).getMessage());
    }
}
