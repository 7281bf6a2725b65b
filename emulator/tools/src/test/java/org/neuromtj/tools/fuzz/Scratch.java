package org.neuromtj.tools.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary files that fuzz targets hand to readers, which take files by path. */
final class Scratch {
    private Scratch() {
    }

    /**
     * @param suffix the file name's ending, such as {@code .idx}
     * @param data   what the file holds
     * @return a new file, deleted on exit if not before
     */
    static Path file(String suffix, byte[] data) {
        try {
            Path f = Files.createTempFile("fuzz", suffix);
            Files.write(f, data);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param f a file {@link #file} made, or nothing if already gone */
    static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
