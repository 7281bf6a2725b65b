package org.neuromtj.chip.sim;

import java.util.Optional;
import org.neuromtj.isa.core.TrapReport;

/**
 * The end of a simulation run.
 *
 * @param outcome     why it ended
 * @param exitStatus  process exit status
 * @param cycles      core cycles simulated
 * @param instret     instructions retired
 * @param trap        the unhandled trap, for {@link Outcome#TRAPPED}
 */
public record RunResult(Outcome outcome, int exitStatus, long cycles, long instret, Optional<TrapReport> trap) {
}
