package org.neuromtj.chip.sim;

/** Why a simulation run ended, and the process exit status each reason maps to. */
public enum Outcome {
    /** The firmware wrote the test finisher; the exit status is the firmware's. */
    EXITED(-1),
    /** The cycle budget ran out. */
    MAX_CYCLES(3),
    /** The core sleeps in wfi and no scheduled event can ever wake it. */
    ASLEEP(3),
    /** A trap had no handler. */
    TRAPPED(4);

    private final int exitStatus;

    Outcome(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    /** @return the process exit status, or -1 when the firmware chose it */
    public int exitStatus() {
        return exitStatus;
    }
}
