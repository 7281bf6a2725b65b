package org.neuromtj.tools.workload.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.neuromtj.tools.workload.files.WorkloadFileException;

/**
 * An IDX file of unsigned bytes (the format of the MNIST family): a magic number {@code 0x0000_08NN}
 * where NN is the number of dimensions, the dimensions as big-endian 32-bit counts, then the bytes. Read
 * whole, gzip-compressed or not; anything else is refused with the file and what was wrong.
 *
 * @param file       where it was read from
 * @param dimensions the sizes of its dimensions, outermost first
 * @param data       its bytes, row-major
 */
public record Idx(Path file, int[] dimensions, byte[] data) {
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int MAX_DIMENSIONS = 4;

    /**
     * @param file          an IDX file, optionally ending in {@code .gz}
     * @param dimensions    how many dimensions it must have
     * @return its contents
     * @throws WorkloadFileException if it is missing, unreadable, not IDX, of other shape, or shorter or longer
     *                          than its header says
     */
    public static Idx read(Path file, int dimensions) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16))) {
            int magic = in.readInt();
            int type = magic >>> 8;
            int dims = magic & 0xFF;
            if (type != UNSIGNED_BYTE || dims < 1 || dims > MAX_DIMENSIONS) {
                throw new WorkloadFileException(file + ": not an IDX file of unsigned bytes (magic number 0x"
                        + String.format("%08x", magic) + ")");
            }
            if (dims != dimensions) {
                throw new WorkloadFileException(file + ": has " + dims + " dimensions, expected " + dimensions);
            }
            int[] sizes = new int[dims];
            long total = 1;
            for (int d = 0; d < dims; d++) {
                sizes[d] = in.readInt();
                total *= sizes[d];
                if (sizes[d] < 0 || total > Integer.MAX_VALUE - 8) {
                    throw new WorkloadFileException(file + ": dimension " + d + " of " + Integer.toUnsignedString(sizes[d])
                            + " makes the file too large");
                }
            }
            // Read as the bytes arrive, not allocated whole from the header: a header may promise gigabytes.
            byte[] data = in.readNBytes((int) total);
            int got = data.length;
            if (got < total) {
                throw new WorkloadFileException(file + ": truncated: the header promises " + total + " bytes of "
                        + Arrays.toString(sizes) + ", the file holds " + got);
            }
            if (in.read() >= 0) {
                throw new WorkloadFileException(file + ": " + "more bytes than the header's " + Arrays.toString(sizes)
                        + " promises");
            }
            return new Idx(file, sizes, data);
        } catch (NoSuchFileException e) {
            throw new WorkloadFileException(file + ": no such file (./neuromtj setup installs the Debian package"
                    + " dataset-fashion-mnist)", e);
        } catch (EOFException e) {
            throw new WorkloadFileException(file + ": truncated inside its header", e);
        } catch (ZipException e) {
            throw new WorkloadFileException(file + ": corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new WorkloadFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
