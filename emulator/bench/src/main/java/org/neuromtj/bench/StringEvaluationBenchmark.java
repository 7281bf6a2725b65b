package org.neuromtj.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.tile.Crossbar;
import org.neuromtj.chip.npu.tile.StringRead;
import org.neuromtj.foundation.random.Seeds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The string evaluation kernel: one crossbar read, every string of every active segment summed from
 * its cells' resistances. Reads take {@link #INPUTS} independent random inputs in turn, so that each
 * sees an input unlike the last (the crossbar keeps its sums from read to read, and a repeated input
 * would cost it nothing). One operation evaluates {@link #cellsPerRead} cells on average (driven rows ×
 * columns); {@code neuromtj bench tile} turns operations per second into cell evaluations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StringEvaluationBenchmark {
    /** Array shape, {@code ROWSxCOLUMNS}. */
    @Param({"64x64", "1024x256"})
    public String shape;

    /** {@code ideal} or {@code default} (the technology's variation, read noise and disturb). */
    @Param({"ideal", "default"})
    public String devices;

    /** Fraction of rows driven by a spike. */
    @Param({"0.05", "0.25", "1.0"})
    public double density;

    /** Random inputs read in turn. */
    public static final int INPUTS = 8;

    private Crossbar crossbar;
    private int[][] driven;
    private int[] count;
    private int next;

    /** Cells one read evaluates. */
    public long cellsPerRead;

    /** Builds the array with random weights and the random inputs. */
    @Setup(Level.Trial)
    public void setUp() {
        String[] rc = shape.split("x");
        int rows = Integer.parseInt(rc[0]);
        int columns = Integer.parseInt(rc[1]);
        Technology tech = Technology.defaults();
        Variation v = devices.equals("ideal") ? Variation.ideal() : tech.variation();
        CrossbarGeometry g = new CrossbarGeometry(rows, columns, 64);
        MtjCells cells = new MtjCells(g.cells(), tech.device(), v, 1, "bench");
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < g.cells(); i++) {
            cells.setLevel(i, rnd.nextInt(2));
        }
        crossbar = new Crossbar(g, tech.readPath(), cells, Seeds.generator(1, "bench.read"), new Ledger());
        driven = new int[INPUTS][rows];
        count = new int[INPUTS];
        long rowsRead = 0;
        for (int i = 0; i < INPUTS; i++) {
            for (int r = 0; r < rows; r++) {
                if (rnd.nextDouble() < density) {
                    driven[i][count[i]++] = r;
                }
            }
            rowsRead += count[i];
        }
        cellsPerRead = rowsRead * columns / INPUTS;
    }

    /** @return the strings' resistances, so the read is not optimised away */
    @Benchmark
    public StringRead read() {
        int i = next;
        next = (i + 1) % INPUTS;
        return crossbar.read(driven[i], count[i]);
    }
}
