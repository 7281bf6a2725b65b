package org.neuromtj.chip.device;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/** Checks an observed count of successes against the 99% two-sided interval of a binomial law. */
public final class Binomial {
    private Binomial() {
    }

    /**
     * @param what      what was counted, for the message
     * @param trials    trials made
     * @param p         the law's success probability
     * @param successes successes observed
     */
    public static void assertWithin99(String what, int trials, double p, long successes) {
        BinomialDistribution law = BinomialDistribution.of(trials, p);
        int low = law.inverseCumulativeProbability(0.005);
        int high = law.inverseCumulativeProbability(0.995);
        assertTrue(successes >= low && successes <= high, what + ": " + successes + " of " + trials
                + " outside the 99% interval [" + low + ", " + high + "] of p = " + p);
    }
}
