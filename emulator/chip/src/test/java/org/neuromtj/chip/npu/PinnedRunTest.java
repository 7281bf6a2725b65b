package org.neuromtj.chip.npu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run of the NPU with default devices (spread, read noise, read disturb) and learning, pinned by the
 * digest of everything it produced: its output spikes, timesteps, every tile's ledger and cells and the
 * pulses heard. The digest in {@code pinned-run.sha256} was taken from the model before the read path
 * was made faster, and taken again when the junctions' TMR came to depend on their bias (TMR(V)) and
 * junctions came to differ in Δ, I_c0 and τ0: without those two the run still gives the first digest. It
 * was taken again when the ledger gained junction_heat, and again for line_charge, each a line of 0 per tile
 * here (learning by SOT): without those lines the run gave the digest before. A
 * change that moves any figure by one bit fails here, naming nothing but the run.
 * Regenerate it only for a change that is meant to change the model's figures, and say so.
 */
class PinnedRunTest {

    @Test
    void theReadPathsFiguresAreBitForBitThoseItGaveBeforeItWasMadeFaster() throws Exception {
        List<String> run = ParallelTilesTest.run(2);
        assertEquals(pinned(), digest(run), "the run's digest; its first lines: " + run.subList(0, 5));
    }

    static String digest(List<String> lines) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String pinned() throws IOException {
        try (InputStream in = PinnedRunTest.class.getResourceAsStream("pinned-run.sha256")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
