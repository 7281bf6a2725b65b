package org.neuromtj.tools.workload.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Cost;
import org.neuromtj.chip.ledger.Technology;

/**
 * How an inference result moves when one technology entry that rests on an assumption is halved or
 * doubled. The counts stay what the run measured; only that entry's energy changes, so the effect is
 * exact, not a re-run.
 *
 * @param action             the entry
 * @param source             its source, naming the assumption
 * @param shareOfEnergy      its share of the inference energy
 * @param perSpikeHalvedFj   energy per spike with the entry halved
 * @param perSpikeDoubledFj  energy per spike with it doubled
 * @param topsPerWattHalved  TOPS/W with it halved
 * @param topsPerWattDoubled TOPS/W with it doubled
 */
public record Sensitivity(Action action, String source, double shareOfEnergy, double perSpikeHalvedFj,
                          double perSpikeDoubledFj, double topsPerWattHalved, double topsPerWattDoubled) {

    /**
     * @param figures    a run's inference figures
     * @param technology the technology they were costed with
     * @return every assumed entry that cost something in the run, the heaviest first
     */
    public static List<Sensitivity> of(InferenceFigures figures, Technology technology) {
        double total = figures.energy().totalFj();
        long spikes = Math.max(1, figures.spikes());
        List<Sensitivity> out = new ArrayList<>();
        for (Action a : Action.values()) {
            Cost c = technology.cost(a);
            double part = figures.energy().byAction().get(a);
            if (!c.assumed() || part <= 0) {
                continue;
            }
            double halved = total - part / 2;
            double doubled = total + part;
            out.add(new Sensitivity(a, c.energySource(), part / total, halved / spikes, doubled / spikes,
                    tops(figures, halved), tops(figures, doubled)));
        }
        out.sort(Comparator.comparingDouble(Sensitivity::shareOfEnergy).reversed());
        return out;
    }

    private static double tops(InferenceFigures figures, double totalFj) {
        return 2.0 * figures.synapticOps() / (totalFj * 1e-15) / 1e12;
    }
}
