package org.neuromtj.tools.cli;

import java.io.PrintStream;

/**
 * Shows how far a long run is, from the firmware's progress reports: a bar redrawn in place on a
 * terminal, a line every tenth of the way in a log.
 */
final class ProgressBar {
    private static final int WIDTH = 40;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final long started = System.nanoTime();
    private long lastTenth = -1;
    private boolean drawn;

    /**
     * @param out      where it is drawn
     * @param terminal whether that is a terminal (redraw in place) or a log (a line per tenth)
     * @param label    what is being done, shown before the bar
     */
    ProgressBar(PrintStream out, boolean terminal, String label) {
        this.out = out;
        this.terminal = terminal;
        this.label = label.isEmpty() ? "" : label + " ";
    }

    /**
     * @param done  items done
     * @param total items in all
     */
    void update(long done, long total) {
        if (total <= 0) {
            return;
        }
        long d = Math.max(0, Math.min(done, total));
        double seconds = (System.nanoTime() - started) / 1e9;
        String eta = d == 0 ? "" : String.format(" %.0f s left", seconds * (total - d) / d);
        if (terminal) {
            int filled = (int) (WIDTH * d / total);
            out.printf("\r%s[%s%s] %d/%d%s   ", label, "#".repeat(filled), ".".repeat(WIDTH - filled), d, total, eta);
            drawn = true;
            if (d == total) {
                finish();
            }
        } else if (d * 10 / total != lastTenth) {
            lastTenth = d * 10 / total;
            out.printf("neuromtj: %s%d/%d (%d %%)%s%n", label, d, total, 100 * d / total, eta);
        }
        out.flush();
    }

    /** Ends the bar's line, if one is open. */
    void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
