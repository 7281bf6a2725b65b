package org.neuromtj.tools.workload.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import org.neuromtj.foundation.files.AtomicFile;
import org.neuromtj.foundation.files.SealedFile;

/**
 * A versioned JSON document sealed with the SHA-256 of its contents: {@code format} and
 * {@code version} say what it is, {@code sha256} is the hash of the document's compact form without
 * that field. Written to a temporary file and renamed, so a reader never sees half a file.
 */
public final class SealedJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final String HASH = "sha256";

    private SealedJson() {
    }

    /** @return an empty document of this format and version */
    public static ObjectNode create(String format, int version) {
        ObjectNode doc = COMPACT.createObjectNode();
        doc.put("format", format);
        doc.put("version", version);
        return doc;
    }

    /**
     * Seals and writes a document atomically.
     *
     * @param doc  the document, without a hash
     * @param file where it goes
     * @throws IOException if it cannot be written
     */
    public static void write(ObjectNode doc, Path file) throws IOException {
        ObjectNode sealed = doc.deepCopy();
        sealed.remove(HASH);
        sealed.put(HASH, hash(sealed));
        AtomicFile.write(file, (JSON.writeValueAsString(sealed) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document and checks what it is and that it is whole.
     *
     * @param file    the file
     * @param format  the format it must be
     * @param version the version this NeuroMTJ reads
     * @return the document, its hash removed
     * @throws WorkloadFileException naming the file, if it is missing, not JSON, of another format or
     *                               version, or its hash does not match its contents
     */
    public static ObjectNode read(Path file, String format, int version) {
        JsonNode root;
        try {
            root = COMPACT.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new WorkloadFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new WorkloadFileException(file + ": not a " + format + " file: not JSON (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")", e);
        }
        if (!(root instanceof ObjectNode doc) || !format.equals(doc.path("format").asText())) {
            throw new WorkloadFileException(file + ": not a " + format + " file");
        }
        int found = doc.path("version").asInt(-1);
        if (found != version) {
            throw new WorkloadFileException(file + ": " + format + " version " + found + ", this NeuroMTJ reads version "
                    + version);
        }
        String stated = doc.path(HASH).asText("");
        doc.remove(HASH);
        String actual = hash(doc);
        if (!actual.equals(stated)) {
            throw new WorkloadFileException(file + ": checksum mismatch: the file states sha256 "
                    + (stated.isEmpty() ? "(none)" : stated) + ", its contents hash to " + actual
                    + " (corrupt or edited)");
        }
        return doc;
    }

    /**
     * @param file the document's file, for the message
     * @param doc  a document
     * @param path a dotted path to a field
     * @return the field
     * @throws WorkloadFileException if it is missing
     */
    public static JsonNode field(Path file, JsonNode doc, String path) {
        JsonNode n = doc;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        if (n.isMissingNode() || n.isNull()) {
            throw new WorkloadFileException(file + ": missing " + path);
        }
        return n;
    }

    private static String hash(ObjectNode doc) {
        try {
            byte[] bytes = COMPACT.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(SealedFile.sha256(bytes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
