package org.neuromtj.chip.config;

/**
 * The values a configuration number may take, with the text that tells the user so.
 *
 * @param min          lower bound
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper bound
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    /** @return values strictly above zero */
    public static Range positive() {
        return new Range(0, false, Double.POSITIVE_INFINITY, false);
    }

    /** @return zero and above */
    public static Range nonNegative() {
        return new Range(0, true, Double.POSITIVE_INFINITY, false);
    }

    /** @return a probability, zero to one */
    public static Range probability() {
        return new Range(0, true, 1, true);
    }

    /**
     * @param min lower bound, included
     * @param max upper bound, included
     * @return the closed interval
     */
    public static Range closed(double min, double max) {
        return new Range(min, true, max, true);
    }

    /**
     * @param min lower bound, excluded
     * @param max upper bound, excluded
     * @return the open interval
     */
    public static Range open(double min, double max) {
        return new Range(min, false, max, false);
    }

    /** @return whether {@code v} lies in the range (NaN never does) */
    public boolean contains(double v) {
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = maxInclusive ? v <= max : v < max;
        return aboveMin && belowMax;
    }

    /** @return the range as the user reads it, for example {@code must be > 0} */
    public String text() {
        boolean bounded = max != Double.POSITIVE_INFINITY;
        String low = "must be " + (minInclusive ? ">= " : "> ") + fmt(min);
        return bounded ? "must be in " + (minInclusive ? "[" : "(") + fmt(min) + ", " + fmt(max)
                + (maxInclusive ? "]" : ")") : low;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
