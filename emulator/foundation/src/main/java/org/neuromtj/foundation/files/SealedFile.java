package org.neuromtj.foundation.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A binary file that says what it is and proves it is whole: an 8-byte magic, a 32-bit version, the
 * payload, and the SHA-256 of everything before it. Written atomically ({@link AtomicFile}); read back
 * only when the magic, the hash and the version all hold.
 */
public final class SealedFile {
    private static final int HASH = 32;

    private SealedFile() {
    }

    /**
     * @param file    where
     * @param magic   what the file is, 8 bytes
     * @param version its format version
     * @param payload the contents
     * @throws IOException if it cannot be written; an old file is then untouched
     */
    public static void write(Path file, byte[] magic, int version, byte[] payload) throws IOException {
        ByteBuffer body = ByteBuffer.allocate(magic.length + 4 + payload.length).put(magic).putInt(version).put(payload);
        byte[] b = body.array();
        AtomicFile.write(file, ByteBuffer.allocate(b.length + HASH).put(b).put(sha256(b)).array());
    }

    /**
     * @param file    a sealed file
     * @param magic   what it must be, 8 bytes
     * @param version the version this code reads
     * @param what    what it is called in messages, such as {@code a snapshot}
     * @param format  its format's name before "version", such as {@code snapshot}
     * @param error   makes the exception for a message, which starts with the file's name
     * @return its payload
     * @throws RuntimeException from {@code error}, if the file is missing, unreadable, not of this kind,
     *                          truncated or corrupt, or of another version
     */
    public static byte[] read(Path file, byte[] magic, int version, String what, String format,
                              Function<String, RuntimeException> error) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw error.apply(file + ": no such file");
        } catch (IOException e) {
            throw error.apply(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (all.length < magic.length + 4 + HASH || !Arrays.equals(Arrays.copyOf(all, magic.length), magic)) {
            String header = new String(magic, StandardCharsets.US_ASCII).replace("\0", "");
            throw error.apply(file + ": not " + what + " (no " + header + " header)");
        }
        byte[] body = Arrays.copyOf(all, all.length - HASH);
        if (!Arrays.equals(sha256(body), Arrays.copyOfRange(all, body.length, all.length))) {
            throw error.apply(file + ": checksum mismatch: the file is truncated or corrupt");
        }
        int found = ByteBuffer.wrap(body, magic.length, 4).getInt();
        if (found != version) {
            throw error.apply(file + ": " + format + " version " + found + ", this NeuroMTJ reads version " + version);
        }
        return Arrays.copyOfRange(body, magic.length + 4, body.length);
    }

    /** @return a fresh SHA-256 digest */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** @return the SHA-256 of {@code bytes} */
    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }
}
