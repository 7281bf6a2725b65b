package org.neuromtj.isa.core;

/**
 * No device answers an access; the core turns it into an access-fault exception. It carries no stack
 * trace because it is control flow the firmware may provoke often, not a bug in the simulator.
 */
public final class BusFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The shared instance; it holds no state. */
    public static final BusFault INSTANCE = new BusFault();

    private BusFault() {
        super("bus fault", null, false, false);
    }
}
