package org.neuromtj.cosim.regs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.regs.ChipRegisterMap;
import org.neuromtj.cosim.Signal;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;

/** A device's register block's ports as bridge signals, with each port's word position, from its layout. */
public final class RegisterBlockPorts {
    private final RegisterBlockLayout layout;
    private final List<Signal> inputs = new ArrayList<>();
    private final List<Signal> outputs = new ArrayList<>();
    private final Map<String, Integer> position = new HashMap<>();

    /** @param device the device, as named in the register description */
    public RegisterBlockPorts(String device) {
        this.layout = new RegisterBlockLayout(ChipRegisterMap.MAP.device(device));
        for (RegisterBlockLayout.Port p : layout.ports()) {
            List<Signal> side = p.input() ? inputs : outputs;
            position.put(p.name(), side.size());
            side.add(new Signal(p.name(), p.width()));
        }
    }

    /** @return the block's name in the RTL library */
    public String block() {
        return layout.module();
    }

    /** @return the layout */
    public RegisterBlockLayout layout() {
        return layout;
    }

    /** @return the inputs */
    public List<Signal> inputs() {
        return List.copyOf(inputs);
    }

    /** @return the outputs */
    public List<Signal> outputs() {
        return List.copyOf(outputs);
    }

    /** @return the word position of a port among the inputs or among the outputs */
    public int at(String port) {
        Integer p = position.get(port);
        if (p == null) {
            throw new IllegalArgumentException(layout.module() + " has no port " + port);
        }
        return p;
    }

    /** @return the port of a register element: {@code name_suffix} or, for an array, {@code name_suffix_k} */
    public int at(RegisterBlockLayout.Element e, String suffix) {
        String base = e.register().name().toLowerCase(Locale.ROOT) + suffix;
        return at(e.register().isArray() ? base + "_" + e.index() : base);
    }
}
