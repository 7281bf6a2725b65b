package org.neuromtj.foundation.soak;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A long run in rounds, watched for leaks: after each round the process's {@link Footprint} is taken
 * and printed beside the round's own figures, and every round after the first is held to the first's.
 * The first round is the baseline because it pays for what a process loads once (classes, compiled
 * code, pools); from then on nothing may grow beyond a margin for the collector's and the allocator's
 * own slack. Resident memory is judged only in a JVM whose heap is fixed and touched from the start
 * ({@code -Xms} equal to {@code -Xmx}, {@code -XX:+AlwaysPreTouch}, as {@code ./neuromtj soak} runs):
 * elsewhere the collector grows the heap and touches its pages by its own policy, which resident memory
 * would show as growth though nothing leaked.
 */
public final class Soak {
    /** Live heap a round may add over the first's, 10 % or this: pools' and caches' churn, not a leak. */
    static final long HEAP_SLACK_BYTES = 8L << 20;
    /** Resident memory a round may add: the allocator's and the compiler's slack, 5 % or this, whichever is more. */
    static final long RESIDENT_SLACK_BYTES = 48L << 20;

    /**
     * Threads and open files a round may add: a pool's worker or a lazily opened jar comes and goes; a leak
     * of one per session or pass would pass these in the first few.
     */
    static final int THREAD_SLACK = 2;
    static final int FILE_SLACK = 4;

    private final PrintStream out;
    private final boolean residentJudged = heapFixedAndTouched();
    private final List<Footprint> rounds = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();

    /**
     * @param out  where each round's line goes
     * @param what the soak's name, for the header
     */
    public Soak(PrintStream out, String what) {
        this.out = out;
        out.printf("soak %s%n  %-14s %9s %9s %9s %8s %6s   %s%n", what, "round", "rss MiB", "heap MiB", "live MiB",
                "threads", "files", "figures");
    }

    /**
     * @param round  a round, from 1
     * @param rounds the rounds a soak is watched in
     * @param total  the cycles (opens, sessions) of the whole soak
     * @return how many cycles are done by the end of {@code round}: the total shared out as evenly as whole
     *         numbers allow, all of it by the last round
     */
    public static int doneBy(int round, int rounds, int total) {
        return (int) ((long) total * round / rounds);
    }

    /**
     * Ends a round: takes the footprint and prints it with the round's figures.
     *
     * @param label   the round's name
     * @param figures what the round computed, which every round of the same work must repeat exactly
     *                (empty for none)
     */
    public void round(String label, String figures) {
        Footprint f = Footprint.now();
        rounds.add(f);
        this.figures.add(figures);
        out.printf(Locale.ROOT, "  %-14s %9.1f %9.1f %9.1f %8d %6d   %s%n", label, f.residentBytes() / 1048576.0,
                f.heapBytes() / 1048576.0, f.liveHeapBytes() / 1048576.0, f.threads(), f.openFiles(), figures);
    }

    /** @return whether this JVM's heap is fixed in size and touched from the start, so resident memory can be judged */
    static boolean heapFixedAndTouched() {
        // Read from the options, not from the heap's sizes: a collector may report a maximum below -Xmx (the
        // parallel one leaves out a survivor space).
        String initial = null;
        String maximum = null;
        boolean touched = false;
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Xms")) {
                initial = option.substring(4);
            } else if (option.startsWith("-Xmx")) {
                maximum = option.substring(4);
            } else if (option.equals("-XX:+AlwaysPreTouch")) {
                touched = true;
            }
        }
        return touched && initial != null && initial.equalsIgnoreCase(maximum);
    }

    /** @return each round's footprint, in order */
    public List<Footprint> rounds() {
        return List.copyOf(rounds);
    }

    /**
     * @return what went wrong: rounds whose figures differ from the first's, or whose footprint grew past
     *         the first's; empty when the soak held
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (rounds.isEmpty()) {
            return problems;
        }
        Footprint first = rounds.get(0);
        for (int r = 1; r < rounds.size(); r++) {
            Footprint f = rounds.get(r);
            String round = "round " + (r + 1);
            if (!figures.get(r).equals(figures.get(0))) {
                problems.add(round + " computed " + figures.get(r) + ", the first " + figures.get(0));
            }
            if (f.liveHeapBytes() > first.liveHeapBytes() + Math.max(HEAP_SLACK_BYTES, first.liveHeapBytes() / 10)) {
                problems.add(String.format(Locale.ROOT, "%s: live heap %.1f MiB, the first round left %.1f MiB", round,
                        f.liveHeapBytes() / 1048576.0, first.liveHeapBytes() / 1048576.0));
            }
            long residentSlack = Math.max(RESIDENT_SLACK_BYTES, first.residentBytes() / 20);
            if (residentJudged && first.residentBytes() >= 0
                    && f.residentBytes() > first.residentBytes() + residentSlack) {
                problems.add(String.format(Locale.ROOT, "%s: resident %.1f MiB, the first round %.1f MiB", round,
                        f.residentBytes() / 1048576.0, first.residentBytes() / 1048576.0));
            }
            if (f.threads() > first.threads() + THREAD_SLACK) {
                problems.add(round + ": " + f.threads() + " threads, the first round " + first.threads());
            }
            if (f.openFiles() > first.openFiles() + FILE_SLACK) {
                problems.add(round + ": " + f.openFiles() + " open files, the first round " + first.openFiles());
            }
        }
        return problems;
    }

    /**
     * Prints the verdict.
     *
     * @return 0 when the soak held, 1 otherwise
     */
    public int verdict() {
        List<String> problems = problems();
        if (!residentJudged) {
            out.printf("  resident memory not judged: this JVM's heap is not fixed and touched from the start"
                    + " (-Xms = -Xmx, -XX:+AlwaysPreTouch)%n");
        }
        if (problems.isEmpty()) {
            out.printf("  held: figures identical in every round, footprint flat after the first%n");
            return 0;
        }
        problems.forEach(p -> out.println("  FAILED: " + p));
        return 1;
    }
}
