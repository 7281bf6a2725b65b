package org.neuromtj.chip.npu;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Helper threads that step a timestep's tiles beside the caller. A timestep's tiles take tens of
 * microseconds each, less than a pooled thread takes to wake, so the helpers spin briefly for the next
 * batch before they park, and the caller works on the batch too. Tiles are taken one at a time from a
 * shared counter; which thread steps a tile does not matter, since each tile keeps its own state. A
 * helper left without work for a second ends, and is started again when work comes.
 */
final class TileWorkers {
    /** How long a helper spins for the next batch before it parks: longer than the gap between two timesteps. */
    private static final long SPIN_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int helpers;
    private final Thread[] threads;
    /** The batch being stepped; a helper that comes late to one finds its counter spent, never the next's. */
    private volatile Batch batch;

    /** One call's work: each index is taken once, from this batch's own counter. */
    private static final class Batch {
        final int size;
        final IntConsumer work;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Batch(int size, IntConsumer work) {
            this.size = size;
            this.work = work;
        }

        /** Steps indices until none are left. */
        void drain() {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                try {
                    work.accept(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.incrementAndGet();
                }
            }
        }
    }

    /** @param threads threads in all, the caller's included */
    TileWorkers(int threads) {
        this.helpers = threads - 1;
        this.threads = new Thread[helpers];
    }

    /**
     * Runs {@code work} for every index below {@code n}, on the caller and the helpers, and returns when
     * all are done.
     *
     * @throws RuntimeException or Error, what the first failing index threw
     */
    void run(int n, IntConsumer work) {
        Batch b = new Batch(n, work);
        batch = b;
        for (int h = 0; h < helpers; h++) {
            Thread t = threads[h];
            if (t == null || !t.isAlive()) {
                t = new Thread(this::help, "neuromtj-tiles-" + h);
                t.setDaemon(true);
                threads[h] = t;
                t.start();
            } else {
                LockSupport.unpark(t);
            }
        }
        b.drain();
        while (b.done.get() < n) {
            Thread.onSpinWait();
        }
        Throwable f = b.failure.get();
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    private void help() {
        Batch seen = null;
        long idleSince = System.nanoTime();
        while (true) {
            Batch b = batch;
            if (b != seen) {
                seen = b;
                b.drain();
                idleSince = System.nanoTime();
                continue;
            }
            // Spin for a while by the clock, not by a count: a pause instruction's length differs between processors.
            while (batch == seen && System.nanoTime() - idleSince < SPIN_NANOS) {
                Thread.onSpinWait();
            }
            if (batch == seen) {
                if (System.nanoTime() - idleSince > IDLE_NANOS) {
                    return;
                }
                LockSupport.parkNanos(this, IDLE_NANOS / 10);
            }
        }
    }
}
