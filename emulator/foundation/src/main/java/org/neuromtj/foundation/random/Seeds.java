package org.neuromtj.foundation.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.simple.RandomSource;
import org.neuromtj.isa.state.StateException;

/**
 * Derives each stochastic component's generator from the machine seed and the component's name, so
 * that a component's random stream depends on nothing but the seed and its place in the chip: adding
 * a component, or evaluating components in another order, never changes another one's draws.
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * @param masterSeed the run's seed
     * @param component  a stable name such as {@code tile0.crossbar}
     * @return a generator owned by that component
     */
    public static UniformRandomProvider generator(long masterSeed, String component) {
        return RandomSource.L64_X128_MIX.create(new long[] {derive(masterSeed, component),
                derive(masterSeed, component + "#1"), derive(masterSeed, component + "#2"),
                derive(masterSeed, component + "#3")});
    }

    /**
     * @param generator a generator made by {@link #generator}
     * @return its state, to put back with {@link #restore}
     */
    public static byte[] state(UniformRandomProvider generator) {
        return ((RandomProviderDefaultState) ((RestorableUniformRandomProvider) generator).saveState()).getState();
    }

    /**
     * @param generator a generator made by {@link #generator}
     * @param state     a state {@link #state} returned
     * @throws StateException if {@code state} is not the size of such a generator's state; the generator is then
     *                        untouched
     */
    public static void restore(UniformRandomProvider generator, byte[] state) {
        int size = state(generator).length;
        if (state.length != size) {
            throw new StateException("a random generator's state of " + state.length + " bytes; it takes " + size);
        }
        ((RestorableUniformRandomProvider) generator).restoreState(new RandomProviderDefaultState(state));
    }

    /**
     * @param masterSeed the run's seed
     * @param component  a stable name
     * @return a 64-bit key mixing both
     */
    public static long derive(long masterSeed, String component) {
        long h = mix(masterSeed);
        for (byte b : component.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h + GOLDEN_GAMMA * (b & 0xFF));
        }
        return h;
    }

    /**
     * A counter-based stream: the {@code index}-th uniform number of the stream named {@code key}. This
     * is SplitMix64 at position {@code index}, which lets every one of a million cells own a
     * generator whose whole state is the count of draws already made.
     *
     * @param key   the stream's key
     * @param index how many draws the stream has made before
     * @return a uniform number in [0, 1)
     */
    public static double uniform(long key, long index) {
        return (mix(key + GOLDEN_GAMMA * (index + 1)) >>> 11) * 0x1.0p-53;
    }

    /**
     * The key of member {@code member} of a family of counter-based streams, such as one per cell.
     *
     * @param familyKey the family's key
     * @param member    the member's index
     * @return a key independent of its neighbours'
     */
    public static long member(long familyKey, long member) {
        return mix(mix(familyKey + GOLDEN_GAMMA * member) ^ 0x5851F42D4C957F2DL);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as used by SplitMix64. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
