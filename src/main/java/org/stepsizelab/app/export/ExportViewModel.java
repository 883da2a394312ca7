package org.stepsizelab.app.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.PinnedRun;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.chart.ChartFactory;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.ChartSeries;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.LabChart;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.io.HistoryCsv;
import org.stepsizelab.core.preset.FigureRecipe;

/**
 * The app's export state and actions, without controls: the dialog's remembered choices (size,
 * scale, format, slide style) and the exports themselves. A chart is exported as a fresh chart
 * built by the window's own {@link ChartFactory} from a copy of what the window shows (runs, pins,
 * phases, the zoomed step range), so drawing it can happen off the FX thread and a 4K render never
 * freezes the window.
 */
public final class ExportViewModel {
    /** Index into {@link ExportSize#PRESETS}, or {@link #CUSTOM}. */
    public static final int CUSTOM = ExportSize.PRESETS.size();

    private final MainViewModel vm;
    private final Supplier<LabChart> live;
    private final IntegerProperty sizeChoice = new SimpleIntegerProperty(this, "sizeChoice", 0);
    private final IntegerProperty customWidth = new SimpleIntegerProperty(this, "customWidth", 1600);
    private final IntegerProperty customHeight = new SimpleIntegerProperty(this, "customHeight", 900);
    private final ObjectProperty<Double> scale = new SimpleObjectProperty<>(this, "scale", 2.0);
    private final ObjectProperty<ChartExporter.Format> format =
            new SimpleObjectProperty<>(this, "format", ChartExporter.Format.PNG);
    private final BooleanProperty slide = new SimpleBooleanProperty(this, "slide");

    /** @param live the window's chart (for its zoom), or a supplier of null */
    public ExportViewModel(MainViewModel vm, Supplier<LabChart> live) {
        this.vm = vm;
        this.live = live;
        slide.set(vm.view().slideProperty().get());
        vm.view().slideProperty().addListener((o, a, on) -> slide.set(on)); // follows View ▸ Slide style
    }

    /** The size the dialog's choices give; throws {@link org.stepsizelab.core.InputException} if invalid. */
    public ExportSize size() {
        int c = sizeChoice.get();
        ExportSize base = c >= 0 && c < CUSTOM ? ExportSize.PRESETS.get(c)
                : new ExportSize(customWidth.get(), customHeight.get(), scale.get());
        return base.withScale(scale.get());
    }

    /** The request the dialog's current choices make. */
    public ExportRequest request(ChartKind chart) {
        return new ExportRequest(chart, format.get(), size(), slide.get());
    }

    /** Charts that can be exported on their own: those the window shows. */
    public List<ChartKind> singleCharts() {
        return new ArrayList<>(vm.view().styleProperty().get().kinds().stream().sorted().toList());
    }

    /**
     * The chart to draw, built on the calling (FX) thread from copies of the window's data, so it can
     * be drawn on any thread afterwards.
     */
    public JFreeChart prepare(ExportRequest r) {
        ChartData d = copy(vm.chartDataProperty().get());
        ChartStyle style = vm.view().styleProperty().get().withSlide(r.slide());
        LabChart chart = r.chart() == null ? ChartFactory.panel(d, style) : ChartFactory.single(r.chart(), d, style);
        LabChart shown = live.get();
        if (shown != null && !shown.domainAxis().isAutoRange()) {
            chart.domainAxis().setRange(shown.domainAxis().getRange()); // export what is zoomed in on
        }
        if (shown != null) {
            chart.setRateLine(shown.rateLineShown()); // and the theory lines the window shows
            chart.setAvgBound(shown.avgBoundShown(), shown.avgBoundApplies());
        }
        chart.setColumns(r.size().width());
        return chart.chart();
    }

    /**
     * The configuration of what the window shows — the current run and the pinned ones — to embed in
     * an exported picture (read on the FX thread, with the chart). A run whose η was changed while it
     * ran is recorded with the η it started from.
     */
    public FigureRecipe recipe() {
        RunConfig current = vm.run().configProperty().get();
        if (current == null) {
            return null;
        }
        List<RunConfig> pinned = vm.pins().pins().stream().map(PinnedRun::config).toList();
        return FigureRecipe.of(current, vm.chartDataProperty().get().title(), pinned);
    }

    /**
     * Draws a prepared chart to a file (any thread) with the recipe of {@link #recipe()}; an
     * unwritable path is an InputException.
     */
    public static void write(JFreeChart chart, ExportRequest r, Path file, FigureRecipe recipe) {
        ChartExporter.write(chart, r.format(), file, r.size(), recipe);
    }

    /** Draws a prepared chart to an image (any thread). */
    public static BufferedImage image(JFreeChart chart, ExportSize size) {
        return ChartExporter.render(chart, size);
    }

    /** The current run's metrics as CSV (says in a comment line if the history is decimated). */
    public void writeMetrics(Path file) {
        HistoryCsv.write(file, vm.run().table(), vm.run().etaChanges());
    }

    /** True if there is anything to export yet. */
    public boolean hasRun() {
        return !vm.run().table().isEmpty();
    }

    /** Adds the format's extension when the name has none of ours (file choosers often leave it off). */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }

    /** True if saving would replace a file, so the user is asked first. */
    public static boolean wouldOverwrite(Path file) {
        return Files.exists(file);
    }

    /** A suggested file name for an export: e.g. {@code stepsize-lab-xor-eta1e4-loss.png}. */
    public String suggestedName(ChartKind chart, String extension) {
        var c = vm.params().config();
        String eta = org.stepsizelab.core.Num.compact(c.eta());
        String base = "stepsize-lab-" + c.dataset().replaceAll("[^A-Za-z0-9-]+", "_") + "-eta" + eta
                + (chart == null ? "" : "-" + chart.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return base + "." + extension;
    }

    private static ChartData copy(ChartData d) {
        List<ChartSeries> pins = new ArrayList<>();
        for (ChartSeries s : d.pinned()) {
            pins.add(copy(s));
        }
        return new ChartData(d.title(), copy(d.current()), d.phase(), d.etaChanges(), pins);
    }

    private static ChartSeries copy(ChartSeries s) {
        HistoryTable t = s.table() == null ? new HistoryTable() : s.table().copy();
        return new ChartSeries(s.label(), t, s.color(), s.marginPower());
    }

    public IntegerProperty sizeChoiceProperty() { return sizeChoice; }
    public IntegerProperty customWidthProperty() { return customWidth; }
    public IntegerProperty customHeightProperty() { return customHeight; }
    public ObjectProperty<Double> scaleProperty() { return scale; }
    public ObjectProperty<ChartExporter.Format> formatProperty() { return format; }
    public BooleanProperty slideProperty() { return slide; }
}
