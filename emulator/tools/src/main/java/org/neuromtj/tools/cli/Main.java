package org.neuromtj.tools.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code neuromtj} command line. */
@Command(name = "neuromtj", mixinStandardHelpOptions = true, version = "NeuroMTJ 0.1.0",
        description = "A cycle-accurate virtual neuromorphic chip made of magnetic tunnel junctions.",
        subcommands = {RunCommand.class, BenchCommand.class, TrainCommand.class, MapCommand.class,
            ReportCommand.class, ReproduceCommand.class, ImportCommand.class, SoakCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

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
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageFailure u) {
                cmd.getErr().println("neuromtj: " + u.getMessage());
                return u.exitStatus();
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
