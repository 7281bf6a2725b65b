package org.neuromtj.testbench.stimulus;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A scenario on one interface: the transactions of one run of it, drawn afresh each time it runs (a
 * burst of writes to one address, a command and the responses it waits for).
 *
 * @param <T> the interface's transaction type
 */
@FunctionalInterface
public interface Sequence<T> {

    /**
     * @param random the caller's generator
     * @return one run's transactions, in order; never empty
     */
    List<T> items(UniformRandomProvider random);

    /**
     * @param item draws the one transaction
     * @param <T>  the transaction type
     * @return a sequence of one transaction
     */
    static <T> Sequence<T> of(Generator<? extends T> item) {
        return random -> List.of(item.draw(random));
    }

    /**
     * @param count how many runs of this sequence, drawn per run of the result; at least 1
     * @return this sequence run back to back
     */
    default Sequence<T> times(Dist count) {
        return random -> {
            long n = count.draw(random);
            if (n < 1) {
                throw new ConstraintException("a sequence must repeat at least once, but " + count + " gave " + n);
            }
            List<T> all = new ArrayList<>();
            for (long k = 0; k < n; k++) {
                all.addAll(items(random));
            }
            return all;
        };
    }

    /**
     * @param next the sequence that follows
     * @return this sequence, then {@code next}
     */
    default Sequence<T> then(Sequence<? extends T> next) {
        return random -> {
            List<T> all = new ArrayList<>(items(random));
            all.addAll(next.items(random));
            return all;
        };
    }
}
