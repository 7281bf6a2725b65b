package org.neuromtj.tools.workload.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.tools.workload.net.Network;

/**
 * Places a {@link Network}, or any layers of neurons ({@link #place}), on a chip. A neuron sums only its own
 * tile's strings, so all of a layer's rows stay in one tile (input i on row i of every hidden tile, hidden
 * neuron j on row j of every output tile) and the layer's neurons are spread over as many tiles as their
 * columns need. Output tiles take the places nearest the middle of the mesh, hidden tiles the rest in order.
 * Every hidden tile's spikes go to every output tile along one multicast tree, X then Y from the source, as
 * the routers' deadlock rule wants; each output tile's input map turns a hidden tile's neuron n into its row.
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
        List<Layer> layers = List.of(
                new Layer(net.inputs(), net.hidden(), net.hiddenThreshold(), List.of(new Layer.Source(Layer.HOST, 0)),
                        (row, n) -> net.w1()[n * net.inputs() + row], 0),
                new Layer(net.hidden(), net.outputs(), net.outputThreshold(), List.of(new Layer.Source(0, 0)),
                        (row, n) -> net.w2()[n * net.hidden() + row], 0));
        return place(chip, layers, net.inputs(), net.levels(), net.timesteps());
    }

    /**
     * Places layers of neurons on a chip. Each layer's rows stay in one tile (a neuron sums only its own tile's
     * strings) and its neurons spread over as many tiles as their columns need. The last layer answers (its
     * neuron n is output n) and takes the tiles nearest the middle of the mesh; the others take the rest in mesh
     * order, layer by layer. Every tile of a source layer reaches every tile of the layers it feeds along one
     * multicast tree, X then Y, as the routers' deadlock rule wants; each destination tile's input map turns a
     * source tile's neuron n into its row; the host's spikes enter the tiles of the layers it feeds.
     *
     * @param chip      the chip
     * @param layers    the layers, the answering one last
     * @param inputs    the host's inputs
     * @param levels    spikes a full-scale input makes, as the image records it
     * @param timesteps timesteps a sample runs, as the image records it
     * @return the chip image
     * @throws MappingException saying what does not fit
     */
    public static ChipImage place(ChipShape chip, List<Layer> layers, int inputs, int levels, int timesteps) {
        int per = chip.neuronsPerTile();
        if (per < 1) {
            throw new MappingException("a tile of " + chip.columns() + " columns holds no neuron");
        }
        int[] counts = layers.stream().mapToInt(l -> (l.neurons() + per - 1) / per).toArray();
        int needed = IntStream.of(counts).sum();
        if (needed > chip.tiles()) {
            throw new MappingException("the network needs " + needed + " tiles (" + IntStream.of(counts)
                    .mapToObj(Integer::toString).collect(Collectors.joining(", "))
                    + " for its layers, " + per + " neurons a tile), the chip has " + chip.tiles());
        }
        for (int k = 0; k < layers.size(); k++) {
            Layer l = layers.get(k);
            if (l.rows() > chip.rows()) {
                throw new MappingException("layer " + k + " has " + l.rows() + " rows of inputs; a tile has "
                        + chip.rows() + ": a neuron sums only its own tile's strings, so a layer's rows must fit one"
                        + " tile (use tiles of at least " + l.rows() + " rows)");
            }
            int sourceTiles = l.sources().stream().filter(s -> s.layer() != Layer.HOST).mapToInt(s -> counts[s.layer()])
                    .sum();
            if (sourceTiles > chip.inputMapEntries()) {
                throw new MappingException("a tile of layer " + k + " needs an input-map entry for each of the "
                        + sourceTiles + " tiles that feed it, a tile has " + chip.inputMapEntries());
            }
        }
        // Sorting an ordered stream is stable: tiles equally near the middle keep their mesh order.
        int[] order = IntStream.range(0, chip.tiles()).boxed()
                .sorted(Comparator.comparingDouble(t -> distanceFromMiddle(chip, t))).mapToInt(Integer::intValue).toArray();
        int last = layers.size() - 1;
        int[] answering = Arrays.copyOf(order, counts[last]);
        int[] rest = IntStream.range(0, chip.tiles()).filter(t -> IntStream.of(answering).noneMatch(o -> o == t))
                .toArray();
        int[][] tilesOf = new int[layers.size()][];
        int next = 0;
        for (int k = 0; k < last; k++) {
            tilesOf[k] = Arrays.copyOfRange(rest, next, next + counts[k]);
            next += counts[k];
        }
        tilesOf[last] = answering;
        int columnsPerNeuron = chip.columns() / per;

        List<ChipImage.TileProgram> tiles = new ArrayList<>();
        List<ChipImage.Entry> entries = new ArrayList<>();
        List<ChipImage.Answer> answers = new ArrayList<>();
        List<ChipImage.MapEntry> maps = new ArrayList<>();
        List<ChipImage.Bias> biases = new ArrayList<>();
        Map<Integer, Set<Integer>> destinations = new TreeMap<>();
        for (int k = 0; k < layers.size(); k++) {
            Layer l = layers.get(k);
            for (int s = 0; s < counts[k]; s++) {
                int tile = tilesOf[k][s];
                int first = s * per;
                int count = Math.min(per, l.neurons() - first);
                tiles.add(program(chip, tile, l.threshold(), l.rows(), count, columnsPerNeuron,
                        (row, n) -> l.weights().of(row, first + n)));
                if (l.alwaysOn() > 0) {
                    biases.add(new ChipImage.Bias(tile, l.rows() - l.alwaysOn(), l.alwaysOn()));
                }
                if (k == last) {
                    for (int n = 0; n < count; n++) {
                        answers.add(new ChipImage.Answer(tile, n, first + n));
                    }
                }
                int index = 0;
                for (Layer.Source source : l.sources()) {
                    if (source.layer() == Layer.HOST) {
                        entries.add(new ChipImage.Entry(tile, source.firstRow()));
                        continue;
                    }
                    for (int h = 0; h < counts[source.layer()]; h++) {
                        int from = tilesOf[source.layer()][h];
                        maps.add(new ChipImage.MapEntry(tile, index++, from << 16, TILE_MASK, source.firstRow() + h * per,
                                1));
                        destinations.computeIfAbsent(from, f -> new TreeSet<>()).add(tile);
                    }
                }
            }
        }
        List<ChipImage.Route> routes = routes(chip, destinations);
        return new ChipImage(chip, inputs, layers.get(last).neurons(), levels, timesteps, tiles, routes, maps, answers,
                entries, tiles.stream().map(ChipImage.TileProgram::tile).toList(), biases);
    }

    private static double distanceFromMiddle(ChipShape chip, int tile) {
        double dx = tile % chip.meshWidth() - (chip.meshWidth() - 1) / 2.0;
        double dy = tile / chip.meshWidth() - (chip.meshHeight() - 1) / 2.0;
        return Math.abs(dx) + Math.abs(dy);
    }

    /**
     * Cell levels of a tile. Bypass cells: a neuron's weight +w puts its positive column's bit 0 cell at level
     * w, −w its negative's. XNOR cells: +1 is level 1 and −1 level 0 in the neuron's column; every row of the
     * tile is programmed, the rows past the layer's alternately +1 and −1, so that their silence (−1 each)
     * cancels in pairs.
     */
    private static ChipImage.TileProgram program(ChipShape chip, int tile, int threshold, int rows, int neurons,
                                                 int columnsPerNeuron, Layer.Weights w) {
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
                    cells[at + (weight > 0 ? 0 : chip.weightBits())] = (byte) Math.abs(weight);
                }
            }
        }
        return new ChipImage.TileProgram(tile, threshold, programmed, columns, cells);
    }

    /**
     * Each source tile's multicast tree to the tiles it feeds: at every router on the way, one entry for the
     * source tile's key naming every port its copies leave by.
     */
    private static List<ChipImage.Route> routes(ChipShape chip, Map<Integer, Set<Integer>> destinations) {
        Map<Integer, List<ChipImage.Route>> byRouter = new TreeMap<>();
        for (Map.Entry<Integer, Set<Integer>> e : destinations.entrySet()) {
            int source = e.getKey();
            Map<Integer, Integer> ports = new TreeMap<>();
            for (int destination : e.getValue()) {
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
