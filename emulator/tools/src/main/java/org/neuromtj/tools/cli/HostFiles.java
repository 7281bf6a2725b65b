package org.neuromtj.tools.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Files the runner offers through the host link, as the firmware sees them: a {@code .gz} file unpacked. */
final class HostFiles {
    private HostFiles() {
    }

    /**
     * @param file a file named on the command line
     * @return its bytes, unpacked if it is gzip-compressed
     * @throws UsageFailure naming the file, if it is missing, unreadable, corrupt or over 2 GiB
     */
    static byte[] read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new UsageFailure("--host-file " + file + ": no such file", UsageFailure.BAD_INPUT);
        } catch (ZipException e) {
            throw new UsageFailure("--host-file " + file + ": corrupt gzip data (" + e.getMessage() + ")",
                    UsageFailure.BAD_INPUT);
        } catch (IOException | OutOfMemoryError e) {
            throw new UsageFailure("--host-file " + file + ": cannot be read (" + e.getMessage() + ")",
                    UsageFailure.BAD_INPUT);
        }
    }
}
