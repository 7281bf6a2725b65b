package org.neuromtj.tools.workload.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.tools.workload.net.Network;

/**
 * Places a {@link Network} on a chip. A neuron sums only its own tile's strings, so all of a layer's
 * rows stay in one tile (input i on row i of every hidden tile, hidden neuron j on row j of every output
 * tile) and the layer's neurons are spread over as many tiles as their columns need. Output tiles take
 * the places nearest the middle of the mesh, hidden tiles the rest in order. Every hidden tile's spikes
 * go to every output tile along one multicast tree, X then Y from the source, as the routers'
 * deadlock rule wants; each output tile's input map turns a hidden tile's neuron n into its row.
 */
public final class Mapper {
    /** Matches every neuron of a tile: a key's tile is its upper half. */
    private static final int TILE_MASK = 0xFFFF_0000;

    private Mapper() {
    }

    /**
     * @param net  the network
     * @param chip the chip
     * @return the chip image that runs it
     * @throws MappingException saying what does not fit
     */
    public static ChipImage map(Network net, ChipShape chip) {
        boolean bipolar = net.coding() == Network.Coding.BIPOLAR;
        if (bipolar != chip.xnor()) {
            throw new MappingException(bipolar ? "a bipolar network (silence counts -1) needs XNOR cells; the chip's"
                    + " cells have bypass transistors" : "a unipolar network needs cells with bypass transistors; the"
                    + " chip's XNOR cells count silence as -1");
        }
        if (!chip.signed()) {
            throw new MappingException("ternary weights need signed synapses (differential column pairs); the chip's"
                    + " synapses are unsigned");
        }
        if (bipolar) {
            for (int rows : new int[] {net.inputs(), net.hidden()}) {
                if ((chip.rows() - rows) % 2 != 0) {
                    throw new MappingException("a layer of " + rows + " inputs leaves " + (chip.rows() - rows)
                            + " rows of a " + chip.rows() + "-row XNOR tile unused; every row of an XNOR tile counts"
                            + " (silence is -1), so unused rows are programmed in pairs that cancel, and their number"
                            + " must be even");
                }
            }
        }
        if (net.inputs() > chip.rows() || net.hidden() > chip.rows()) {
            int need = Math.max(net.inputs(), net.hidden());
            throw new MappingException("a layer of " + need + " inputs does not fit a tile of " + chip.rows()
                    + " rows: a neuron sums only its own tile's strings, so a layer's rows must fit one tile (use"
                    + " tiles of at least " + need + " rows)");
        }
        int per = chip.neuronsPerTile();
        if (per < 1) {
            throw new MappingException("a tile of " + chip.columns() + " columns holds no neuron");
        }
        int hiddenTiles = (net.hidden() + per - 1) / per;
        int outputTiles = (net.outputs() + per - 1) / per;
        if (hiddenTiles + outputTiles > chip.tiles()) {
            throw new MappingException("the network needs " + hiddenTiles + " tiles for " + net.hidden()
                    + " hidden neurons and " + outputTiles + " for " + net.outputs() + " outputs (" + per
                    + " neurons a tile), the chip has " + chip.tiles());
        }
        if (hiddenTiles > chip.inputMapEntries()) {
            throw new MappingException("an output tile needs an input-map entry for each of the " + hiddenTiles
                    + " hidden tiles, a tile has " + chip.inputMapEntries());
        }
        // Sorting an ordered stream is stable: tiles equally near the middle keep their mesh order.
        int[] order = IntStream.range(0, chip.tiles()).boxed()
                .sorted(Comparator.comparingDouble(t -> distanceFromMiddle(chip, t))).mapToInt(Integer::intValue).toArray();
        int[] outputs = Arrays.copyOf(order, outputTiles);
        int[] hidden = IntStream.range(0, chip.tiles()).filter(t -> IntStream.of(outputs).noneMatch(o -> o == t))
                .limit(hiddenTiles).toArray();
        int columnsPerNeuron = chip.columns() / per;

        List<ChipImage.TileProgram> tiles = new ArrayList<>();
        List<ChipImage.Entry> entries = new ArrayList<>();
        for (int s = 0; s < hiddenTiles; s++) {
            int first = s * per;
            int count = Math.min(per, net.hidden() - first);
            tiles.add(program(chip, hidden[s], net.hiddenThreshold(), net.inputs(), count, columnsPerNeuron,
                    (row, n) -> net.w1()[(first + n) * net.inputs() + row]));
            entries.add(new ChipImage.Entry(hidden[s], 0));
        }
        List<ChipImage.Answer> answers = new ArrayList<>();
        List<ChipImage.MapEntry> maps = new ArrayList<>();
        for (int s = 0; s < outputTiles; s++) {
            int first = s * per;
            int count = Math.min(per, net.outputs() - first);
            tiles.add(program(chip, outputs[s], net.outputThreshold(), net.hidden(), count, columnsPerNeuron,
                    (row, n) -> net.w2()[(first + n) * net.hidden() + row]));
            for (int n = 0; n < count; n++) {
                answers.add(new ChipImage.Answer(outputs[s], n, first + n));
            }
            for (int h = 0; h < hiddenTiles; h++) {
                maps.add(new ChipImage.MapEntry(outputs[s], h, hidden[h] << 16, TILE_MASK, h * per, 1));
            }
        }
        List<ChipImage.Route> routes = routes(chip, hidden, outputs);
        return new ChipImage(chip, net.inputs(), net.outputs(), net.levels(), net.timesteps(), tiles, routes, maps,
                answers, entries, tiles.stream().map(ChipImage.TileProgram::tile).toList());
    }

