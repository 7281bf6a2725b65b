package org.neuromtj.tools.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code neuromtj} command line. */
@Command(name = "neuromtj", mixinStandardHelpOptions = true, version = "NeuroMTJ 0.1.0",
        description = "A cycle-accurate virtual neuromorphic chip made of magnetic tunnel junctions.")
public final class Main implements Runnable {
    /**
     * The subcommands by name, in the order the usage lists them. Picocli reads a command's annotations into
     * its model when the command is added, which for all of them took a third of a second of every start;
     * a command line that names one adds that one alone.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("train", TrainCommand::new);
        m.put("map", MapCommand::new);
        m.put("report", ReportCommand::new);
        m.put("reproduce", ReproduceCommand::new);
        m.put("import", ImportCommand::new);
        m.put("soak", SoakCommand::new);
        return m;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line without exiting the JVM.
     *
     * @param args command-line arguments
     * @return the process exit status
     */
    public static int execute(String... args) {
        CommandLine cli = commandLine(args.length > 0 ? args[0] : "");
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageFailure u) {
                cmd.getErr().println("neuromtj: " + u.getMessage());
                return u.exitStatus();
            }
            throw e;
        });
        return cli.execute(args);
    }

    /**
     * @param first the command line's first argument
     * @return the command line with the subcommand it names, or with every subcommand when it names none (an
     *         option, a mistyped name or nothing), so that the usage and picocli's suggestions list them all
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = SUBCOMMANDS.get(first);
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.values().forEach(s -> cli.addSubcommand(s.get()));
        }
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
