package org.stepsizelab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.app.StepsizeLabApp;
import org.stepsizelab.app.vm.BackgroundTasks;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.export.ChartExporter.Format;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.io.HistoryCsv;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Presets, File and Export menus in the running window (TestFX on Monocle, headless). */
class PresetsAndExportAppTest extends ApplicationTest {
    private StepsizeLabApp app;
    private Stage stage;
    private final RecordingAsker asker = new RecordingAsker();

    @TempDir
    Path dir;

    @BeforeAll
    static void noRememberedPreset() {
        PresetMemory.user().forget(); // the window opens with the default run
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        app = new StepsizeLabApp();
        app.start(stage);
    }

    @AfterEach
    void close() throws Exception {
        interact(app::stop);
        PresetMemory.user().forget();
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private ExportViewModel model() {
        return new ExportViewModel(vm(), () -> app.view().charts().labChart());
    }

    private ExportActions exports() {
        return new ExportActions(model(), asker, BackgroundTasks.inline());
    }

    private void finished() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().run().stateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    @Test
    void thePresetsMenuListsEveryBundledPresetByTitle() throws Exception {
        List<MenuItem> items = app.view().menuBar().presetsMenu().getItems();
        List<Preset> bundled = Presets.bundled();
        assertEquals(bundled.size(), items.size());
        for (int i = 0; i < bundled.size(); i++) {
            assertEquals("preset-" + bundled.get(i).name(), items.get(i).getId());
            Label label = (Label) ((javafx.scene.control.CustomMenuItem) items.get(i)).getContent();
            assertEquals(bundled.get(i).title(), label.getText());
            assertEquals(bundled.get(i).description(), org.stepsizelab.app.view.LazyTooltip.text(label));
        }
    }

    @Test
    void choosingAPresetLoadsItRunsItAndIsRememberedForTheNextStart() throws Exception {
        MenuItem small = app.view().menuBar().presetsMenu().getItems().stream()
                .filter(m -> "preset-fig2-xor-small-eta".equals(m.getId())).findFirst().orElseThrow();
        interact(small::fire);
        Preset p = Presets.bundled("fig2-xor-small-eta");
        assertEquals(p.config(), vm().params().config());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> p.config().equals(vm().run().configProperty().get()));
        assertEquals("bundled:fig2-xor-small-eta", PresetMemory.user().lastKey().orElseThrow());

        // a new window starts with it
        interact(app::stop);
        interact(() -> {
            app = new StepsizeLabApp();
            app.start(stage);
        });
        assertEquals(p.config(), vm().params().config());
    }

    @Test
    void saveAsThenOpenRoundTripsTheConfiguration() throws Exception {
        finished();
        PresetActions actions = new PresetActions(vm(), asker, PresetMemory.user());
        asker.save = dir.resolve("demo"); // no extension: .json is added
        interact(actions::saveAs);
        Path file = dir.resolve("demo.json");
        assertEquals(vm().params().config(), Presets.read(file).config());
        assertEquals("file:" + file.toAbsolutePath().normalize(), PresetMemory.user().lastKey().orElseThrow());

        Files.writeString(file, "{\n  \"eta\": 10,\n  \"width\": \"wide\"\n}");
        asker.open = file;
        interact(actions::open);
        assertEquals(1, asker.errors.size());
        assertTrue(asker.errors.get(0).contains("demo.json") && asker.errors.get(0).contains("\"width\""),
                asker.errors.get(0));
    }

