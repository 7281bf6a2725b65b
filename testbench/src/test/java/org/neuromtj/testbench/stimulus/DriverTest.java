package org.neuromtj.testbench.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Sequencers hand out their scenarios' transactions in order with the gaps between them, drivers give
 * each transaction its cycles, and an environment of agents is fixed by its seeds.
 */
class DriverTest {

    private static UniformRandomProvider random(long seed) {
        return RandomSource.SPLIT_MIX_64.create(seed);
    }

    /** Drives transaction {@code n} as the value n for n cycles on word 0. */
    private static final class Counts extends Driver<Integer> {
        Counts(Sequencer<Integer> sequencer) {
            super(sequencer);
        }

        @Override
        protected boolean drive(Integer n, int beat, int[] words, int at) {
            words[at] = n;
            return beat + 1 == n;
        }
    }

    private static int[] run(Agent agent, int cycles) {
        int[] words = new int[cycles];
        new Environment(1, List.of(agent)).next(cycles, words);
        return words;
    }

    private static Sequence<Integer> fixed(Integer... items) {
        return r -> List.of(items);
    }

    @Test
    void transactionsTakeTheirCyclesAndScenariosAreSeparatedByTheirGap() {
        Counts d = new Counts(new Sequencer<>(random(1), Weighted.of(fixed(1, 2), 1), Dist.value(2, 1)));
        assertArrayEquals(new int[] {1, 2, 2, 0, 0, 1, 2, 2, 0, 0, 1}, run(d, 11));
    }

    @Test
    void repeatedAndChainedSequencesKeepTheirOrder() {
        Sequence<Integer> s = fixed(1).times(Dist.value(2, 1)).then(fixed(3));
        assertEquals(List.of(1, 1, 3), s.items(random(1)));
        ConstraintException e = assertThrows(ConstraintException.class,
                () -> fixed(1).times(Dist.value(0, 1)).items(random(1)));
        assertTrue(e.getMessage().contains("at least once"), e.getMessage());
    }

    @Test
    void scenariosAreDrawnByWeight() {
        Counts d = new Counts(new Sequencer<>(random(3), Weighted.of(fixed(1), 1).or(fixed(2), 1)));
        int[] words = run(d, 30_000);
        int ones = 0;
        for (int w : words) {
            ones += w == 1 ? 1 : 0;
        }
        // Each scenario is drawn half the time, and a two takes two cycles: a third of the cycles are ones.
        assertEquals(1.0 / 3, (double) ones / words.length, 0.02);
    }

    @Test
    void abandoningDropsTheRestOfTheScenarioAndIdles() {
        Counts d = new Counts(new Sequencer<>(random(1), Weighted.of(fixed(3, 3), 1)));
        int[] words = new int[8];
        Environment env = new Environment(1, List.of((cycle, w, at) -> {
            if (cycle == 2) {
                d.abandon(2);
            }
        }, d));
        env.next(8, words);
        assertArrayEquals(new int[] {3, 3, 0, 0, 3, 3, 3, 3}, words);
    }

    @Test
    void aNegativeGapIsRefused() {
        Counts d = new Counts(new Sequencer<>(random(1), Weighted.of(fixed(1), 1), Dist.value(-1, 1)));
        ConstraintException e = assertThrows(ConstraintException.class, () -> run(d, 2));
        assertTrue(e.getMessage().contains("gap"), e.getMessage());
    }

    @Test
    void theSameSeedsGiveTheSameWordsAndOthersDoNot() {
        int[] a = run(new Strobe(random(9), 0, Dist.uniform(0, 20)), 1000);
        int[] b = run(new Strobe(random(9), 0, Dist.uniform(0, 20)), 1000);
        int[] c = run(new Strobe(random(10), 0, Dist.uniform(0, 20)), 1000);
        assertArrayEquals(a, b);
        assertTrue(!java.util.Arrays.equals(a, c));
    }
}
