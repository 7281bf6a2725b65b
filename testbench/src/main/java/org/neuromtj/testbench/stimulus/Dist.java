package org.neuromtj.testbench.stimulus;

import java.util.function.LongPredicate;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A weighted distribution of integers, like SystemVerilog's {@code dist}: single values that carry
 * their weight ({@code v := w}) and ranges whose weight is spread evenly over their values
 * ({@code [lo:hi] :/ w}). Corners get their own terms, so that they are drawn far more often than a
 * uniform draw would. Immutable.
 */
public final class Dist {
    private final Weighted<Span> spans;

    private Dist(Weighted<Span> spans) {
        this.spans = spans;
    }

    /** @return {@code value := weight} */
    public static Dist value(long value, double weight) {
        return new Dist(Weighted.of(new Span(value, value), weight));
    }

    /** @return {@code [low:high] :/ weight} */
    public static Dist range(long low, long high, double weight) {
        return new Dist(Weighted.of(Span.of(low, high), weight));
    }

    /** @return every value from {@code low} to {@code high} equally likely */
    public static Dist uniform(long low, long high) {
        return range(low, high, 1);
    }

    /** @return any 32-bit word, equally likely */
    public static Dist word() {
        return uniform(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** @return this distribution with {@code value := weight} added */
    public Dist orValue(long value, double weight) {
        return new Dist(spans.or(new Span(value, value), weight));
    }

    /** @return this distribution with {@code [low:high] :/ weight} added */
    public Dist orRange(long low, long high, double weight) {
        return new Dist(spans.or(Span.of(low, high), weight));
    }

    /**
     * @param random the caller's generator
     * @return a value
     */
    public long draw(UniformRandomProvider random) {
        Span s = spans.draw(random);
        return s.low == s.high ? s.low : s.low + random.nextLong(s.high - s.low + 1);
    }

    /**
     * @param random the caller's generator
     * @return a value, as a 32-bit word
     */
    public int drawInt(UniformRandomProvider random) {
        return (int) draw(random);
    }

    /**
     * @param name       the constraint's name
     * @param constraint what a value must satisfy
     * @return a generator of this distribution's values that meet the constraint
     */
    public Generator<Long> where(String name, LongPredicate constraint) {
        Generator<Long> values = new Generator<>() {
            @Override
            public Long draw(UniformRandomProvider random) {
                return Dist.this.draw(random);
            }

            @Override
            public String toString() {
                return Dist.this.toString();
            }
        };
        return values.where(name, constraint::test);
    }

    @Override
    public String toString() {
        return spans.toString();
    }

    /** A run of values, both ends included. */
    private record Span(long low, long high) {
        static Span of(long low, long high) {
            if (low > high || high - low < 0) {
                throw new IllegalArgumentException("range [" + low + ":" + high + "] is empty or too wide");
            }
            return new Span(low, high);
        }

        @Override
        public String toString() {
            return low == high ? Long.toString(low) : "[" + low + ":" + high + "]";
        }
    }
}
