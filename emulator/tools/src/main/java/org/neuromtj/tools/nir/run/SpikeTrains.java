package org.neuromtj.tools.nir.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.net.Network;

/**
 * Samples of input spikes: for each sample, timestep and input, whether the input spikes. They come from a
 * NumPy {@code .npy} array, as the SNN frameworks write them ({@code (timesteps, inputs)} for one sample,
 * {@code (samples, timesteps, inputs...)} for several, the trailing dimensions flattened; any integer, float or
 * bool type; every value 0 or 1), or from images through the thermometer coder the shipped network uses. They
 * go to the {@code nir-run} firmware as its spike-train file.
 *
 * @param spikes {@code spikes[sample][timestep][input]}, 0 or 1
 */
public record SpikeTrains(byte[][][] spikes) {
    private static final byte[] NPY = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final byte[] MAGIC = "NMTJSPK\0".getBytes(StandardCharsets.US_ASCII);

    /** @return samples */
    public int samples() {
        return spikes.length;
    }

    /** @return timesteps a sample */
    public int timesteps() {
        return spikes[0].length;
    }

    /** @return inputs */
    public int inputs() {
        return spikes[0][0].length;
    }

    /**
     * @param sample a sample
     * @return its inputs, a row a timestep, as the reference run takes them
     */
    public double[][] sample(int sample) {
        double[][] x = new double[timesteps()][inputs()];
        for (int t = 0; t < x.length; t++) {
            for (int i = 0; i < x[t].length; i++) {
                x[t][i] = spikes[sample][t][i];
            }
        }
        return x;
    }

    /**
     * @param count samples to keep, from the first
     * @return the first samples
     */
    public SpikeTrains first(int count) {
        return new SpikeTrains(java.util.Arrays.copyOf(spikes, Math.min(count, spikes.length)));
    }

