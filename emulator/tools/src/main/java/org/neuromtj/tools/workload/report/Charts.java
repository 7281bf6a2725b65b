package org.neuromtj.tools.workload.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The reports' plots, drawn by JFreeChart into PNG images. */
public final class Charts {
    static final int WIDTH = 640;
    static final int HEIGHT = 360;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** A bar per category of each series: {series → {category → value}}. */
    static byte[] bars(String title, String axis, Map<String, Map<String, Double>> series) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        series.forEach((s, values) -> values.forEach((category, v) -> d.addValue(v, s, category)));
        JFreeChart c = ChartFactory.createBarChart(title, null, axis, d, PlotOrientation.VERTICAL, series.size() > 1,
                false, false);
        return png(c);
    }

    /** A histogram of values in {@code bins} bins. */
    static byte[] histogram(String title, String axis, double[] values, int bins) {
        HistogramDataset d = new HistogramDataset();
        d.addSeries("spikes", values.length == 0 ? new double[] {0} : values, bins);
        return png(ChartFactory.createHistogram(title, axis, "spikes", d, PlotOrientation.VERTICAL, false, false,
                false));
    }

    /** Dots at (x, y) per named series, no lines: a raster. */
    static byte[] dots(String title, String x, String y, Map<String, List<double[]>> series) {
        XYSeriesCollection d = new XYSeriesCollection();
        series.forEach((name, points) -> {
            XYSeries s = new XYSeries(name, false, true);
            points.forEach(p -> s.add(p[0], p[1]));
            d.addSeries(s);
        });
        JFreeChart c = ChartFactory.createScatterPlot(title, x, y, d, PlotOrientation.VERTICAL, true, false, false);
        return png(c);
    }

    /**
     * Lines through (x, y) per named series, with their points marked.
     *
     * @param title  the plot's title
     * @param x      the x axis' label
     * @param y      the y axis' label
     * @param series each series' points, (x, y) pairs in order
     * @return the plot as a PNG image
     */
    public static byte[] lines(String title, String x, String y, Map<String, List<double[]>> series) {
        XYSeriesCollection d = new XYSeriesCollection();
        series.forEach((name, points) -> {
            XYSeries s = new XYSeries(name);
            points.forEach(p -> s.add(p[0], p[1]));
            d.addSeries(s);
        });
        JFreeChart c = ChartFactory.createXYLineChart(title, x, y, d, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = c.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < d.getSeriesCount(); k++) {
            r.setSeriesStroke(k, new BasicStroke(2f));
        }
        plot.setRenderer(r);
        plot.getRangeAxis().setAutoRangeMinimumSize(1);
        return png(c);
    }

    private static byte[] png(JFreeChart c) {
        c.setBackgroundPaint(Color.WHITE);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, c, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
