package org.neuromtj.testbench.stimulus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A weighted choice among alternatives, like SystemVerilog's {@code randcase}: each alternative is
 * drawn with probability its weight over the sum of weights. Immutable; {@link #or} returns a new
 * choice with one more alternative.
 *
 * @param <T> the alternatives' type
 */
public final class Weighted<T> implements Generator<T> {
    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    /**
     * @param item   the first alternative
     * @param weight its weight, positive and finite
     * @param <T>    the alternatives' type
     * @return a choice of that one alternative
     * @throws IllegalArgumentException if the weight is not positive and finite
     */
    public static <T> Weighted<T> of(T item, double weight) {
        return new Weighted<T>(List.of(), new double[0]).or(item, weight);
    }

    /**
     * @param item   another alternative
     * @param weight its weight, positive and finite
     * @return this choice with that alternative added
     * @throws IllegalArgumentException if the weight is not positive and finite
     */
    public Weighted<T> or(T item, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of " + item + " must be positive and finite, not " + weight);
        }
        List<T> more = new ArrayList<>(items);
        more.add(item);
        double[] sums = Arrays.copyOf(cumulative, cumulative.length + 1);
        sums[cumulative.length] = total() + weight;
        return new Weighted<>(List.copyOf(more), sums);
    }

    @Override
    public T draw(UniformRandomProvider random) {
        double u = random.nextDouble() * total();
        int k = Arrays.binarySearch(cumulative, u);
        // An exact hit on a boundary belongs to the next alternative, as [sum before, sum) would have it.
        return items.get(Math.min(k >= 0 ? k + 1 : -k - 1, items.size() - 1));
    }

    /** @return the alternatives, in the order they were added */
    public List<T> items() {
        return items;
    }

    /** @return the probability of alternative {@code k} */
    public double probability(int k) {
        return (cumulative[k] - (k == 0 ? 0 : cumulative[k - 1])) / total();
    }

    private double total() {
        return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (int k = 0; k < items.size(); k++) {
            j.add(items.get(k) + " : " + (cumulative[k] - (k == 0 ? 0 : cumulative[k - 1])));
        }
        return j.toString();
    }
}
