package org.neuromtj.chip.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * Counts the actions blocks perform, in total and per timestep, together with the cycles each
 * timestep took. What the actions cost is not its business: see {@link Technology}.
 *
 * <p>The closed timesteps are kept for per-timestep reports unless {@link #keepHistory} turns that off:
 * a long run that reads only totals would otherwise hold a few hundred bytes a tile a timestep. The last
 * closed timestep is always at hand.
 */
public final class Ledger implements Stateful {
    private static final int ACTIONS = Action.values().length;

    private final long[] totals = new long[ACTIONS];
    private final long[] atTimestepStart = new long[ACTIONS];
    private final List<Timestep> timesteps = new ArrayList<>();
    private boolean history = true;
    private int closed;
    private Timestep last;

    /**
     * The actions of one closed timestep.
     *
     * @param index  0 for the first timestep
     * @param cycles NPU cycles it took
     * @param counts actions performed, indexed by {@link Action#ordinal()}
     */
    public record Timestep(int index, long cycles, long[] counts) {
        public Timestep {
            counts = counts.clone();
        }

        /** @return how many times {@code a} was performed in this timestep */
        public long count(Action a) {
            return counts[a.ordinal()];
        }
    }

    /**
     * @param action what was done
     * @param times  how many times
     */
    public void add(Action action, long times) {
        totals[action.ordinal()] += times;
    }

    /** @return how many times {@code action} was performed since the ledger was made */
    public long total(Action action) {
        return totals[action.ordinal()];
    }

    /**
     * Closes the current timestep: the actions since the last close become its counts.
     *
     * @param cycles NPU cycles the timestep took
     * @return the closed timestep
     */
    public Timestep closeTimestep(long cycles) {
        long[] delta = new long[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            delta[i] = totals[i] - atTimestepStart[i];
            atTimestepStart[i] = totals[i];
        }
        last = new Timestep(closed++, cycles, delta);
        if (history) {
            timesteps.add(last);
        }
        return last;
    }

    /** @return the closed timesteps, oldest first (none, or those since, if history was ever off) */
    public List<Timestep> timesteps() {
        return Collections.unmodifiableList(timesteps);
    }

    /** @return the timestep closed last, or null before the first */
    public Timestep lastTimestep() {
        return last;
    }

    /**
     * @param keep whether closed timesteps are kept; turning it off forgets those kept so far
     */
    public void keepHistory(boolean keep) {
        history = keep;
        if (!keep) {
            timesteps.clear();
        }
    }

    @Override
    public void save(StateWriter out) {
        out.section("ledger");
        out.longs(totals);
        out.longs(atTimestepStart);
        out.i32(timesteps.size());
        for (Timestep t : timesteps) {
            out.i64(t.cycles());
            out.longs(t.counts());
        }
    }

    @Override
    public void restore(StateReader in) {
        in.section("ledger");
        System.arraycopy(in.longs(ACTIONS), 0, totals, 0, ACTIONS);
        System.arraycopy(in.longs(ACTIONS), 0, atTimestepStart, 0, ACTIONS);
        timesteps.clear();
        int n = in.i32();
        for (int k = 0; k < n; k++) {
            long cycles = in.i64();
            timesteps.add(new Timestep(k, cycles, in.longs(ACTIONS)));
        }
        closed = n;
        last = n == 0 ? null : timesteps.get(n - 1);
    }
}
