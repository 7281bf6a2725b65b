package org.neuromtj.tools.debug.trace;

/**
 * The cycles a trace records: from {@code from}, up to but not including {@code to}.
 *
 * @param from first cycle recorded
 * @param to   first cycle no longer recorded
 */
public record TraceWindow(long from, long to) {
    /** Every cycle. */
    public static final TraceWindow ALL = new TraceWindow(0, Long.MAX_VALUE);

    /**
     * @param text {@code FROM:TO}, either side may be empty (from the start, to the end)
     * @return the window
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static TraceWindow parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + text + "' is not FROM:TO (cycles; either may be left out)");
        }
        try {
            long from = colon == 0 ? 0 : Long.parseLong(text.substring(0, colon));
            long to = colon == text.length() - 1 ? Long.MAX_VALUE : Long.parseLong(text.substring(colon + 1));
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("'" + text + "': the window must start at 0 or later and end after it"
                        + " starts");
            }
            return new TraceWindow(from, to);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not FROM:TO in cycles");
        }
    }

    /** @return whether {@code cycle} is recorded */
    public boolean contains(long cycle) {
        return cycle >= from && cycle < to;
    }
}
