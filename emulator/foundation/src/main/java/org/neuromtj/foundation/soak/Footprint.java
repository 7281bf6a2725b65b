package org.neuromtj.foundation.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What this process holds at one moment: what a leak would make grow. The live heap is measured after
 * full collections, so it is what is still reachable; the resident set and the open files come from
 * Linux's {@code /proc} (−1 where there is none).
 *
 * @param residentBytes resident memory of the whole process, native memory included
 * @param heapBytes     heap the collector has committed, which it grows and shrinks by its own policy
 * @param liveHeapBytes heap still in use after collecting
 * @param threads       live Java threads
 * @param openFiles     open file descriptors, sockets included
 */
public record Footprint(long residentBytes, long heapBytes, long liveHeapBytes, int threads, int openFiles) {

    /** @return the process's footprint now, after collecting the garbage */
    public static Footprint now() {
        // Two collections: the first may leave behind what finalisation and cleaners free for the second.
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Footprint(resident(), heap.getCommitted(), heap.getUsed(), ManagementFactory.getThreadMXBean().getThreadCount(),
                countOpenFiles());
    }

    private static long resident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static int countOpenFiles() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
