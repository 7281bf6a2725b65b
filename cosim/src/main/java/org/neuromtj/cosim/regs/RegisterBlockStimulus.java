package org.neuromtj.cosim.regs;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.neuromtj.cosim.Stimulus;
import org.neuromtj.emulator.sim.Seeds;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;

/**
 * Constrained-random APB traffic for a register block: well-formed transfers (setup, then access until
 * the slave is ready) to every register, of every access type, reads and writes; transfers to
 * addresses no register has (misaligned, or in a window) that must answer pslverr; masters that skip
 * the setup phase or hold the access phase too long; hardware writes to stored registers, some in the
 * same cycle as a software write; hardware inputs that change under the reads; and resets.
 */
public final class RegisterBlockStimulus implements Stimulus {
    private final UniformRandomProvider random;
    private final RegisterBlockPorts ports;
    private final List<RegisterBlockLayout.Element> elements;
    private final int[] inputs;
    private final int aw;
    private long cycle;
    private int phase;
    private int address;
    private boolean write;
    private int data;

    /**
     * @param ports the block's ports
     * @param seed  the stimulus seed
     */
    public RegisterBlockStimulus(RegisterBlockPorts ports, long seed) {
        this.random = Seeds.generator(seed, "cosim." + ports.block() + ".stimulus");
        this.ports = ports;
        this.elements = ports.layout().elements();
        this.inputs = new int[ports.inputs().size()];
        this.aw = ports.layout().addressBits();
    }

    @Override
    public void next(int cycles, int[] words) {
        int ni = inputs.length;
        for (int c = 0; c < cycles; c++, cycle++) {
            int i = c * ni;
            Arrays.fill(words, i, i + ni, 0);
            for (RegisterBlockLayout.Element e : elements) {
                if (RegisterBlockLayout.input(e.register()) && random.nextInt(50) == 0) {
                    inputs[ports.at(e, "_i")] = random.nextInt();
                }
            }
            System.arraycopy(inputs, 0, words, i, ni);
            if (cycle == 0 || random.nextInt(30_000) == 0) {
                words[i + ports.at("rst")] = 1;
            }
            apb(words, i);
            if (random.nextInt(8) == 0) {
                words[i + ports.at("hw_we")] = 1;
                words[i + ports.at("hw_addr")] = random.nextInt(4) != 0 ? address : element();
                words[i + ports.at("hw_data")] = random.nextInt();
            }
        }
    }

    /** One cycle of the master: idle, setup, then two access cycles (rarely one, three, or no setup). */
    private void apb(int[] words, int i) {
        if (phase == 0) {
            if (random.nextInt(3) != 0) {
                return;
            }
            address = switch (random.nextInt(10)) {
                case 0 -> random.nextInt(1 << aw);
                case 1 -> element() + 1 + random.nextInt(3);
                default -> element();
            };
            write = random.nextBoolean();
            data = random.nextInt();
            phase = random.nextInt(20) == 0 ? 2 : 1;
        }
        words[i + ports.at("psel")] = 1;
        words[i + ports.at("pwrite")] = write ? 1 : 0;
        words[i + ports.at("paddr")] = address;
        words[i + ports.at("pwdata")] = data;
        if (phase == 1) {
            phase = 2;
            return;
        }
        words[i + ports.at("penable")] = 1;
        phase++;
        int last = random.nextInt(20) == 0 ? (random.nextBoolean() ? 3 : 5) : 4;
        if (phase >= last) {
            phase = 0;
        }
    }

    private int element() {
        return (int) elements.get(random.nextInt(elements.size())).address();
    }
}
