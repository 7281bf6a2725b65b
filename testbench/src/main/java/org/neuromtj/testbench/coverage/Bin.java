package org.neuromtj.testbench.coverage;

import java.util.function.LongPredicate;

/**
 * A bin of a coverpoint: the sampled values it counts.
 *
 * @param name    its name in the report
 * @param matches which sampled values fall in it
 */
public record Bin(String name, LongPredicate matches) {

    /** @return a bin of one value */
    public static Bin of(String name, long value) {
        return new Bin(name, v -> v == value);
    }

    /** @return a bin of the values from {@code low} to {@code high}, both included */
    public static Bin range(String name, long low, long high) {
        return new Bin(name, v -> v >= low && v <= high);
    }
}
