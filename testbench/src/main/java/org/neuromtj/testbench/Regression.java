package org.neuromtj.testbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.Mismatch;
import org.neuromtj.testbench.coverage.CoverageReport;
import org.neuromtj.testbench.coverage.Covergroup;
import org.neuromtj.testbench.coverage.IllegalBinException;

/**
 * Runs a testbench: its seeds against the block's RTL with coverage, then, if asked, the same seeds
 * against each mutant until one of them catches it.
 */
public final class Regression {

    /**
     * What stopped a run: a scoreboard mismatch or an illegal bin, with the seed that replays it.
     *
     * @param rtl    the RTL build
     * @param seed   the seed
     * @param what   the mismatch or illegal value, described
     * @param replay the command that runs just this seed again
     */
    public record Failure(String rtl, long seed, String what, String replay) {
    }

    /**
     * @param mutant the mutant
     * @param killed whether a seed caught it
     * @param by     what caught it, or why nothing did
     */
    public record MutantResult(Testbench.Mutant mutant, boolean killed, String by) {
    }

    /**
     * @param block    the block
     * @param tests    lockstep runs made (seeds, and seeds run against mutants)
     * @param seeds    the seeds run against the block's RTL
     * @param cycles   cycles run, all runs
     * @param coverage the coverage of the block's RTL runs
     * @param mutants  each mutant's fate, if mutants were run
     * @param failure  what failed, if anything did
     * @param seconds  wall time
     */
    public record Result(String block, int tests, List<Long> seeds, long cycles, CoverageReport coverage,
                         List<MutantResult> mutants, Optional<Failure> failure, double seconds) {

        /** @return mutants killed */
        public long killed() {
            return mutants.stream().filter(MutantResult::killed).count();
        }

        /** @return whether the block passed: no failure, every bin hit, every mutant run killed */
        public boolean passed() {
            return failure.isEmpty() && coverage.holes().isEmpty() && killed() == mutants.size();
        }
    }

    private Regression() {
    }

    /** @return the default regression's seeds, 1 to {@link Testbench#seeds()} */
    public static List<Long> seeds(Testbench bench) {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= bench.seeds(); s++) {
            seeds.add(s);
        }
        return seeds;
    }

    /**
     * @param bench   the testbench
     * @param seeds   the seeds to run
     * @param mutants whether to run the mutants too
     * @param waves   where mismatch waveforms go
     * @return the outcome
     */
    public static Result run(Testbench bench, List<Long> seeds, boolean mutants, Path waves) {
        long start = System.nanoTime();
        Covergroup<CycleSample> coverage = bench.coverage();
        int tests = 0;
        long cycles = 0;
        Optional<Failure> failure = Optional.empty();
        for (long seed : seeds) {
            tests++;
            Outcome o = once(bench, bench.rtl(), seed, coverage, waves);
            cycles += o.cycles();
            failure = o.failure();
            if (failure.isPresent()) {
                break;
            }
        }
        List<MutantResult> fates = new ArrayList<>();
        for (Testbench.Mutant m : mutants ? bench.mutants() : List.<Testbench.Mutant>of()) {
            MutantResult fate = new MutantResult(m, false, "survived " + seeds.size() + " seeds");
            for (long seed : seeds) {
                tests++;
                Outcome o = once(bench, m.rtl(), seed, bench.coverage(), waves);
                cycles += o.cycles();
                if (o.failure().isPresent()) {
                    fate = new MutantResult(m, true, "seed " + seed + ": " + o.failure().get().what());
                    break;
                }
            }
            fates.add(fate);
        }
        return new Result(bench.name(), tests, seeds, cycles, coverage.report(), fates, failure,
                (System.nanoTime() - start) / 1e9);
    }

    /** One seed's run: what failed, if anything, and the cycles run until then. */
    private record Outcome(Optional<Failure> failure, long cycles) {
    }

    private static Outcome once(Testbench bench, String rtl, long seed, Covergroup<CycleSample> coverage, Path waves) {
        Testbench.Monitor monitor = bench.monitor(coverage);
        CycleSample sample = new CycleSample();
        Lockstep lockstep = bench.lockstep(rtl);
        String replay = "./neuromtj verify " + bench.name() + " --seed " + seed;
        try {
            Optional<Mismatch> m = lockstep.run(bench.cyclesPerSeed(), seed, waves, (cycle, in, i, out, o) -> {
                sample.set(cycle, in, i, out, o);
                monitor.cycle(sample);
            });
            return new Outcome(m.map(x -> new Failure(rtl, seed, x.describe(), replay)),
                    m.map(x -> x.cycle() + 1).orElse(bench.cyclesPerSeed()));
        } catch (IllegalBinException e) {
            return new Outcome(Optional.of(new Failure(rtl, seed, "cycle " + sample.cycle() + ": " + e.getMessage(),
                    replay)), sample.cycle() + 1);
        }
    }
}
