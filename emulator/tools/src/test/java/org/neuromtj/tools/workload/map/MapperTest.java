package org.neuromtj.tools.workload.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;

/**
 * The shipped model placed on the Fashion-MNIST chip: reading the weights back out of the image's cells,
 * input maps and answers gives the network again, every hidden tile's spikes reach the output tile, and
 * a network that does not fit is refused saying what does not fit.
 */
class MapperTest {
    static final Path FMNIST = Path.of(System.getProperty("neuromtj.home", "../..")).resolve("firmware-samples/fmnist");
    private static Network net;
    private static ChipShape chip;

    @BeforeAll
    static void load() {
        net = ModelFile.read(FMNIST.resolve("fmnist-model.json")).network();
        chip = ChipShape.of(NpuConfig.read(FMNIST.resolve("fmnist-npu.yaml")),
                TileConfig.read(FMNIST.resolve("fmnist-tile.yaml")));
    }

    private static ChipImage.TileProgram tile(ChipImage image, int tile) {
        return image.tiles().stream().filter(t -> t.tile() == tile).findFirst().orElseThrow();
    }

    /** The weight a tile's neuron n has from row r, read from its differential pair. */
    private static int weight(ChipImage.TileProgram t, int r, int n) {
        return t.level(r, 2 * n) - t.level(r, 2 * n + 1);
    }

    @Test
    void theImageHoldsTheNetworkWeightForWeight() {
        ChipImage image = Mapper.map(net, chip);
        assertEquals(9, image.tiles().size());
        assertEquals(8, image.entries().size(), "the pixels enter every hidden tile");
        // Hidden neuron j: the tile that receives pixels and whose map entry on the output tile covers j.
        byte[] w1 = new byte[net.w1().length];
        byte[] w2 = new byte[net.w2().length];
        ChipImage.TileProgram out = tile(image, image.answers().get(0).tile());
        for (ChipImage.MapEntry m : image.maps()) {
            ChipImage.TileProgram h = tile(image, m.key() >>> 16);
            assertEquals(net.hiddenThreshold(), h.threshold());
            for (int n = 0; n < h.columns() / 2; n++) {
                int j = m.firstRow() + n;
                for (int i = 0; i < net.inputs(); i++) {
                    w1[j * net.inputs() + i] = (byte) weight(h, i, n);
                }
            }
        }
        for (ChipImage.Answer a : image.answers()) {
            for (int j = 0; j < net.hidden(); j++) {
                w2[a.label() * net.hidden() + j] = (byte) weight(out, j, a.neuron());
            }
        }
        assertArrayEquals(net.w1(), w1);
        assertArrayEquals(net.w2(), w2);
        assertEquals(net.outputThreshold(), out.threshold());
        assertEquals(4, out.tile(), "the output tile sits in the middle of the 3×3 mesh");
    }

    @Test
    void everyHiddenTilesSpikesReachTheOutputTileAndNowhereElse() {
        ChipImage image = Mapper.map(net, chip);
        int output = image.answers().get(0).tile();
        for (ChipImage.Entry e : image.entries()) {
            int key = e.tile() << 16 | 5;
            Set<Integer> reached = new HashSet<>();
            follow(image.routes(), key, e.tile(), reached, 0);
            assertEquals(Set.of(output), reached, "tile " + e.tile());
        }
    }

    /** Follows a packet through the routers' first matching entries, collecting the tiles it is delivered to. */
    private static void follow(List<ChipImage.Route> routes, int key, int at, Set<Integer> reached, int hops) {
        assertTrue(hops <= chip.meshWidth() + chip.meshHeight(), "no loops");
        ChipImage.Route r = routes.stream().filter(e -> e.tile() == at && (key & e.mask()) == e.key()).findFirst()
                .orElseThrow(() -> new AssertionError("router " + at + " has no entry for " + key));
        int x = at % chip.meshWidth();
        int y = at / chip.meshWidth();
        if ((r.ports() & Port.LOCAL.bit()) != 0) {
            reached.add(at);
        }
        if ((r.ports() & Port.EAST.bit()) != 0) {
            follow(routes, key, y * chip.meshWidth() + x + 1, reached, hops + 1);
        }
        if ((r.ports() & Port.WEST.bit()) != 0) {
            follow(routes, key, y * chip.meshWidth() + x - 1, reached, hops + 1);
        }
        if ((r.ports() & Port.SOUTH.bit()) != 0) {
            follow(routes, key, (y + 1) * chip.meshWidth() + x, reached, hops + 1);
        }
        if ((r.ports() & Port.NORTH.bit()) != 0) {
            follow(routes, key, (y - 1) * chip.meshWidth() + x, reached, hops + 1);
        }
    }

