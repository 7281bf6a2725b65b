package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.tools.debug.Debugger;

/**
 * Stopping under the debugger changes nothing: snn-patterns stopped at every call of its classifier
 * and single-stepped through one of them ends on the same cycle, with the same output and the same NPU
 * timesteps, as a run without the debugger; at each stop the NPU has run exactly the timesteps a plain
 * run has run by that cycle.
 */
class DebuggerTimingTest {

    @Test
    void breakpointsAndStepsLeaveTheRunCycleForCycleAsItWas() throws Exception {
        ElfImage image = Firmware.image("snn-patterns");
        ByteArrayOutputStream plainOut = new ByteArrayOutputStream();
        Machine plain = new Machine(plainOut, 1);
        plain.load(image);
        RunResult expected = plain.run(Firmware.MAX_CYCLES);

        ByteArrayOutputStream debuggedOut = new ByteArrayOutputStream();
        Machine debugged = new Machine(debuggedOut, 1);
        debugged.load(image);
        Debugger debugger = new Debugger(debugged, Firmware.MAX_CYCLES);
        int classify = image.symbol("classify").orElseThrow();
        debugger.breakpoint(classify, false, true);
        int stops = 0;
        while (true) {
            Debugger.Stop stop = debugger.resume(false, () -> false);
            if (stop.reason() == Debugger.Reason.ENDED) {
                break;
            }
            assertEquals(Debugger.Reason.SOFTWARE_BREAKPOINT, stop.reason());
            assertEquals(classify, debugged.hart().pc());
            stops++;
            long at = debugged.hart().cycle();
            Machine reference = new Machine(new ByteArrayOutputStream(), 1);
            reference.load(image);
            reference.run(at);
            assertEquals(at, reference.hart().cycle(), "the plain run reaches the stop's cycle");
            assertEquals(reference.npu().timestep(), debugged.npu().timestep(), "NPU timesteps at cycle " + at);
            if (stops == 3) {
                for (int k = 0; k < 50; k++) {
                    debugger.resume(true, () -> false);
                }
            }
        }
        assertEquals(4 * 17, stops, "one stop per classified image");
        RunResult actual = debugger.ended().orElseThrow();
        assertEquals(expected.cycles(), actual.cycles());
        assertEquals(expected.instret(), actual.instret());
        assertEquals(expected.exitStatus(), actual.exitStatus());
        assertEquals(plain.npu().timestep(), debugged.npu().timestep());
        assertEquals(plainOut.toString(StandardCharsets.UTF_8), debuggedOut.toString(StandardCharsets.UTF_8));
    }
}
