package org.neuromtj.chip.sim;

import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * Future events of the simulation, ordered by cycle and, within a cycle, by the order they were
 * scheduled, so a run is deterministic.
 */
public final class EventQueue {
    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private long sequence;
    private LongConsumer scheduled = cycle -> { };

    /** @param listener told the cycle of every newly scheduled event, so a running batch can end in time */
    public void setScheduleListener(LongConsumer listener) {
        this.scheduled = listener;
    }

    /** A scheduled action; cancel it through {@link #cancel()}. */
    public static final class Event implements Comparable<Event> {
        private final long cycle;
        private final long order;
        private final Runnable action;
        private boolean cancelled;

        private Event(long cycle, long order, Runnable action) {
            this.cycle = cycle;
            this.order = order;
            this.action = action;
        }

        /** @return the cycle at which the event fires */
        public long cycle() {
            return cycle;
        }

        /** Prevents the event from firing. */
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Event o) {
            int c = Long.compare(cycle, o.cycle);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    /**
     * @param cycle  when to fire
     * @param action what to do
     * @return the event, for cancelling
     */
    public Event schedule(long cycle, Runnable action) {
        Event e = new Event(cycle, sequence++, action);
        queue.add(e);
        scheduled.accept(cycle);
        return e;
    }

    /** @return the cycle of the earliest pending event, or {@link Long#MAX_VALUE} if there is none */
    public long nextCycle() {
        dropCancelled();
        Event head = queue.peek();
        return head == null ? Long.MAX_VALUE : head.cycle;
    }

    /**
     * Fires, in order, every event due at or before {@code now}, including events they schedule for then.
     *
     * @param now the current cycle
     */
    public void fireDue(long now) {
        while (true) {
            dropCancelled();
            Event head = queue.peek();
            if (head == null || head.cycle > now) {
                return;
            }
            queue.poll();
            head.action.run();
        }
    }

    /** Drops all events. */
    public void clear() {
        queue.clear();
    }

    private void dropCancelled() {
        while (!queue.isEmpty() && queue.peek().cancelled) {
            queue.poll();
        }
    }
}
