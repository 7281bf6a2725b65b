package org.neuromtj.testbench.stimulus;

import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws random values — a field, or a whole transaction — from a generator the caller owns, so that a
 * stimulus is fixed by its seed.
 *
 * @param <T> what it draws
 */
@FunctionalInterface
public interface Generator<T> {
    /** Draws a value whose constraint cannot be met in this many tries is reported as unsatisfiable. */
    int TRIES = 10_000;

    /**
     * @param random the caller's generator
     * @return a value
     */
    T draw(UniformRandomProvider random);

    /**
     * A constrained generator: draws until the value meets the constraint, as a solver would for a
     * constraint that the generator's own distribution does not express.
     *
     * @param name       the constraint's name, for the error when it cannot be met
     * @param constraint what a value must satisfy
     * @return the constrained generator
     */
    default Generator<T> where(String name, Predicate<? super T> constraint) {
        return random -> {
            for (int k = 0; k < TRIES; k++) {
                T value = draw(random);
                if (constraint.test(value)) {
                    return value;
                }
            }
            throw new ConstraintException("constraint '" + name + "' not met by any of " + TRIES + " values drawn from "
                    + this);
        };
    }

    /**
     * @param f   what to make of each value
     * @param <R> what it makes
     * @return a generator of {@code f} of this one's values
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(draw(random));
    }
}
