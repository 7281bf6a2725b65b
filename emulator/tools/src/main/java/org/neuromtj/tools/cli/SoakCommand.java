package org.neuromtj.tools.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.foundation.soak.Soak;
import org.neuromtj.tools.debug.Debugger;
import org.neuromtj.tools.debug.GdbServer;
import org.neuromtj.tools.debug.RspFraming;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.ImageSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neuromtj soak}: long runs in one process, watched for leaks round by round ({@link Soak}): the
 * Fashion-MNIST chip run again and again, and the GDB stub through session after session. The RTL
 * bridge's soak is the testbench's ({@code ./neuromtj soak rtl}).
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Long runs in one process: each round's figures must repeat the first's, and the process's"
                + " memory, threads and open files stay flat after it.",
        subcommands = {SoakCommand.Fmnist.class, SoakCommand.Gdb.class})
final class SoakCommand {

    SoakCommand() {
    }

    /** The Fashion-MNIST test set through the fmnist firmware, pass after pass, each on a new chip. */
    @Command(name = "fmnist", mixinStandardHelpOptions = true,
            description = "Runs the shipped network on the Fashion-MNIST test images through the fmnist firmware, pass"
                    + " after pass in one process, each pass on a fresh chip with the same seed.")
    static final class Fmnist implements Callable<Integer> {
        @Mixin
        MappedChip chip;

        @Mixin
        FmnistWorkload workload;

        @Option(names = "--images", paramLabel = "N", defaultValue = "10000",
                description = "Test images a pass, from the first (default ${DEFAULT-VALUE}, the whole test set).")
        int images;

        @Option(names = "--passes", paramLabel = "P", defaultValue = "3", description = "Passes (default ${DEFAULT-VALUE}).")
        int passes;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            if (images < 1 || passes < 2) {
                throw new UsageFailure("--images must be at least 1 and --passes at least 2", UsageFailure.BAD_INPUT);
            }
            MappedChip.Mapped m = chip.map();
            ImageSet test = workload.test();
            if (images > test.size()) {
                throw new UsageFailure("--images " + images + ": the test set has " + test.size(), UsageFailure.BAD_INPUT);
            }
            ChipRun.Setup setup = new ChipRun.Setup(workload.firmware(), m.image(), m.npu(), m.tile(),
                    Technology.defaults(), seed, 1L << 42);
            Soak soak = new Soak(System.out, "fmnist: " + images + " test images a pass, " + passes + " passes");
            for (int p = 1; p <= passes; p++) {
                long start = System.nanoTime();
                ChipRun.Outcome o = ChipRun.run(setup, test, images, done -> { });
                if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
                    throw new UsageFailure("pass " + p + ": the fmnist firmware did not finish: " + o.result() + "\n"
                            + o.uart(), 1);
                }
                System.err.printf(Locale.ROOT, "neuromtj: soak fmnist: pass %d in %.1f s%n", p,
                        (System.nanoTime() - start) / 1e9);
                soak.round("pass " + p, figures(o));
            }
            return soak.verdict();
        }

        /** What a pass computed: its accuracy, cycles and a digest of every answer and ledger total. */
        private static String figures(ChipRun.Outcome o) {
            CRC32 digest = new CRC32();
            for (int a : o.answers()) {
                digest.update(a);
            }
            o.machine().settle();
            long cells = 0;
            for (var ledger : o.machine().ledgers()) {
                for (Action a : Action.values()) {
                    digest.update(Long.toString(ledger.total(a)).getBytes(StandardCharsets.US_ASCII));
                }
                cells += ledger.total(Action.CELL_READ);
            }
            return String.format(Locale.ROOT, "accuracy %.4f, %d cycles, %d cell reads, digest %08x", o.accuracy(),
                    o.result().cycles(), cells, digest.getValue());
        }
    }

    /** The GDB stub started, served and closed again and again on one machine. */
    @Command(name = "gdb", mixinStandardHelpOptions = true,
            description = "Starts the GDB stub on a machine holding the firmware, connects a debugger over the loopback"
                    + " interface, reads the registers and memory, sets and clears a breakpoint, disconnects and closes"
                    + " the stub, again and again in one process.")
    static final class Gdb implements Callable<Integer> {
        /** The packets of one session, none of which changes the target. */
        private static final String[] PACKETS = {"qSupported", "?", "g", "p20", "m80000000,40", "Z0,80000010,4",
            "z0,80000010,4"};

        @Parameters(index = "0", arity = "0..1", paramLabel = "FW.elf",
                defaultValue = "${sys:neuromtj.home:-.}/firmware-samples/target/firmware/hello.elf",
                description = "The firmware the machine holds (default ${DEFAULT-VALUE}).")
        Path firmware;

        @Option(names = "--sessions", paramLabel = "N", defaultValue = "1000",
                description = "Connect/disconnect cycles (default ${DEFAULT-VALUE}).")
        int sessions;

        @Option(names = "--rounds", paramLabel = "R", defaultValue = "10",
                description = "Rounds the sessions are watched in (default ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() throws Exception {
            if (rounds < 2 || sessions < rounds) {
                throw new UsageFailure("--rounds must be at least 2 and --sessions at least --rounds",
                        UsageFailure.BAD_INPUT);
            }
            Machine machine = new Machine(new ByteArrayOutputStream(), 1);
            machine.load(RunCommand.readFirmware(firmware, FmnistWorkload.BUILD_HINT));
            Soak soak = new Soak(System.out, "gdb: " + sessions + " sessions in " + rounds + " rounds");
            String first = null;
            int done = 0;
            for (int r = 1; r <= rounds; r++) {
                for (int end = Soak.doneBy(r, rounds, sessions); done < end; done++) {
                    String transcript = session(machine);
                    if (first == null) {
                        first = transcript;
                    }
                    if (!transcript.equals(first)) {
                        throw new UsageFailure("session " + (done + 1) + " was answered otherwise than the first:\n"
                                + transcript + "\nthe first:\n" + first, 1);
                    }
                }
                soak.round(done + " sessions", "each session answered as the first");
            }
            return soak.verdict();
        }

        /** One session from start to close; returns the replies, which must be the same every time. */
        private static String session(Machine machine) throws Exception {
            StringBuilder transcript = new StringBuilder();
            try (GdbServer server = new GdbServer(new Debugger(machine, 1L << 40))) {
                int port = server.start(InetAddress.getLoopbackAddress(), 0);
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.setSoTimeout(10_000);
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    for (String packet : PACKETS) {
                        out.write(RspFraming.frame(packet));
                        out.flush();
                        transcript.append(packet).append(" -> ").append(reply(in)).append('\n');
                    }
                }
                GdbServer.Ending ending = server.ending().get(10, TimeUnit.SECONDS);
                transcript.append("ending ").append(ending);
            }
            return transcript.toString();
        }

        /** Reads one reply packet's payload, skipping acknowledgements. */
        private static String reply(InputStream in) throws IOException {
            int c;
            do {
                c = in.read();
            } while (c == '+');
            if (c != '$') {
                throw new IOException("the stub sent '" + (char) c + "' where a packet should begin");
            }
            StringBuilder payload = new StringBuilder();
            while ((c = in.read()) != '#') {
                if (c < 0) {
                    throw new IOException("the stub closed the connection inside a packet");
                }
                payload.append((char) c);
            }
            in.read();
            in.read();
            return payload.toString();
        }
    }
}
