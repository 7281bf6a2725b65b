package org.neuromtj.testbench;

import java.util.List;
import org.neuromtj.testbench.lif.LifTestbench;
import org.neuromtj.testbench.regs.RegisterBlockTestbench;
import org.neuromtj.testbench.router.RouterTestbench;
import org.neuromtj.testbench.sot.SotTestbench;
import org.neuromtj.testbench.tdc.TdcTestbench;

/** Every block's testbench, in the order the regression runs them. */
public final class Testbenches {
    /** The testbenches. */
    public static final List<Testbench> ALL = List.of(new LifTestbench(), new TdcTestbench(), new SotTestbench(),
            new RouterTestbench(), new RegisterBlockTestbench("NPU"), new RegisterBlockTestbench("NPU_TILE"));

    private Testbenches() {
    }
}
