package org.neuromtj.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.ReproductionException;
import org.neuromtj.tools.reproduce.ReproductionWriter;
import org.neuromtj.tools.reproduce.catalog.Experiments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neuromtj reproduce}: a named experiment from the source papers, the paper's figures beside ours. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Runs a named experiment from the papers on the model and prints the paper's figures beside",
            "ours, with the conditions of each and what differs, and writes report.json and report.html."})
final class ReproduceCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The experiment (see --list).")
    private String name;

    @Option(names = "--list", description = "Name the experiments and say what each reproduces.")
    private boolean list;

    @Option(names = "--quick", description = "A short form: fewer images and points, as the test suite runs it.")
    private boolean quick;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Master seed of the devices (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default target/reproduce/NAME).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (list) {
            Experiments.ALL.forEach(e -> System.out.printf("%-12s %s%n", e.name(), e.title()));
            return 0;
        }
        if (name == null) {
            throw new UsageFailure("name an experiment (" + Experiments.names() + "), or --list", UsageFailure.BAD_INPUT);
        }
        Experiment experiment = Experiments.named(name)
                .orElseThrow(() -> new UsageFailure("no experiment named '" + name + "': the experiments are "
                        + Experiments.names(),
                        UsageFailure.BAD_INPUT));
        Path home = Path.of(System.getProperty("neuromtj.home", "."));
        Path dir = out != null ? out : home.resolve("target/reproduce").resolve(name);
        // Refused before the experiment runs, not after: a report directory that cannot be made or written.
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UsageFailure("cannot write the report to " + dir + ": it is a file, not a directory",
                    UsageFailure.BAD_INPUT);
        } catch (IOException e) {
            throw new UsageFailure("cannot write the report to " + dir + ": the directory cannot be made ("
                    + e.getClass().getSimpleName() + ")", UsageFailure.BAD_INPUT);
        }
        if (!Files.isWritable(dir)) {
            throw new UsageFailure("cannot write the report to " + dir + ": not writable", UsageFailure.BAD_INPUT);
        }
        Reproduction r;
        try {
            r = experiment.run(new Experiment.Run(home, seed, quick, System.err));
        } catch (ReproductionException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        try {
            ReproductionWriter.write(r, dir);
        } catch (IOException e) {
            throw new UsageFailure("cannot write the report to " + dir + ": " + e, 1);
        }
        ReproductionWriter.print(r, System.out);
        System.out.println("\nreport: " + dir.resolve("report.html"));
        return 0;
    }
}
