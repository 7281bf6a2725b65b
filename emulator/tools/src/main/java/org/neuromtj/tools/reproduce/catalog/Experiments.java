package org.neuromtj.tools.reproduce.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.hebbian.Hebbian;
import org.neuromtj.tools.reproduce.hopfield.HopfieldOja;
import org.neuromtj.tools.reproduce.jung.Jung2022;
import org.neuromtj.tools.reproduce.multilevel.Multilevel;
import org.neuromtj.tools.reproduce.neurons.MtjNeurons;
import org.neuromtj.tools.reproduce.stdp.Continual;
import org.neuromtj.tools.reproduce.stdp.StdpFmnist;

/** The experiments {@code ./neuromtj reproduce} and a sweep's reproduce workload know by name. */
public final class Experiments {
    /** Every experiment, in the order a listing names them. */
    public static final List<Experiment> ALL = List.of(new Jung2022(), new StdpFmnist(), new Continual(), new Hebbian(),
            new HopfieldOja(), new MtjNeurons(), new Multilevel());

    private Experiments() {
    }

    /**
     * @param name an experiment's name
     * @return the experiment, if there is one of that name
     */
    public static Optional<Experiment> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** @return the experiments' names, comma-separated, for messages */
    public static String names() {
        return ALL.stream().map(Experiment::name).collect(Collectors.joining(", "));
    }
}
