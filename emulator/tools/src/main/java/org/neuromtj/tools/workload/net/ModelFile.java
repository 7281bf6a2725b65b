package org.neuromtj.tools.workload.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import org.neuromtj.tools.workload.files.SealedJson;
import org.neuromtj.tools.workload.files.WorkloadFileException;

/**
 * A trained network on disk: a sealed JSON document (format {@value #FORMAT}, version {@value #VERSION})
 * with the network's shape and thresholds, its ternary weights packed four to a byte in Base64, the
 * settings that trained it and what it scored.
 */
public final class ModelFile {
    /** The format name. */
    public static final String FORMAT = "neuromtj-model";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private ModelFile() {
    }

    /**
     * What a model file holds.
     *
     * @param network  the network
     * @param settings how it was trained
     * @param accuracy its software accuracy on the test images
     * @param tested   how many test images that was measured on
     */
    public record Model(Network network, Trainer.Settings settings, double accuracy, int tested) {
    }

    /**
     * @param model what to write
     * @param file  where
     * @throws IOException if it cannot be written
     */
    public static void write(Model model, Path file) throws IOException {
        Network n = model.network();
        ObjectNode doc = SealedJson.create(FORMAT, VERSION);
        ObjectNode net = doc.putObject("network");
        net.put("inputs", n.inputs());
        net.put("hidden", n.hidden());
        net.put("outputs", n.outputs());
        net.put("levels", n.levels());
        net.put("timesteps", n.timesteps());
        net.put("hidden_threshold", n.hiddenThreshold());
        net.put("output_threshold", n.outputThreshold());
        net.put("w1", pack(n.w1()));
        net.put("w2", pack(n.w2()));
        net.put("coding", n.coding().word());
        Trainer.Settings s = model.settings();
        ObjectNode t = doc.putObject("training");
        t.put("hidden", s.hidden());
        t.put("levels", s.levels());
        t.put("timesteps", s.timesteps());
        t.put("hidden_threshold", s.hiddenThreshold());
        t.put("epochs", s.epochs());
        t.put("batch", s.batch());
        t.put("learning_rate", s.learningRate());
        t.put("seed", s.seed());
        t.put("images", s.images());
        ObjectNode r = doc.putObject("result");
        r.put("software_accuracy", model.accuracy());
        r.put("test_images", model.tested());
        SealedJson.write(doc, file);
    }

    /**
     * @param file a model file
     * @return what it holds
     * @throws WorkloadFileException naming the file and the mismatch, if it is missing, of another
     *                               format or version, fails its checksum, or holds an impossible network
     */
    public static Model read(Path file) {
        ObjectNode doc = SealedJson.read(file, FORMAT, VERSION);
        try {
            int inputs = integer(file, doc, "network.inputs");
            int hidden = integer(file, doc, "network.hidden");
            int outputs = integer(file, doc, "network.outputs");
            Network.Coding coding = coding(file, doc);
            Network n = new Network(inputs, hidden, outputs, integer(file, doc, "network.levels"),
                    integer(file, doc, "network.timesteps"), integer(file, doc, "network.hidden_threshold"),
                    integer(file, doc, "network.output_threshold"),
                    unpack(file, "network.w1", SealedJson.field(file, doc, "network.w1").asText(), inputs * hidden),
                    unpack(file, "network.w2", SealedJson.field(file, doc, "network.w2").asText(), hidden * outputs),
                    coding);
            Trainer.Settings s = new Trainer.Settings(integer(file, doc, "training.hidden"),
                    integer(file, doc, "training.levels"), integer(file, doc, "training.timesteps"),
                    integer(file, doc, "training.hidden_threshold"), integer(file, doc, "training.epochs"),
                    integer(file, doc, "training.batch"), SealedJson.field(file, doc, "training.learning_rate")
                    .asDouble(), SealedJson.field(file, doc, "training.seed").asLong(),
                    integer(file, doc, "training.images"), coding);
            return new Model(n, s, SealedJson.field(file, doc, "result.software_accuracy").asDouble(),
                    integer(file, doc, "result.test_images"));
        } catch (IllegalArgumentException e) {
            throw new WorkloadFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** The network's coding; files written before bipolar networks existed have none and are unipolar. */
    private static Network.Coding coding(Path file, JsonNode doc) {
        JsonNode c = doc.path("network").path("coding");
        if (c.isMissingNode()) {
            return Network.Coding.UNIPOLAR;
        }
        for (Network.Coding known : Network.Coding.values()) {
            if (known.word().equals(c.asText())) {
                return known;
            }
        }
        throw new WorkloadFileException(file + ": network.coding must be unipolar or bipolar, not " + c);
    }

    private static int integer(Path file, JsonNode doc, String path) {
        JsonNode n = SealedJson.field(file, doc, path);
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw new WorkloadFileException(file + ": " + path + " must be an integer, not " + n);
        }
        return n.asInt();
    }

    /** Four weights a byte, two bits each: 0 for 0, 1 for +1, 2 for −1. */
    private static String pack(byte[] w) {
        byte[] packed = new byte[(w.length + 3) / 4];
        for (int k = 0; k < w.length; k++) {
            int code = w[k] == 0 ? 0 : w[k] > 0 ? 1 : 2;
            packed[k / 4] |= (byte) (code << 2 * (k % 4));
        }
        return Base64.getEncoder().encodeToString(packed);
    }

    private static byte[] unpack(Path file, String path, String text, int count) {
        byte[] packed;
        try {
            packed = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new WorkloadFileException(file + ": " + path + " is not Base64", e);
        }
        if (packed.length != (count + 3) / 4) {
            throw new WorkloadFileException(file + ": " + path + " holds " + packed.length * 4L
                    + " weights' bytes, the network needs " + count);
        }
        byte[] w = new byte[count];
        for (int k = 0; k < count; k++) {
            int code = packed[k / 4] >> 2 * (k % 4) & 3;
            if (code == 3) {
                throw new WorkloadFileException(file + ": " + path + " weight " + k + " has no meaning (code 3)");
            }
            w[k] = (byte) (code == 2 ? -1 : code);
        }
        return w;
    }
}
