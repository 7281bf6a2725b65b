package org.neuromtj.testbench.stimulus;

/** A constraint that no drawn value met: the constraints contradict each other or the distribution. */
public final class ConstraintException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** @param message which constraint, on which generator */
    public ConstraintException(String message) {
        super(message);
    }
}
