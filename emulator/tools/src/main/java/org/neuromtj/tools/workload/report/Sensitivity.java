package org.neuromtj.tools.workload.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Floorplan;
import org.neuromtj.chip.ledger.Technology;

/**
 * How an inference result moves when one technology entry that rests on an assumption is halved or
 * doubled. The technology is read again with the entry scaled, so every derivation and area that uses it
 * follows; the run's counts stay what it measured (the link length a hop crosses follows the tile pitch),
 * so the effect on energy and area is exact, while the entry's effect on the run's function and timing
 * (a read path's resistance, say) is not re-simulated.
 *
 * @param entry              the entry's dotted path in the technology file
 * @param source             its source, giving the assumption
 * @param perSpikeHalvedFj   energy per spike with the entry halved (NaN if it cannot be)
 * @param perSpikeDoubledFj  energy per spike with it doubled (NaN if it cannot be)
 * @param topsPerWattHalved  TOPS/W with it halved
 * @param topsPerWattDoubled TOPS/W with it doubled
 * @param topsPerMm2Halved   sustained TOPS/mm² of the whole chip with it halved
 * @param topsPerMm2Doubled  the same with it doubled
 * @param weight             the largest relative change of energy per spike or TOPS/mm² either way
 */
public record Sensitivity(String entry, String source, double perSpikeHalvedFj, double perSpikeDoubledFj,
                          double topsPerWattHalved, double topsPerWattDoubled, double topsPerMm2Halved,
                          double topsPerMm2Doubled, double weight) {

    /**
     * @param figures a run's inference figures
     * @return every assumed entry of their technology that moves energy or area, the weightiest first
     */
    public static List<Sensitivity> of(InferenceFigures figures) {
        List<Sensitivity> out = new ArrayList<>();
        Technology technology = figures.technology();
        for (Technology.Assumption a : technology.assumptions()) {
            double[] halved = evaluate(figures, technology, a, 0.5);
            double[] doubled = evaluate(figures, technology, a, 2);
            double weight = 0;
            for (double[] e : List.of(halved, doubled)) {
                if (!Double.isNaN(e[0])) {
                    weight = Math.max(weight, Math.abs(e[0] / figures.energy().totalFj() - 1));
                    weight = Math.max(weight, Math.abs(e[1] / figures.floorplan().chipMm2() - 1));
                }
            }
            if (weight < 1e-6) {
                continue;
            }
            long spikes = Math.max(1, figures.spikes());
            out.add(new Sensitivity(a.path(), a.source(), halved[0] / spikes, doubled[0] / spikes,
                    figures.topsPerWatt(halved[0]), figures.topsPerWatt(doubled[0]), figures.tops() / halved[1],
                    figures.tops() / doubled[1], weight));
        }
        out.sort(Comparator.comparingDouble(Sensitivity::weight).reversed());
        return out;
    }

    /** @return the inference energy (fJ) and the chip's area (mm²) with the entry scaled; NaN where it cannot be */
    private static double[] evaluate(InferenceFigures figures, Technology technology, Technology.Assumption a,
                                     double factor) {
        Technology scaled;
        try {
            scaled = technology.scaled(a, factor);
        } catch (ConfigException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Floorplan plan = Floorplan.of(figures.floorplan().layout(), scaled.silicon());
        long[] counts = figures.counts().clone();
        int link = Action.LINK_UM.ordinal();
        counts[link] = Math.round(counts[link] * (double) Math.round(plan.tilePitchUm())
                / Math.max(1, Math.round(figures.floorplan().tilePitchUm())));
        return new double[] {EnergyReport.of(counts, scaled, plan).totalFj(), plan.chipMm2()};
    }
}
