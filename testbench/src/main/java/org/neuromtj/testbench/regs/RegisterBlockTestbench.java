package org.neuromtj.testbench.regs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.neuromtj.cosim.regs.RegisterBlockModel;
import org.neuromtj.cosim.regs.RegisterBlockPorts;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;
import org.neuromtj.testbench.BlockTestbench;
import org.neuromtj.testbench.CycleSample;
import org.neuromtj.testbench.coverage.Bin;
import org.neuromtj.testbench.coverage.Coverpoint;
import org.neuromtj.testbench.coverage.Covergroup;

/**
 * A generated APB register block's testbench, its goal read from the register description: a read and
 * a write of every register (whatever its access type: what each does is the scoreboard's to check), a
 * hardware write into every stored register, and an address that is no register; masters that skip the
 * setup phase and that hold the access phase past ready. Illegal: pready two cycles running.
 */
public final class RegisterBlockTestbench extends BlockTestbench {
    private static final Map<String, String> FLAWS = Map.of(
            "reset_zero", "wrong reset values: stored registers reset to 0",
            "mask_ignored", "writes store the bits outside the register's fields",
            "hw_wins", "wrong priority: the hardware port beats a software write",
            "w1c_as_rw", "a write-one-to-clear register is written like a read-write one");

    private final RegisterBlockPorts ports;
    private final List<Register> registers;
    /** The register of each element, by the element's position in the layout. */
    private final int[] registerOf;
    private final int psel;
    private final int penable;
    private final int pwrite;
    private final int paddr;
    private final int hwWe;
    private final int hwAddr;
    private final int pready;
    private final int rst;

    /** @param device the device, as named in the register description */
    public RegisterBlockTestbench(String device) {
        this(new RegisterBlockPorts(device));
    }

    private RegisterBlockTestbench(RegisterBlockPorts ports) {
        super(ports.block(), 3, 100_000, ports.inputs(), ports.outputs(), () -> new RegisterBlockModel(ports),
                seed -> RegisterBlockStimulus.of(ports, seed), mutants(ports.layout()));
        this.ports = ports;
        this.registers = ports.layout().registers();
        List<RegisterBlockLayout.Element> elements = ports.layout().elements();
        this.registerOf = new int[elements.size()];
        for (int k = 0; k < registerOf.length; k++) {
            registerOf[k] = registers.indexOf(elements.get(k).register());
        }
        this.psel = ports.at("psel");
        this.penable = ports.at("penable");
        this.pwrite = ports.at("pwrite");
        this.paddr = ports.at("paddr");
        this.hwWe = ports.at("hw_we");
        this.hwAddr = ports.at("hw_addr");
        this.pready = ports.at("pready");
        this.rst = ports.at("rst");
    }

    private static List<Mutant> mutants(RegisterBlockLayout layout) {
        List<Mutant> m = new ArrayList<>();
        layout.mutants().keySet().forEach(k -> m.add(new Mutant(layout.module() + "_" + k, FLAWS.get(k))));
        return m;
    }

    // Facts: pready and whether an access phase was presented, as of the edge before.
    private static final int WAS_READY = 0;
    private static final int WAS_SETUP = 1;

    /** The register an address hits, by index in {@link #registers}, or −1. */
    private int register(long address) {
        int k = ports.layout().index(address);
        return k < 0 ? -1 : registerOf[k];
    }

    private boolean firstAccess(CycleSample s) {
        return s.in(rst) == 0 && s.in(psel) != 0 && s.in(penable) != 0 && s.fact(WAS_READY) == 0;
    }

    @Override
    public Covergroup<CycleSample> coverage() {
        Covergroup<CycleSample> g = new Covergroup<>(name());
        Coverpoint<CycleSample> access = new Coverpoint<>("access", s -> {
            if (!firstAccess(s)) {
                return OptionalLong.empty();
            }
            int r = register(s.in(paddr));
            return when(r >= 0, 2L * r + (s.in(pwrite) != 0 ? 1 : 0));
        });
        Coverpoint<CycleSample> hardware = new Coverpoint<>("hardware write", s -> {
            if (s.in(rst) != 0 || s.in(hwWe) == 0) {
                return OptionalLong.empty();
            }
            int r = register(s.in(hwAddr));
            return when(r >= 0 && RegisterBlockLayout.stored(registers.get(r)), r);
        });
        for (int r = 0; r < registers.size(); r++) {
            Register reg = registers.get(r);
            String kind = reg.name() + " (" + reg.access() + ")";
            access.bin(Bin.of(kind + " read", 2L * r)).bin(Bin.of(kind + " write", 2L * r + 1));
            if (RegisterBlockLayout.stored(reg)) {
                hardware.bin(Bin.of(reg.name(), r));
            }
        }
        g.add(access);
        g.add(hardware);
        g.add(new Coverpoint<CycleSample>("bus", s -> {
            if (s.in(rst) != 0) {
                return OptionalLong.empty();
            }
            if (s.out(pready) != 0 && s.fact(WAS_READY) != 0) {
                return OptionalLong.of(3);
            }
            if (firstAccess(s) && register(s.in(paddr)) < 0) {
                return OptionalLong.of(0);
            }
            if (firstAccess(s) && s.fact(WAS_SETUP) == 0) {
                return OptionalLong.of(1);
            }
            return when(s.in(psel) != 0 && s.in(penable) != 0 && s.fact(WAS_READY) != 0, 2);
        }).bin(Bin.of("no register at the address", 0)).bin(Bin.of("access without setup", 1))
                .bin(Bin.of("access held past ready", 2)).illegal(Bin.of("ready twice running", 3)));
        return g;
    }

    @Override
    public Monitor monitor(Covergroup<CycleSample> coverage) {
        long[] state = new long[2];
        return s -> {
            s.fact(WAS_READY, state[WAS_READY]);
            s.fact(WAS_SETUP, state[WAS_SETUP]);
            coverage.sample(s);
            boolean reset = s.in(rst) != 0;
            state[WAS_READY] = reset ? 0 : s.out(pready);
            state[WAS_SETUP] = !reset && s.in(psel) != 0 && s.in(penable) == 0 ? 1 : 0;
        };
    }
}
