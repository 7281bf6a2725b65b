package org.neuromtj.chip.npu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/** Spikes as a snapshot holds them: queued input spikes and output spikes with their cycles. */
final class SpikeState {
    private SpikeState() {
    }

    /** Writes input spikes: tile, row, cause cycle. */
    static void write(StateWriter out, Collection<InputSpike> spikes) {
        out.i32(spikes.size());
        for (InputSpike s : spikes) {
            out.ints(new int[] {s.tile(), s.row()});
            out.i64(s.causeCycle());
        }
    }

    /** @return input spikes {@link #write} wrote */
    static List<InputSpike> read(StateReader in) {
        List<InputSpike> spikes = new ArrayList<>();
        int n = in.i32();
        for (int k = 0; k < n; k++) {
            int[] s = in.ints(2);
            spikes.add(new InputSpike(s[0], s[1], in.i64()));
        }
        return spikes;
    }

    /** Writes output spikes: tile, neuron, timestep, cause and departure cycles. */
    static void writeOutputs(StateWriter out, Collection<OutputSpike> spikes) {
        out.i32(spikes.size());
        for (OutputSpike s : spikes) {
            out.ints(new int[] {s.tile(), s.neuron(), s.timestep()});
            out.longs(new long[] {s.causeCycle(), s.leftCycle()});
        }
    }

    /** @return output spikes {@link #writeOutputs} wrote */
    static List<OutputSpike> readOutputs(StateReader in) {
        List<OutputSpike> spikes = new ArrayList<>();
        int n = in.i32();
        for (int k = 0; k < n; k++) {
            int[] s = in.ints(3);
            long[] c = in.longs(2);
            spikes.add(new OutputSpike(s[0], s[1], s[2], c[0], c[1]));
        }
        return spikes;
    }
}
