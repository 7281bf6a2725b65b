package org.neuromtj.tools.reproduce;

import java.io.PrintStream;
import java.nio.file.Path;

/** An experiment from a source paper, run on the model and set beside the paper's figures. */
public interface Experiment {
    /** @return the name {@code ./neuromtj reproduce} knows it by */
    String name();

    /** @return one line saying what it reproduces */
    String title();

    /**
     * @param run how to run it
     * @return the figures, ours beside the paper's, and how they were obtained
     */
    Reproduction run(Run run);

    /**
     * How an experiment runs.
     *
     * @param home  the NeuroMTJ checkout, whose firmware and configuration files it uses
     * @param seed  the master seed of the devices
     * @param quick whether to run a short form (fewer images, fewer points), as the test suite does
     * @param log   where progress goes
     */
    record Run(Path home, long seed, boolean quick, PrintStream log) {
    }
}
