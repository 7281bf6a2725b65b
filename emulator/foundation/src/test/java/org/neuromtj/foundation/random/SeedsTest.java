package org.neuromtj.foundation.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.neuromtj.isa.state.StateException;

class SeedsTest {

    @Test
    void aComponentsGeneratorDependsOnTheSeedAndItsNameAlone() {
        assertEquals(Seeds.generator(7, "tile0.crossbar").nextLong(), Seeds.generator(7, "tile0.crossbar").nextLong());
        assertNotEquals(Seeds.generator(7, "tile0.crossbar").nextLong(), Seeds.generator(7, "tile1.crossbar").nextLong());
        assertNotEquals(Seeds.generator(7, "tile0.crossbar").nextLong(), Seeds.generator(8, "tile0.crossbar").nextLong());
    }

    @Test
    void aRestoredGeneratorDrawsWhatTheSavedOneDrewNext() {
        UniformRandomProvider g = Seeds.generator(1, "x");
        g.nextLong();
        byte[] state = Seeds.state(g);
        long next = g.nextLong();
        UniformRandomProvider other = Seeds.generator(2, "y");
        Seeds.restore(other, state);
        assertEquals(next, other.nextLong());
    }

    /** A snapshot's generator state cut short or grown (found by the snapshot fuzz target) is a state that does not fit. */
    @Test
    void aStateOfAnotherSizeIsRefusedAndTheGeneratorKeepsItsOwn() {
        UniformRandomProvider g = Seeds.generator(1, "x");
        byte[] state = Seeds.state(g);
        StateException e = assertThrows(StateException.class, () -> Seeds.restore(g, new byte[0]));
        assertEquals("a random generator's state of 0 bytes; it takes " + state.length, e.getMessage());
        assertThrows(StateException.class, () -> Seeds.restore(g, Arrays.copyOf(state, state.length + 1)));
        assertEquals(Seeds.generator(1, "x").nextLong(), g.nextLong());
    }
}
