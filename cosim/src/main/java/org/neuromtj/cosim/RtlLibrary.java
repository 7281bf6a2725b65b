package org.neuromtj.cosim;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.neuromtj.foundation.files.SealedFile;

/**
 * The shared library the build makes from {@code rtl/} (every block in one), bound by JNA direct
 * mapping: each call is a plain native call, about 100 ns, so callers move many cycles per call.
 *
 * <p>Where it is: the system property {@code neuromtj.rtl.library}. Before binding, the library must
 * exist and, when the RTL sources are at hand ({@code neuromtj.rtl.sources}), must have been built from
 * them: the library carries a digest of the sources it was built from and the same digest is taken of
 * the sources now.
 */
final class RtlLibrary {
    /** What builds the library, for error messages. */
    static final String BUILD_COMMAND = "mvn -q -pl cosim -am generate-resources  (or: make -C rtl OUT=cosim/target/rtl)";

    /** The bound library, or null before the first bind. */
    private static Path path;
    /** The digest of the RTL sources at hand when the library was bound, or null if there were none. */
    private static String sourcesNow;

    private RtlLibrary() {
    }

    static native String nmtj_sources();

    static native String nmtj_last_error();

    static native String nmtj_blocks();

    static native Pointer nmtj_open(String name);

    static native void nmtj_close(Pointer handle);

    static native int nmtj_ports(Pointer handle, byte[] buffer, int length);

    static native int nmtj_run(Pointer handle, int cycles, Pointer stimulus, Pointer response);

    static native int nmtj_trace_open(Pointer handle, String path);

    static native void nmtj_trace_close(Pointer handle);

    /**
     * Binds the library named by the system properties, once, and checks it for every block that asks: a
     * stale library stays refused however often it is asked for.
     *
     * @param block the block that needs it, for messages
     * @throws RtlException if it is missing or stale
     */
    static synchronized void bind(String block) {
        if (path == null) {
            String library = System.getProperty("neuromtj.rtl.library");
            if (library == null) {
                throw new RtlException("block " + block + ": no RTL library given (system property "
                        + "neuromtj.rtl.library); build it with: " + BUILD_COMMAND);
            }
            Path candidate = Path.of(library);
            requireBuilt(block, candidate);
            Native.register(RtlLibrary.class, NativeLibrary.getInstance(candidate.toAbsolutePath().toString()));
            path = candidate;
            String sources = System.getProperty("neuromtj.rtl.sources");
            sourcesNow = sources != null && Files.isDirectory(Path.of(sources)) ? digest(Path.of(sources)) : null;
        }
        if (sourcesNow != null) {
            requireCurrent(block, path, nmtj_sources(), sourcesNow);
        }
    }

    /** @throws RtlException naming the block and the build command if {@code library} does not exist */
    static void requireBuilt(String block, Path library) {
        if (!Files.isRegularFile(library)) {
            throw new RtlException("block " + block + ": RTL library " + library + " is missing; build it with: "
                    + BUILD_COMMAND);
        }
    }

    /** @throws RtlException naming the block and the build command if the two digests differ */
    static void requireCurrent(String block, Path library, String built, String now) {
        if (!built.equals(now)) {
            throw new RtlException("block " + block + ": RTL library " + library + " is stale (built from sources "
                    + built + ", rtl/ is now " + now + "); rebuild it with: " + BUILD_COMMAND);
        }
    }

    /**
     * The digest the build takes of {@code rtl/}: SHA-256 of every file outside {@code target/},
     * concatenated in byte order of their paths (written {@code ./dir/file}), first 16 hex digits.
     */
    static String digest(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> sorted = files.filter(Files::isRegularFile)
                    .filter(p -> !sources.relativize(p).startsWith("target"))
                    .sorted((a, b) -> name(sources, a).compareTo(name(sources, b))).toList();
            MessageDigest sha = SealedFile.sha256();
            for (Path p : sorted) {
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path root, Path file) {
        return "./" + root.relativize(file).toString().replace('\\', '/');
    }
}