    @Test
    void whatDoesNotFitIsSaid() {
        ChipShape small = new ChipShape(2, 2, 832, 64, 64, 1, true, false, 64, 16);
        MappingException e = assertThrows(MappingException.class, () -> Mapper.map(net, small));
        assertEquals("the network needs 8 tiles for 256 hidden neurons and 1 for 10 outputs (32 neurons a tile), the"
                + " chip has 4", e.getMessage());
        ChipShape shallow = new ChipShape(3, 3, 64, 64, 64, 1, true, false, 64, 16);
        e = assertThrows(MappingException.class, () -> Mapper.map(net, shallow));
        assertTrue(e.getMessage().startsWith("a layer of 784 inputs does not fit a tile of 64 rows"), e.getMessage());
        ChipShape unsigned = new ChipShape(3, 3, 832, 64, 64, 1, false, false, 64, 16);
        e = assertThrows(MappingException.class, () -> Mapper.map(net, unsigned));
        assertTrue(e.getMessage().contains("signed synapses"), e.getMessage());
        ChipShape fewMaps = new ChipShape(3, 3, 832, 64, 64, 1, true, false, 64, 4);
        e = assertThrows(MappingException.class, () -> Mapper.map(net, fewMaps));
        assertTrue(e.getMessage().contains("each of the 8 tiles that feed it, a tile has 4"), e.getMessage());
    }

    @Test
    void leakyNeuronsAreNamedAsTheMismatch() {
        String why = ChipShape.neuronMismatch(TileConfig.defaults(), Network.MEMBRANE_BITS);
        assertTrue(why.startsWith("the network needs LIF neurons without leak") && why.contains("leak shift 4"), why);
        assertEquals(null, ChipShape.neuronMismatch(TileConfig.read(FMNIST.resolve("fmnist-tile.yaml")),
                Network.MEMBRANE_BITS));
    }

    @Test
    void aBipolarNetworkTakesXnorCellsOneColumnANeuronEveryRowProgrammed() {
        // 62 inputs on 64-row XNOR tiles: the two rows left over hold +1 and -1, whose silence cancels.
        ChipShape xnor = new ChipShape(2, 1, 64, 64, 64, 1, true, true, 64, 16);
        byte[] w1 = new byte[62 * 6];
        byte[] w2 = new byte[6 * 3];
        for (int k = 0; k < w1.length; k++) {
            w1[k] = (byte) (k % 3 == 0 ? 1 : -1);
        }
        java.util.Arrays.fill(w2, (byte) -1);
        Network bipolar = new Network(62, 6, 3, 16, 18, 16, 4, w1, w2, Network.Coding.BIPOLAR);
        ChipImage image = Mapper.map(bipolar, xnor);
        ChipImage.TileProgram hidden = tile(image, image.entries().get(0).tile());
        assertEquals(64, hidden.rows(), "every row of an XNOR tile is programmed");
        assertEquals(6, hidden.columns(), "one column a neuron");
        for (int i = 0; i < 62; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(w1[j * 62 + i] > 0 ? 1 : 0, hidden.level(i, j));
            }
        }
        for (int j = 0; j < 6; j++) {
            assertEquals(1, hidden.level(62, j) + hidden.level(63, j), "the spare rows hold +1 and -1");
        }
        ChipImage back = ChipImage.parse(Path.of("x"), image.bytes());
        assertEquals(xnor, back.chip(), "the XNOR shape survives the file");
        assertArrayEquals(image.bytes(), back.bytes());

        MappingException odd = assertThrows(MappingException.class, () -> Mapper.map(new Network(63, 6, 3, 16, 18, 16,
                4, new byte[63 * 6], w2, Network.Coding.UNIPOLAR), xnor));
        assertTrue(odd.getMessage().contains("needs cells with bypass transistors"), odd.getMessage());
        byte[] ones = new byte[63 * 6];
        java.util.Arrays.fill(ones, (byte) 1);
        odd = assertThrows(MappingException.class, () -> Mapper.map(new Network(63, 6, 3, 16, 18, 16, 4, ones, w2,
                Network.Coding.BIPOLAR), xnor));
        assertTrue(odd.getMessage().contains("leaves 1 rows of a 64-row XNOR tile unused"), odd.getMessage());
        MappingException bypass = assertThrows(MappingException.class, () -> Mapper.map(bipolar, chip));
        assertTrue(bypass.getMessage().startsWith("a bipolar network (silence counts -1) needs XNOR cells"),
                bypass.getMessage());
    }
}