    private static double distanceFromMiddle(ChipShape chip, int tile) {
        double dx = tile % chip.meshWidth() - (chip.meshWidth() - 1) / 2.0;
        double dy = tile / chip.meshWidth() - (chip.meshHeight() - 1) / 2.0;
        return Math.abs(dx) + Math.abs(dy);
    }

    /** A layer's weight of a row for the tile's neuron n: −1, 0 or +1. */
    @FunctionalInterface
    private interface Weights {
        int of(int row, int neuron);
    }

    /**
     * Cell levels of a tile. Bypass cells: a neuron's weight +1 puts its positive column's bit 0 cell at level
     * 1, −1 its negative's. XNOR cells: +1 is level 1 and −1 level 0 in the neuron's column; every row of the
     * tile is programmed, the rows past the layer's alternately +1 and −1, so that their silence (−1 each)
     * cancels in pairs.
     */
    private static ChipImage.TileProgram program(ChipShape chip, int tile, int threshold, int rows, int neurons,
                                                 int columnsPerNeuron, Weights w) {
        int columns = neurons * columnsPerNeuron;
        int programmed = chip.xnor() ? chip.rows() : rows;
        byte[] cells = new byte[programmed * columns];
        for (int r = 0; r < programmed; r++) {
            for (int n = 0; n < neurons; n++) {
                int at = r * columns + n * columnsPerNeuron;
                if (chip.xnor()) {
                    cells[at] = (byte) (r < rows ? (w.of(r, n) > 0 ? 1 : 0) : (r - rows) % 2);
                    continue;
                }
                int weight = w.of(r, n);
                if (weight != 0) {
                    cells[at + (weight > 0 ? 0 : chip.weightBits())] = 1;
                }
            }
        }
        return new ChipImage.TileProgram(tile, threshold, programmed, columns, cells);
    }

    /**
     * Each hidden tile's multicast tree to the output tiles: at every router on the way, one entry for
     * the source tile's key naming every port its copies leave by.
     */
    private static List<ChipImage.Route> routes(ChipShape chip, int[] sources, int[] destinations) {
        Map<Integer, List<ChipImage.Route>> byRouter = new TreeMap<>();
        for (int source : sources) {
            Map<Integer, Integer> ports = new TreeMap<>();
            for (int destination : destinations) {
                int x = source % chip.meshWidth();
                int y = source / chip.meshWidth();
                int dx = destination % chip.meshWidth();
                int dy = destination / chip.meshWidth();
                while (x != dx || y != dy) {
                    Port p = x < dx ? Port.EAST : x > dx ? Port.WEST : y < dy ? Port.SOUTH : Port.NORTH;
                    ports.merge(y * chip.meshWidth() + x, p.bit(), (a, b) -> a | b);
                    x += p == Port.EAST ? 1 : p == Port.WEST ? -1 : 0;
                    y += p == Port.SOUTH ? 1 : p == Port.NORTH ? -1 : 0;
                }
                ports.merge(destination, Port.LOCAL.bit(), (a, b) -> a | b);
            }
            ports.forEach((router, bits) -> {
                List<ChipImage.Route> table = byRouter.computeIfAbsent(router, r -> new ArrayList<>());
                table.add(new ChipImage.Route(router, table.size(), source << 16, TILE_MASK, bits));
            });
        }
        List<ChipImage.Route> all = new ArrayList<>();
        byRouter.forEach((router, table) -> {
            if (table.size() > chip.tableEntries()) {
                throw new MappingException("router " + router + " needs " + table.size() + " routing-table entries, it has "
                        + chip.tableEntries());
            }
            all.addAll(table);
        });
        return all;
    }
}
