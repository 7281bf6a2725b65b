package org.neuromtj.testbench.regs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.cosim.regs.RegisterBlockPorts;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;
import org.neuromtj.testbench.stimulus.Agent;
import org.neuromtj.testbench.stimulus.Dist;
import org.neuromtj.testbench.stimulus.Driver;
import org.neuromtj.testbench.stimulus.Environment;
import org.neuromtj.testbench.stimulus.Generator;
import org.neuromtj.testbench.stimulus.Sequence;
import org.neuromtj.testbench.stimulus.Sequencer;
import org.neuromtj.testbench.stimulus.Strobe;
import org.neuromtj.testbench.stimulus.Weighted;

/**
 * Constrained-random stimulus for a register block, four agents: an APB master — well-formed transfers
 * (setup, then access until the slave is ready) to every register, reads and writes, transfers to
 * addresses no register has (misaligned, or in a window) that must answer pslverr, and masters that
 * skip the setup phase, leave the access phase early or hold it too long; hardware writes to stored
 * registers, often to the register the master is accessing; hardware inputs that change under the
 * reads; and resets.
 */
public final class RegisterBlockStimulus {
    /** Access cycles: two for the one-wait-state slave; sometimes one (too early) or three (held). */
    private static final Dist ACCESS = Dist.value(2, 18).orValue(1, 1).orValue(3, 1);
    private static final Weighted<Boolean> SETUP = Weighted.of(true, 19).or(false, 1);
    private static final Dist BETWEEN = Dist.uniform(0, 4);

    private RegisterBlockStimulus() {
    }

    /**
     * @param ports the block's ports
     * @param seed  the stimulus seed
     * @return the stimulus of that seed
     */
    public static Environment of(RegisterBlockPorts ports, long seed) {
        String name = "testbench." + ports.block();
        Master master = new Master(ports, Seeds.generator(seed, name + ".apb"));
        UniformRandomProvider hardware = Seeds.generator(seed, name + ".hardware");
        List<RegisterBlockLayout.Element> elements = ports.layout().elements();
        int[] inputPorts = elements.stream().filter(e -> RegisterBlockLayout.input(e.register()))
                .mapToInt(e -> ports.at(e, "_i")).toArray();
        int[] held = new int[inputPorts.length];
        Agent inputs = (cycle, words, at) -> {
            for (int k = 0; k < inputPorts.length; k++) {
                if (hardware.nextInt(50) == 0) {
                    held[k] = hardware.nextInt();
                }
                words[at + inputPorts[k]] = held[k];
            }
            if (hardware.nextInt(8) == 0) {
                words[at + ports.at("hw_we")] = 1;
                words[at + ports.at("hw_addr")] = hardware.nextInt(4) != 0 ? master.address
                        : (int) elements.get(hardware.nextInt(elements.size())).address();
                words[at + ports.at("hw_data")] = hardware.nextInt();
            }
        };
        Strobe resets = new Strobe(Seeds.generator(seed, name + ".resets"), ports.at("rst"), Dist.uniform(0, 59_998));
        return new Environment(ports.inputs().size(), List.of(resets, master, inputs));
    }

    /** An APB transfer, and how the master times it. */
    private record Transfer(int address, boolean write, int data, boolean setup, int access) {
    }

    /** The APB master. */
    private static final class Master extends Driver<Transfer> {
        private final int psel;
        private final int penable;
        private final int pwrite;
        private final int paddr;
        private final int pwdata;
        /** The address of the transfer in flight, or of the last one. */
        private int address;

        Master(RegisterBlockPorts ports, UniformRandomProvider random) {
            super(new Sequencer<>(random, Weighted.of(Sequence.of(transfers(ports.layout())), 1), BETWEEN));
            this.psel = ports.at("psel");
            this.penable = ports.at("penable");
            this.pwrite = ports.at("pwrite");
            this.paddr = ports.at("paddr");
            this.pwdata = ports.at("pwdata");
        }

        /** Mostly a register's address; sometimes just past one (misaligned) or any address no register has. */
        private static Generator<Transfer> transfers(RegisterBlockLayout layout) {
            List<RegisterBlockLayout.Element> elements = layout.elements();
            Set<Long> mapped = new HashSet<>();
            elements.forEach(e -> mapped.add(e.address()));
            Generator<Long> register = r -> elements.get(r.nextInt(elements.size())).address();
            Generator<Long> misaligned = r -> register.draw(r) + 1 + r.nextInt(3);
            Generator<Long> unmapped = Dist.uniform(0, (1L << layout.addressBits()) - 1)
                    .where("no register there", a -> !mapped.contains(a));
            Weighted<Generator<Long>> addresses = Weighted.of(register, 8).or(misaligned, 1).or(unmapped, 1);
            return r -> new Transfer(addresses.draw(r).draw(r).intValue(), r.nextBoolean(), r.nextInt(),
                    SETUP.draw(r), ACCESS.drawInt(r));
        }

        @Override
        protected boolean drive(Transfer t, int beat, int[] words, int at) {
            address = t.address();
            words[at + psel] = 1;
            words[at + pwrite] = t.write() ? 1 : 0;
            words[at + paddr] = t.address();
            words[at + pwdata] = t.data();
            int access = beat - (t.setup() ? 1 : 0);
            if (access >= 0) {
                words[at + penable] = 1;
            }
            return access + 1 == t.access();
        }
    }
}
