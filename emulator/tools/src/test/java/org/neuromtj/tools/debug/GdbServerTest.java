package org.neuromtj.tools.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.TestElf;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.isa.core.Encoder;
import org.neuromtj.isa.core.Op;

/**
 * The stub over TCP: damaged, oversized and out-of-order packets get error replies, a second debugger
 * is turned away, Ctrl-C stops a run, and 10⁵ random and mutated packets neither crash nor hang it.
 */
class GdbServerTest {
    private GdbServer server;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private void serve(Machine machine, long maxCycles) throws Exception {
        server = new GdbServer(new Debugger(machine, maxCycles));
        int port = server.start(InetAddress.getLoopbackAddress(), 0);
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    @BeforeEach
    void start() throws Exception {
        serve(TestTarget.machine(), 1_000_000);
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        server.close();
    }

    private void send(String raw) throws IOException {
        out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void packet(String payload) throws IOException {
        out.write(RspFraming.frame(payload));
        out.flush();
    }

    /** The next packet's payload, skipping acknowledgements. */
    private String next() throws IOException {
        int c;
        while ((c = in.read()) != '$') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
        }
        StringBuilder s = new StringBuilder();
        while ((c = in.read()) != '#') {
            s.append((char) c);
        }
        in.read();
        in.read();
        return s.toString();
    }

    /** The next acknowledgement byte. */
    private int ack() throws IOException {
        return in.read();
    }

    @Test
    void damagedAndOversizedPacketsAreRefusedAndTheStubGoesOn() throws IOException {
        send("$g#00");
        assertEquals('-', ack(), "wrong checksum");
        send("$g#zz");
        assertEquals('-', ack(), "checksum not hex");
        out.write(RspFraming.frame("m" + "0".repeat(RspFraming.MAX_PAYLOAD + 10)));
        out.flush();
        assertEquals('-', ack(), "too long");
        packet("g");
        assertEquals('+', ack());
        assertEquals(33 * 8, next().length());
    }

    @Test
    void aSecondDebuggerIsTurnedAway() throws Exception {
        try (Socket second = new Socket(InetAddress.getLoopbackAddress(), socket.getPort())) {
            second.setSoTimeout(10_000);
            byte[] reply = second.getInputStream().readAllBytes();
            assertEquals(new String(RspFraming.frame("E03"), StandardCharsets.ISO_8859_1),
                    new String(reply, StandardCharsets.ISO_8859_1));
        }
        packet("qC");
        ack();
        assertEquals("QC1", next(), "the first debugger keeps its session");
    }

    @Test
    void ctrlCStopsARunAndAPacketWhileRunningIsAnError() throws Exception {
        socket.close();
        server.close();
        Machine spin = new Machine(new java.io.ByteArrayOutputStream(), 1);
        spin.load(ElfReader.forChip().read("spin.elf", TestElf.of(Encoder.encode(Op.JAL, 0, 0, 0, 0)).bytes()));
        serve(spin, Long.MAX_VALUE);
        packet("c");
        assertEquals('+', ack());
        Thread.sleep(200);
        packet("g");
        assertEquals('+', ack());
        assertEquals("E02", next(), "the target is running");
        send("\u0003");
        assertEquals("S02", next());
        packet("p20");
        ack();
        assertEquals("00000080", next(), "stopped in the loop at 0x80000000");
    }

    static final List<String> CORPUS = List.of("g", "p20", "p1", "p32d", "P1=01000000", "P20=00000080",
            "m80000000,10", "m80001000,4", "M80002000,2:abcd", "X80002000,2:ab", "Z0,80000014,4", "z0,80000014,4",
            "Z1,80000010,4", "Z2,80001000,4", "z2,80001000,4", "Z3,80001000,4", "Z4,80001000,4", "s", "c", "vCont;s:1",
            "vCont;c", "vCont?", "qSupported:swbreak+", "qXfer:features:read:target.xml:0,400", "?",
            "qRcmd,6379636c6573", "qRcmd,7265736574", "qRcmd,6c6564676572", "qRcmd,6e7075", "Hg0", "qAttached", "qC",
            "G" + "0".repeat(264), "QStartNoAckMode");

    /** A random frame: a mutated packet of the corpus, damaged or not, or bytes of noise. */
    static byte[] fuzzFrame(UniformRandomProvider r) {
        String p;
        do {
            p = mutate(r, CORPUS.get(r.nextInt(CORPUS.size())));
            // Kill and detach end a session by design; everything else must leave it standing.
        } while (p.startsWith("k") || p.startsWith("D") || p.startsWith("vKill"));
        byte[] frame = RspFraming.frame(p);
        switch (r.nextInt(20)) {
            case 0 -> frame[frame.length - 1] ^= 1;
            case 1 -> frame = randomBytes(r);
            case 2 -> frame = java.util.Arrays.copyOf(frame, r.nextInt(frame.length + 1));
            case 3 -> frame = RspFraming.frame(p.repeat(1 + RspFraming.MAX_PAYLOAD / Math.max(1, p.length())));
            default -> {
                // A well-formed frame around the mutated payload.
            }
        }
        return frame;
    }

    @Test
    void aHundredThousandRandomAndMutatedPacketsPipelinedOverTcpLeaveTheStubServing() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            UniformRandomProvider r = RandomSource.SPLIT_MIX_64.create(2026L);
            String help = "qRcmd," + java.util.HexFormat.of().formatHex("help".getBytes(StandardCharsets.US_ASCII));
            // The reply the stub gives to "monitor help", as its own protocol engine words it.
            String marker = new String(RspFraming.frame(((GdbSession.Response.Reply) new GdbSession(
                    new Debugger(TestTarget.machine(), 1)).handle(help)).payload()), StandardCharsets.ISO_8859_1);
            java.util.concurrent.CompletableFuture<Boolean> seen = new java.util.concurrent.CompletableFuture<>();
            Thread drain = new Thread(() -> {
                StringBuilder tail = new StringBuilder();
                try {
                    byte[] b = new byte[1 << 16];
                    for (int n; (n = in.read(b)) >= 0; ) {
                        tail.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
                        if (tail.indexOf(marker) >= 0) {
                            seen.complete(true);
                            return;
                        }
                        tail.delete(0, Math.max(0, tail.length() - marker.length()));
                    }
                } catch (IOException e) {
                    seen.completeExceptionally(e);
                }
                seen.complete(false);
            });
            drain.setDaemon(true);
            drain.start();
            for (int sent = 0; sent < 100_000; sent++) {
                out.write(fuzzFrame(r));
            }
            // Whatever state the noise left the framing in, two '#' bring it back to waiting for a packet;
            // then ask until the target is free to answer.
            while (!seen.isDone()) {
                send("##");
                packet(help);
                Thread.sleep(50);
            }
            assertTrue(seen.get(), "the stub answered after the noise");
        });
    }

    @Test
    void aHundredThousandRandomAndMutatedPacketsEachReachingTheSessionNeitherThrowNorHang() throws Exception {
        Debugger debugger = new Debugger(TestTarget.machine(), 200_000);
        GdbSession session = new GdbSession(debugger);
        RspFraming framing = new RspFraming();
        UniformRandomProvider r = RandomSource.SPLIT_MIX_64.create(7L);
        int[] handled = {0};
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int k = 0; k < 100_000; k++) {
                framing.feed(fuzzFrame(r), new RspFraming.Sink() {
                    @Override
                    public void packet(String payload) {
                        handled[0]++;
                        GdbSession.Response response = session.handle(payload);
                        if (response instanceof GdbSession.Response.Resume resume) {
                            session.stopReply(debugger.resume(resume.step(), () -> false));
                        }
                    }

                    @Override
                    public void interrupt() {
                    }

                    @Override
                    public void bad(String why) {
                    }
                });
            }
        });
        assertTrue(handled[0] > 50_000, "most packets reached the session: " + handled[0]);
        assertEquals(33 * 8, ((GdbSession.Response.Reply) session.handle("g")).payload().length());
    }

    private static byte[] randomBytes(UniformRandomProvider r) {
        byte[] b = new byte[1 + r.nextInt(64)];
        r.nextBytes(b);
        return b;
    }

    private static String mutate(UniformRandomProvider r, String p) {
        StringBuilder s = new StringBuilder(p);
        int edits = r.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = s.length() == 0 ? 0 : r.nextInt(s.length());
            switch (r.nextInt(4)) {
                case 0 -> s.insert(at, (char) r.nextInt(256));
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) r.nextInt(256));
                    }
                }
                default -> s.append(s, 0, Math.min(s.length(), r.nextInt(8)));
            }
        }
        return s.toString();
    }
}