    @Test
    void aPickedCsvFileIsTrainedOnAndABadOneIsReportedInWords() throws Exception {
        finished();
        PresetActions actions = new PresetActions(vm(), asker, PresetMemory.user());
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x1,x2,label\n1,0.5,1\n0.8,0.2,1\n-1,0.3,-1\n-0.7,-0.4,-1\n-0.9,0.1,-1\n");
        asker.open = csv;
        interact(actions::openDataFile);
        assertEquals("csv:" + csv.toAbsolutePath().normalize(), vm().params().config().dataset());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().run().stateProperty().get() == RunState.FINISHED
                && vm().chartDataProperty().get().current().label().contains("csv"));
        assertEquals(List.of(), asker.errors);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,2,1\n3,abc,-1\n");
        asker.open = bad;
        interact(actions::openDataFile);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm().messageProperty().get() != null && vm().messageProperty().get().contains("bad.csv"));
        String message = vm().messageProperty().get();
        assertTrue(message.contains("line 2") && message.contains("abc") && !message.contains("Exception"), message);
    }

    @Test
    void exportsThePanelAndOneChartAtTheAskedSize() throws Exception {
        finished();
        Path png = dir.resolve("panel.png");
        asker.save = png;
        asker.request = new ExportRequest(null, Format.PNG, new ExportSize(1280, 720, 2), true);
        interact(() -> exports().exportChart(null));
        assertEquals(List.of(), asker.errors);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());

        asker.save = dir.resolve("loss"); // extension added
        asker.request = new ExportRequest(ChartKind.LOSS, Format.SVG, new ExportSize(800, 500, 1), false);
        interact(() -> exports().exportChart(ChartKind.LOSS));
        String svg = Files.readString(dir.resolve("loss.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("width='800"), svg.substring(0, 300));

        asker.save = dir.resolve("all.pdf");
        asker.request = new ExportRequest(null, Format.PDF, new ExportSize(1920, 1080, 2), false);
        interact(() -> exports().exportChart(null));
        assertTrue(new String(Files.readAllBytes(dir.resolve("all.pdf")), 0, 5, StandardCharsets.US_ASCII)
                .equals("%PDF-"));
    }

    @Test
    void anExportShowsTheZoomedStepRangeAndTheSlideStyleAsked() throws Exception {
        finished();
        ExportViewModel m = model();
        org.jfree.chart.JFreeChart chart = fx(() -> {
            app.view().charts().labChart().domainAxis().setRange(2, 50);
            return m.prepare(new ExportRequest(null, Format.PNG, new ExportSize(1280, 720, 1), true));
        });
        var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getXYPlot();
        assertEquals(2, plot.getDomainAxis().getLowerBound(), 1e-9);
        assertEquals(50, plot.getDomainAxis().getUpperBound(), 1e-9);
        float slideSize = plot.getDomainAxis().getLabelFont().getSize2D();
        org.jfree.chart.JFreeChart screen = fx(() -> m.prepare(
                new ExportRequest(null, Format.PNG, new ExportSize(1280, 720, 1), false)));
        assertTrue(slideSize > screen.getXYPlot().getDomainAxis().getLabelFont().getSize2D(),
                "slide style: larger axis text");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserAgrees() throws Exception {
        finished();
        Path file = Files.writeString(dir.resolve("keep.png"), "mine");
        asker.save = file;
        asker.request = new ExportRequest(null, Format.PNG, new ExportSize(640, 360, 1), false);
        asker.overwrite = false;
        interact(() -> exports().exportChart(null));
        assertEquals(1, asker.overwriteQuestions);
        assertEquals("mine", Files.readString(file));
        asker.overwrite = true;
        interact(() -> exports().exportChart(null));
        assertEquals(640, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void anUnwritablePathIsShownAsAMessage() throws Exception {
        finished();
        asker.save = dir.resolve("gone").resolve("x.png");
        asker.request = new ExportRequest(null, Format.PNG, new ExportSize(640, 360, 1), false);
        interact(() -> exports().exportChart(null));
        assertEquals(1, asker.errors.size());
        assertTrue(asker.errors.get(0).contains("x.png") && asker.errors.get(0).contains("does not exist"),
                asker.errors.get(0));
        assertFalse(Files.exists(asker.save));
    }

    @Test
    void metricsCsvHasTheCommandLineColumns() throws Exception {
        finished();
        asker.save = dir.resolve("m.csv");
        interact(() -> exports().exportMetrics());
        List<String> lines = Files.readAllLines(dir.resolve("m.csv"));
        assertEquals(HistoryCsv.EXACT_HEADER, lines.get(0));
        assertEquals(10_002, lines.size(), "steps 0..10000 of the default run, every one");
    }

    @Test
    void copyImageRendersThePanelAtTheChosenSize() throws Exception {
        finished();
        AtomicReference<BufferedImage> got = new AtomicReference<>();
        ExportViewModel m = model();
        interact(() -> {
            m.sizeChoiceProperty().set(1); // 1280×720
            m.scaleProperty().set(2.0);
            new ExportActions(m, asker, BackgroundTasks.inline()).copyImage(got::set);
        });
        assertNotNull(got.get());
        assertEquals(1280, got.get().getWidth());
        assertEquals(720, got.get().getHeight());
    }

    @Test
    void theDialogRefusesAnInvalidCustomSizeAndSaysWhy() throws Exception {
        finished();
        ExportViewModel m = model();
        ExportDialog d = fx(() -> new ExportDialog(stage, m, null));
        @SuppressWarnings("unchecked")
        ChoiceBox<String> size = (ChoiceBox<String>) d.getDialogPane().lookup("#export-size");
        TextField w = (TextField) d.getDialogPane().lookup("#export-width");
        Button ok = (Button) d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        assertFalse(ok.isDisabled());
        interact(() -> {
            size.getSelectionModel().select(ExportViewModel.CUSTOM);
            w.setText("20");
        });
        assertTrue(ok.isDisabled());
        String why = ((Label) d.getDialogPane().lookup("#export-explain")).getText();
        assertTrue(why.contains("64") && why.contains("16384"), why);
        interact(() -> w.setText("2000"));
        assertFalse(ok.isDisabled());
        assertEquals(ButtonType.CANCEL, d.getDialogPane().getButtonTypes().get(1));
    }
}
