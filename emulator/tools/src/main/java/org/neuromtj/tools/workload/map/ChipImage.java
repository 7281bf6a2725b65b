package org.neuromtj.tools.workload.map;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.zip.CRC32;
import org.neuromtj.foundation.files.AtomicFile;
import org.neuromtj.tools.workload.files.WorkloadFileException;

/**
 * What firmware programs into the chip to run a network: per tile its threshold and cell levels, the
 * routing tables, the input maps, which neurons answer which class, and where the input pixels enter.
 *
 * <p>On disk, little-endian 32-bit words, so that C firmware reads it in place: the magic
 * {@code "NMTJIMG\0"}, the version ({@value #VERSION}), the image's length in bytes, the CRC-32 of
 * everything after that word; the chip it was made for (mesh width and height, rows, columns, segment,
 * weight bits, synapses (0 unsigned, 1 signed on differential pairs, 2 XNOR cells), neurons per tile,
 * routing-table entries, input-map entries); the network's inputs, outputs, spikes of a white pixel and
 * timesteps per image; then a count of sections, each a type, a payload length in bytes (a multiple of
 * 4) and the payload: {@link #TILE} (tile, threshold, rows, columns, then rows × columns level bytes,
 * padded), {@link #ROUTE} (tile, index, key, mask, ports), {@link #MAP} (tile, index, key, mask, first
 * row, fanout), {@link #OUTPUT} (tile, neuron, class), {@link #INPUT} (tile, first row),
 * {@link #CALIBRATE} (tile: run its TDC calibration once its cells are programmed) and {@link #BIAS} (tile,
 * first row, count: rows the firmware drives every timestep, a layer's constant input; only an imported
 * network has them, and only a firmware that knows them, such as {@code nir-run}, runs it).
 *
 * @param chip      the chip it was made for
 * @param inputs    the network's inputs (pixels)
 * @param outputs   the network's outputs (classes)
 * @param levels    spikes of a white pixel
 * @param timesteps timesteps per image
 * @param tiles     the tiles it programs
 * @param routes    routing-table entries
 * @param maps      input-map entries
 * @param answers   the neurons that answer, with their classes
 * @param entries   where the pixels enter
 * @param calibrate the tiles whose TDCs are calibrated after programming
 * @param biases    rows driven every timestep
 */
