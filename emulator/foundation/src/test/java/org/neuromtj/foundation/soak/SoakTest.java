package org.neuromtj.foundation.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Soak soak = new Soak(new PrintStream(printed, true, StandardCharsets.UTF_8), "test");

    @Test
    void roundsThatRepeatTheFirstHold() {
        soak.round("1", "accuracy 0.9");
        soak.round("2", "accuracy 0.9");
        assertEquals(List.of(), soak.problems());
        assertEquals(0, soak.verdict());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("held"), printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void differentFiguresFail() {
        soak.round("1", "accuracy 0.9");
        soak.round("2", "accuracy 0.8");
        assertEquals(1, soak.problems().size(), soak.problems().toString());
        assertTrue(soak.problems().get(0).contains("round 2 computed accuracy 0.8"), soak.problems().toString());
        assertEquals(1, soak.verdict());
    }

    @Test
    void aHeapThatKeepsGrowingFails() {
        List<long[]> kept = new ArrayList<>();
        soak.round("1", "");
        kept.add(new long[(int) (Soak.HEAP_SLACK_BYTES / 8) * 4]);
        soak.round("2", "");
        assertTrue(soak.problems().stream().anyMatch(p -> p.startsWith("round 2: live heap")), soak.problems().toString());
        assertEquals(1, kept.size());
    }

    @Test
    void aThreadLeftRunningFails() throws InterruptedException {
        soak.round("1", "");
        List<Thread> leaked = new ArrayList<>();
        for (int k = 0; k <= Soak.THREAD_SLACK; k++) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.setDaemon(true);
            t.start();
            leaked.add(t);
        }
        try {
            soak.round("2", "");
            assertTrue(soak.problems().stream().anyMatch(p -> p.contains("threads")), soak.problems().toString());
        } finally {
            for (Thread t : leaked) {
                t.interrupt();
                t.join();
            }
        }
    }

    @Test
    void footprintReadsThisProcess() {
        Footprint f = Footprint.now();
        assertTrue(f.residentBytes() > f.liveHeapBytes() / 2, f.toString());
        assertTrue(f.threads() >= 1 && f.openFiles() >= 3, f.toString());
    }

    @Test
    void theCyclesAreSharedOutEvenlyOverTheRoundsAndAllDoneByTheLast() {
        assertEquals(List.of(3, 6, 10), List.of(Soak.doneBy(1, 3, 10), Soak.doneBy(2, 3, 10), Soak.doneBy(3, 3, 10)));
        assertEquals(2_000_000_000, Soak.doneBy(10, 10, 2_000_000_000), "no overflow on the way");
        assertEquals(1_000_000_000, Soak.doneBy(5, 10, 2_000_000_000));
    }
}
