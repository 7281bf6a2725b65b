package org.neuromtj.tools.reproduce.hopfield;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Capital letters of a 5x7 font that look alike (round, barred and stemmed shapes), as the 35-node
 * patterns of low orthogonality the magnetic Hopfield network is tried on. A letter's pixel p (row by row,
 * left to right) is node p, set for +1 where the pixel is lit.
 */
public final class Letters {
    /** The pool a network's letters are drawn from. */
    public static final String POOL = "ABCEFHMNOPRU";
    public static final int PIXELS = 35;
    /** The pool's glyphs, row by row, bit 4 the left pixel. */
    private static final int[][] FONT = {
        {0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}, {0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E},
        {0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E}, {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F},
        {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10}, {0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11},
        {0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11}, {0x11, 0x19, 0x15, 0x13, 0x11, 0x11, 0x11},
        {0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}, {0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10},
        {0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11}, {0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E},
    };

    private Letters() {
    }

    /** @return letter {@code c} of the pool as a pattern */
    public static long pattern(char c) {
        int k = POOL.indexOf(c);
        if (k < 0) {
            throw new IllegalArgumentException("no letter " + c + " in " + POOL);
        }
        long bits = 0;
        for (int r = 0; r < FONT[k].length; r++) {
            for (int col = 0; col < 5; col++) {
                if ((FONT[k][r] >> (4 - col) & 1) != 0) {
                    bits |= 1L << (5 * r + col);
                }
            }
        }
        return bits;
    }

    /** @return {@code count} different letters of the pool, drawn by {@code seed} */
    public static String draw(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        char[] pool = POOL.toCharArray();
        for (int i = 0; i < count; i++) {
            int k = i + r.nextInt(pool.length - i);
            char c = pool[k];
            pool[k] = pool[i];
            pool[i] = c;
        }
        return new String(pool, 0, count);
    }

    /** @return the letters as patterns */
    public static List<Long> patterns(String letters) {
        List<Long> p = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            p.add(pattern(c));
        }
        return p;
    }

    /** @return the least number of pixels in which any two of the letters differ */
    public static int leastDistance(String letters) {
        int least = PIXELS;
        for (int a = 0; a < letters.length(); a++) {
            for (int b = a + 1; b < letters.length(); b++) {
                least = Math.min(least, Long.bitCount(pattern(letters.charAt(a)) ^ pattern(letters.charAt(b))));
            }
        }
        return least;
    }
}