public record ChipImage(ChipShape chip, int inputs, int outputs, int levels, int timesteps, List<TileProgram> tiles,
                        List<Route> routes, List<MapEntry> maps, List<Answer> answers, List<Entry> entries,
                        List<Integer> calibrate, List<Bias> biases) {
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;
    /** Section types. */
    public static final int TILE = 1;
    /** Section type of a routing-table entry. */
    public static final int ROUTE = 2;
    /** Section type of an input-map entry. */
    public static final int MAP = 3;
    /** Section type of an answering neuron. */
    public static final int OUTPUT = 4;
    /** Section type of a tile the pixels enter. */
    public static final int INPUT = 5;
    /** Section type of a tile whose TDCs are calibrated. */
    public static final int CALIBRATE = 6;
    /** Section type of rows driven every timestep. */
    public static final int BIAS = 7;
    private static final byte[] MAGIC = "NMTJIMG\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_WORDS = 2 + 3 + 10 + 4 + 1;

    /**
     * The same image with every tile's threshold replaced, as a mapping onto neurons other than those the
     * network was trained for sets each layer's own.
     *
     * @param next a tile's new threshold from its present one (a layer's tiles share theirs)
     * @return the new image
     */
    public ChipImage withThresholds(IntUnaryOperator next) {
        List<TileProgram> changed = tiles.stream().map(t -> new TileProgram(t.tile(), next.applyAsInt(t.threshold()),
                t.rows(), t.columns(), t.cells())).toList();
        return new ChipImage(chip, inputs, outputs, levels, timesteps, changed, routes, maps, answers, entries, calibrate,
                biases);
    }

    /**
     * A tile's program: its neurons' threshold and the levels of its first rows × columns cells.
     *
     * @param tile      the tile
     * @param threshold its LIF threshold
     * @param rows      rows programmed, from 0
     * @param columns   columns programmed, from 0
     * @param cells     their levels, row-major
     */
    public record TileProgram(int tile, int threshold, int rows, int columns, byte[] cells) {
        /** @return the level of cell (row, column) */
        public int level(int row, int column) {
            return cells[row * columns + column];
        }
    }

    /** A routing-table entry of router {@code tile}. */
    public record Route(int tile, int index, int key, int mask, int ports) {
    }

    /** An input-map entry of {@code tile}. */
    public record MapEntry(int tile, int index, int key, int mask, int firstRow, int fanout) {
    }

    /** Neuron {@code neuron} of {@code tile} answers class {@code label}. */
    public record Answer(int tile, int neuron, int label) {
    }

    /** Pixel i drives row {@code firstRow + i} of {@code tile}. */
    public record Entry(int tile, int firstRow) {
    }

    /** Rows {@code firstRow} to {@code firstRow + count − 1} of {@code tile} are driven every timestep. */
    public record Bias(int tile, int firstRow, int count) {
    }

    /**
     * Writes the image atomically (a new file, then renamed over the old).
     *
     * @param file where
     * @throws IOException if it cannot be written
     */
    public void write(Path file) throws IOException {
        AtomicFile.write(file, bytes());
    }

    /** @return the image as it lies on disk and in the firmware's RAM */
    public byte[] bytes() {
        List<int[]> sections = new ArrayList<>();
        List<byte[]> cellBytes = new ArrayList<>();
        for (TileProgram t : tiles) {
            sections.add(new int[] {TILE, t.tile(), t.threshold(), t.rows(), t.columns()});
            cellBytes.add(t.cells());
        }
        routes.forEach(r -> sections.add(new int[] {ROUTE, r.tile(), r.index(), r.key(), r.mask(), r.ports()}));
        maps.forEach(m -> sections.add(new int[] {MAP, m.tile(), m.index(), m.key(), m.mask(), m.firstRow(),
            m.fanout()}));
        answers.forEach(a -> sections.add(new int[] {OUTPUT, a.tile(), a.neuron(), a.label()}));
        entries.forEach(e -> sections.add(new int[] {INPUT, e.tile(), e.firstRow()}));
        calibrate.forEach(t -> sections.add(new int[] {CALIBRATE, t}));
        biases.forEach(x -> sections.add(new int[] {BIAS, x.tile(), x.firstRow(), x.count()}));
        long size = 4L * HEADER_WORDS;
        int cellSection = 0;
        for (int[] s : sections) {
            size += 8 + 4L * (s.length - 1) + (s[0] == TILE ? padded(cellBytes.get(cellSection++).length) : 0);
        }
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt((int) size).putInt(0);
        b.putInt(chip.meshWidth()).putInt(chip.meshHeight()).putInt(chip.rows()).putInt(chip.columns())
                .putInt(chip.segment()).putInt(chip.weightBits()).putInt(chip.xnor() ? 2 : chip.signed() ? 1 : 0)
                .putInt(chip.neuronsPerTile()).putInt(chip.tableEntries()).putInt(chip.inputMapEntries());
        b.putInt(inputs).putInt(outputs).putInt(levels).putInt(timesteps).putInt(sections.size());
        cellSection = 0;
        for (int[] s : sections) {
            byte[] cells = s[0] == TILE ? cellBytes.get(cellSection++) : new byte[0];
            b.putInt(s[0]).putInt(4 * (s.length - 1) + padded(cells.length));
            for (int k = 1; k < s.length; k++) {
                b.putInt(s[k]);
            }
            b.put(cells).position(b.position() + padded(cells.length) - cells.length);
        }
        byte[] bytes = b.array();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(16, crc(bytes));
        return bytes;
    }

    private static int padded(int bytes) {
        return (bytes + 3) & ~3;
    }

    /** CRC-32 of everything after the CRC word. */
    private static int crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes, 20, bytes.length - 20);
        return (int) c.getValue();
    }

    /** @return whether these bytes start as a chip image does */
    public static boolean isChipImage(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC);
    }

    /**
     * @param file a chip image
     * @return what it holds
     * @throws WorkloadFileException naming the file, if it is missing, not a chip image, of another
     *                               version, truncated, or fails its CRC
     */
    public static ChipImage read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WorkloadFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new WorkloadFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(file, bytes);
    }

    /**
     * @param file  where the bytes came from, for the messages
     * @param bytes a chip image's bytes
     * @return what it holds
     * @throws WorkloadFileException naming the file, if the bytes are not a whole chip image of this version
     */
    public static ChipImage parse(Path file, byte[] bytes) {
        if (bytes.length < 4 * HEADER_WORDS || !isChipImage(bytes)) {
            throw new WorkloadFileException(file + ": not a chip image (no NMTJIMG header)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.position(MAGIC.length);
        int version = b.getInt();
        if (version != VERSION) {
            throw new WorkloadFileException(file + ": chip image version " + version + ", this NeuroMTJ reads version "
                    + VERSION);
        }
        int length = b.getInt();
        if (length != bytes.length) {
            throw new WorkloadFileException(file + ": truncated or padded: the header says " + length
                    + " bytes, the file holds " + bytes.length);
        }
        int stated = b.getInt();
        if (stated != crc(bytes)) {
            throw new WorkloadFileException(file + ": CRC-32 mismatch: the header states " + String.format("%08x", stated)
                    + ", the contents give " + String.format("%08x", crc(bytes)) + " (corrupt or edited)");
        }
        int[] c = new int[10];
        for (int k = 0; k < c.length; k++) {
            c[k] = b.getInt();
        }
        String[] names = {"mesh width", "mesh height", "rows", "columns", "segment", "weight bits"};
        for (int k = 0; k < names.length; k++) {
            if (c[k] < 1) {
                throw new WorkloadFileException(file + ": the chip it was made for has " + names[k] + " " + c[k]
                        + "; a chip has at least 1");
            }
        }
        if (c[8] < 0 || c[9] < 0) {
            throw new WorkloadFileException(file + ": the chip it was made for has " + c[8] + " routing-table and " + c[9]
                    + " input-map entries");
        }
        if (c[6] < 0 || c[6] > 2) {
            throw new WorkloadFileException(file + ": synapses " + c[6] + " is not 0 (unsigned), 1 (signed) or 2 (XNOR)");
        }
        ChipShape chip = new ChipShape(c[0], c[1], c[2], c[3], c[4], c[5], c[6] != 0, c[6] == 2, c[8], c[9]);
        int inputs = b.getInt();
        int outputs = b.getInt();
        int levels = b.getInt();
        int timesteps = b.getInt();
        int count = b.getInt();
        List<TileProgram> tiles = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        List<MapEntry> maps = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Integer> calibrate = new ArrayList<>();
        List<Bias> biases = new ArrayList<>();
        try {
            for (int s = 0; s < count; s++) {
                int type = b.getInt();
                int end = b.getInt() + b.position();
                switch (type) {
                    case TILE -> {
                        int tile = b.getInt();
                        int threshold = b.getInt();
                        int rows = b.getInt();
                        int columns = b.getInt();
                        if (rows < 0 || columns < 0 || (long) rows * columns > b.remaining()) {
                            throw new WorkloadFileException(file + ": section " + s + " programs " + rows + "×" + columns
                                    + " cells, more than the image holds");
                        }
                        byte[] cells = new byte[Math.multiplyExact(rows, columns)];
                        b.get(cells);
                        tiles.add(new TileProgram(tile, threshold, rows, columns, cells));
                    }
                    case ROUTE -> routes.add(new Route(b.getInt(), b.getInt(), b.getInt(), b.getInt(), b.getInt()));
                    case MAP -> maps.add(new MapEntry(b.getInt(), b.getInt(), b.getInt(), b.getInt(), b.getInt(),
                            b.getInt()));
                    case OUTPUT -> answers.add(new Answer(b.getInt(), b.getInt(), b.getInt()));
                    case INPUT -> entries.add(new Entry(b.getInt(), b.getInt()));
                    case CALIBRATE -> calibrate.add(b.getInt());
                    case BIAS -> biases.add(new Bias(b.getInt(), b.getInt(), b.getInt()));
                    default -> throw new WorkloadFileException(file + ": section " + s + " has unknown type " + type);
                }
                if (b.position() > end) {
                    throw new WorkloadFileException(file + ": section " + s + " overruns its length");
                }
                b.position(end);
            }
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | ArithmeticException e) {
            throw new WorkloadFileException(file + ": a section runs past the end of the image", e);
        }
        if (b.hasRemaining()) {
            throw new WorkloadFileException(file + ": " + b.remaining() + " bytes after the last section");
        }
        return new ChipImage(chip, inputs, outputs, levels, timesteps, tiles, routes, maps, answers, entries,
                calibrate, biases);
    }

    /**
     * @param file  this image's file, for the message
     * @param chip  the chip it is about to run on
     * @throws WorkloadFileException naming the file and both chips, if it was made for another
     */
    public void checkFits(Path file, ChipShape chip) {
        if (!this.chip.equals(chip)) {
            throw new WorkloadFileException(file + ": a chip image for a " + this.chip.describe() + ", but this chip is a "
                    + chip.describe());
        }
    }
}
