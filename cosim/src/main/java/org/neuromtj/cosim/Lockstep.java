package org.neuromtj.cosim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Drives a Java model and its RTL with the same stimulus and compares every output every cycle. On the
 * first difference it stops, and replays the run from the seed into a fresh RTL block with tracing
 * switched on around that cycle, so that the waveform shows what led to it.
 */
public final class Lockstep {
    /** Cycles per comparison batch. */
    private static final int BATCH = RtlBlock.CHUNK;
    /** Cycles traced before the mismatch. */
    static final int TRACE_BEFORE = 64;
    /** Cycles traced after the mismatch. */
    static final int TRACE_AFTER = 8;

    private final Supplier<ClockedBlock> model;
    private final Supplier<RtlBlock> rtl;
    private final LongFunction<Stimulus> stimulus;

    /**
     * @param model    makes a fresh model
     * @param rtl      opens a fresh RTL block with the model's ports
     * @param stimulus makes the stimulus of a seed
     */
    public Lockstep(Supplier<ClockedBlock> model, Supplier<RtlBlock> rtl, LongFunction<Stimulus> stimulus) {
        this.model = model;
        this.rtl = rtl;
        this.stimulus = stimulus;
    }

    /**
     * Runs both from the seed's stimulus.
     *
     * @param cycles       cycles to run
     * @param seed         the stimulus seed
     * @param waveformDir  where the waveform of a mismatch goes (created if missing)
     * @return the first mismatch, or empty if the outputs agreed on every cycle
     */
    public Optional<Mismatch> run(long cycles, long seed, Path waveformDir) {
        return run(cycles, seed, waveformDir, (cycle, in, i, out, o) -> { });
    }

    /**
     * Runs both from the seed's stimulus, showing every agreed cycle to an observer (a testbench's
     * coverage monitor).
     *
     * @param cycles      cycles to run
     * @param seed        the stimulus seed
     * @param waveformDir where the waveform of a mismatch goes (created if missing)
     * @param observer    sees each cycle's inputs and outputs once model and RTL agreed on it
     * @return the first mismatch, or empty if the outputs agreed on every cycle
     */
    public Optional<Mismatch> run(long cycles, long seed, Path waveformDir, Observer observer) {
        Stimulus source = stimulus.apply(seed);
        try (ClockedBlock m = model.get(); RtlBlock r = rtl.get()) {
            List<Signal> outputs = m.outputs();
            int ni = m.inputs().size();
            int no = outputs.size();
            int[] in = new int[BATCH * ni];
            int[] expected = new int[BATCH * no];
            int[] actual = new int[BATCH * no];
            for (long done = 0; done < cycles; ) {
                int n = (int) Math.min(BATCH, cycles - done);
                source.next(n, in);
                m.run(n, in, expected);
                r.run(n, in, actual);
                for (int c = 0; c < n; c++) {
                    for (int o = 0; o < no; o++) {
                        int mask = outputs.get(o).mask();
                        int e = expected[c * no + o] & mask;
                        int a = actual[c * no + o] & mask;
                        if (e != a) {
                            long at = done + c;
                            Path wave = waveform(r.name(), seed, at, waveformDir);
                            return Optional.of(new Mismatch(r.name(), at, outputs.get(o).name(), e, a, seed, wave));
                        }
                    }
                }
                for (int c = 0; c < n; c++) {
                    observer.cycle(done + c, in, c * ni, actual, c * no);
                }
                done += n;
            }
        }
        return Optional.empty();
    }

    /** Sees the cycles a lockstep run agreed on. */
    @FunctionalInterface
    public interface Observer {
        /**
         * @param cycle the cycle
         * @param in    stimulus words; this cycle's start at {@code i}
         * @param i     index of this cycle's first input word
         * @param out   response words; this cycle's start at {@code o}
         * @param o     index of this cycle's first output word
         */
        void cycle(long cycle, int[] in, int i, int[] out, int o);
    }

    /** Replays the seed's stimulus into a fresh RTL block, tracing the cycles around {@code at}. */
    private Path waveform(String block, long seed, long at, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve(block + "-seed" + seed + "-cycle" + at + ".vcd");
        Stimulus source = stimulus.apply(seed);
        try (RtlBlock r = rtl.get()) {
            long start = Math.max(0, at - TRACE_BEFORE);
            advance(r, source, start);
            r.trace(file);
            advance(r, source, at + TRACE_AFTER + 1 - start);
            r.endTrace();
        }
        return file;
    }

    private static void advance(RtlBlock r, Stimulus source, long cycles) {
        int ni = r.inputs().size();
        int[] in = new int[BATCH * ni];
        int[] out = new int[BATCH * r.outputs().size()];
        for (long done = 0; done < cycles; ) {
            int n = (int) Math.min(BATCH, cycles - done);
            source.next(n, in);
            r.run(n, in, out);
            done += n;
        }
    }
}
