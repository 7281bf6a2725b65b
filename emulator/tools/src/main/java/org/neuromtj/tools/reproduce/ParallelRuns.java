package org.neuromtj.tools.reproduce;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An experiment's independent chip runs side by side, as many at once as there are processors. Each run
 * is deterministic by itself, so the results do not depend on how they were interleaved.
 */
public final class ParallelRuns implements AutoCloseable {
    private final String experiment;
    private final ExecutorService pool = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()));

    /** A run started, whose result {@link #get} waits for. */
    @FunctionalInterface
    public interface Pending<T> {
        /**
         * @return the run's result
         * @throws ReproductionException if the run failed or the wait was interrupted
         */
        T get();
    }

    /** @param experiment the experiment's name, which failures carry */
    public ParallelRuns(String experiment) {
        this.experiment = experiment;
    }

    /**
     * @param run a run
     * @param <T> its result
     * @return its result, once it has finished
     */
    public <T> Pending<T> start(Callable<T> run) {
        Future<T> f = pool.submit(run);
        return () -> {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReproductionException(experiment + ": interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof ReproductionException r ? r
                        : new ReproductionException(experiment + ": " + e.getCause().getMessage(), e.getCause());
            }
        };
    }

    /** Lets the runs started finish and starts no more. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