    /**
     * @param images    images
     * @param count     how many, from the first
     * @param levels    spikes a white pixel makes
     * @param timesteps timesteps a sample
     * @return each pixel as a thermometer code: {@code Network.spikes(p, levels)} spikes, from timestep 0
     */
    public static SpikeTrains ofImages(ImageSet images, int count, int levels, int timesteps) {
        if (levels > timesteps) {
            throw new NirException("a pixel's " + levels + " spikes do not fit " + timesteps + " timesteps");
        }
        byte[][][] s = new byte[count][timesteps][images.pixels()];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < images.pixels(); i++) {
                int q = Network.spikes(images.pixel(n, i), levels);
                for (int t = 0; t < q; t++) {
                    s[n][t][i] = 1;
                }
            }
        }
        return new SpikeTrains(s);
    }

    /**
     * @param file a NumPy .npy file
     * @return its spike trains
     * @throws NirException naming the file and what is wrong
     */
    public static SpikeTrains readNpy(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NirException(file + ": no such file");
        } catch (IOException e) {
            throw new NirException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length < 10 || !java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, 6), NPY)) {
            throw new NirException(file + ": not a NumPy .npy file");
        }
        int major = bytes[6];
        int start = major == 1 ? 10 : 12;
        if (major < 1 || major > 3 || bytes.length < start) {
            throw new NirException(file + ": NumPy format version " + major + " is not read (1 to 3 are)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? b.getShort(8) & 0xFFFF : b.getInt(8) & 0xFFFFFFFFL;
        if (start + headerLength > bytes.length) {
            throw new NirException(file + ": its header runs past its end");
        }
        String header = new String(bytes, start, (int) headerLength, StandardCharsets.ISO_8859_1);
        String descr = field(file, header, "descr", "'([<>|=]?)([a-z])(\\d{1,2})'");
        if (field(file, header, "fortran_order", "(True|False)").equals("True")) {
            throw new NirException(file + ": a Fortran-ordered array; save it with numpy.ascontiguousarray first");
        }
        String shapeText = field(file, header, "shape", "\\(([^)]*)\\)");
        List<Integer> shape = new ArrayList<>();
        for (String d : shapeText.split(",")) {
            if (!d.isBlank()) {
                if (!d.strip().matches("\\d{1,9}")) {
                    throw new NirException(file + ": the .npy header's shape (" + shapeText + ") is not whole numbers");
                }
                shape.add(Integer.parseInt(d.strip()));
            }
        }
        if (shape.size() < 2) {
            throw new NirException(file + ": shape " + shape + ": spike trains are (timesteps, inputs) or (samples,"
                    + " timesteps, inputs...)");
        }
        int samples = shape.size() == 2 ? 1 : shape.get(0);
        int timesteps = shape.get(shape.size() == 2 ? 0 : 1);
        long inputsLong = 1;
        for (int k = shape.size() == 2 ? 1 : 2; k < shape.size(); k++) {
            inputsLong = Math.min(inputsLong * shape.get(k), Integer.MAX_VALUE + 1L);
        }
        if (inputsLong > Integer.MAX_VALUE) {
            throw new NirException(file + ": shape " + shape + " holds more values than a file can");
        }
        int inputs = (int) inputsLong;
        if (samples < 1 || timesteps < 1 || inputs < 1) {
            throw new NirException(file + ": shape " + shape + " holds no spikes");
        }
        Matcher m = Pattern.compile("'([<>|=]?)([a-z])(\\d{1,2})'").matcher(descr);
        m.matches();
        ByteOrder order = m.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        char kind = m.group(2).charAt(0);
        int width = Integer.parseInt(m.group(3));
        long count = (long) samples * timesteps * inputs;
        if (count > bytes.length || start + headerLength + count * width != bytes.length) {
            throw new NirException(file + ": " + (bytes.length - start - headerLength) + " bytes of data for shape "
                    + shape + " of " + width + "-byte values");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, (int) (start + headerLength), (int) (count * width)).slice().order(order);
        byte[][][] s = new byte[samples][timesteps][inputs];
        for (int n = 0; n < samples; n++) {
            for (int t = 0; t < timesteps; t++) {
                for (int i = 0; i < inputs; i++) {
                    double v = value(file, data, kind, width);
                    if (v != 0 && v != 1) {
                        throw new NirException(String.format(Locale.ROOT, "%s: value %s at sample %d, timestep %d, input"
                                + " %d: the chip's inputs are spikes, 0 or 1", file, v, n, t, i));
                    }
                    s[n][t][i] = (byte) v;
                }
            }
        }
        return new SpikeTrains(s);
    }

    private static String field(Path file, String header, String key, String value) {
        Matcher m = Pattern.compile("'" + key + "'\\s*:\\s*" + value).matcher(header);
        if (!m.find()) {
            throw new NirException(file + ": the .npy header has no readable '" + key + "'");
        }
        return key.equals("descr") ? m.group(0).substring(m.group(0).indexOf('\'', key.length() + 2)) : m.group(1);
    }

    private static double value(Path file, ByteBuffer data, char kind, int width) {
        return switch (kind + "" + width) {
            case "b1", "u1" -> data.get() & 0xFF;
            case "i1" -> data.get();
            case "i2" -> data.getShort();
            case "u2" -> data.getShort() & 0xFFFF;
            case "i4" -> data.getInt();
            case "u4" -> data.getInt() & 0xFFFFFFFFL;
            case "i8", "u8" -> data.getLong();
            case "f4" -> data.getFloat();
            case "f8" -> data.getDouble();
            default -> throw new NirException(file + ": values of type " + kind + width + " are not read; use bool,"
                    + " integers or floats");
        };
    }

    /**
     * Writes the trains as a NumPy array of bytes, shape (samples, timesteps, inputs).
     *
     * @param file where
     * @throws IOException if it cannot be written
     */
    public void writeNpy(Path file) throws IOException {
        String dict = "{'descr': '|u1', 'fortran_order': False, 'shape': (" + samples() + ", " + timesteps() + ", "
                + inputs() + "), }";
        int pad = 64 - (10 + dict.length() + 1) % 64;
        String header = dict + " ".repeat(pad % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + samples() * timesteps() * inputs())
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(NPY).put((byte) 1).put((byte) 0).putShort((short) header.length())
                .put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (byte[][] sample : spikes) {
            for (byte[] step : sample) {
                b.put(step);
            }
        }
        Files.write(file, b.array());
    }

    /**
     * @param run timesteps the firmware runs a sample (its input's and the network's latency)
     * @return the trains as the nir-run firmware's spike-train file
     */
    public byte[] firmwareFile(int run) {
        int words = (inputs() + 31) / 32;
        ByteBuffer b = ByteBuffer.allocate(4 * (7 + samples() * timesteps() * words)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(1).putInt(samples()).putInt(timesteps()).putInt(inputs()).putInt(run);
        for (byte[][] sample : spikes) {
            for (byte[] step : sample) {
                int[] w = new int[words];
                for (int i = 0; i < step.length; i++) {
                    w[i / 32] |= step[i] << (i % 32);
                }
                for (int x : w) {
                    b.putInt(x);
                }
            }
        }
        return b.array();
    }
}
