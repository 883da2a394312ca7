package org.stepsizelab.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stepsizelab.app.export.PresetsAndExport;
import org.stepsizelab.app.view.MainView;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.core.RunConfig;

/**
 * The JavaFX application: opens the window with the default configuration (the paper's XOR,
 * leaky softplus c = ½, m = 20, η = 10⁴) already running.
 */
public class StepsizeLabApp extends Application {
    private MainViewModel vm;
    private MainView view;
    private FrameTicker ticker;

    public static void launchApp(String[] args) {
        // JavaFX warns on every start that it runs from the class path (the shaded jar): supported
        // by us, so the warning only hides a real message
        QUIET_JAVAFX.setLevel(java.util.logging.Level.SEVERE);
        QuietShutdown.install(); // no JavaFX stack trace when a signal ends the window
        try {
            Application.launch(StepsizeLabApp.class, args);
        } catch (RuntimeException e) {
            if (!org.stepsizelab.DesktopCheck.exitIfToolkitFailed(e)) {
                throw e;
            }
        }
    }

    private static final java.util.logging.Logger QUIET_JAVAFX = java.util.logging.Logger.getLogger("javafx");

    @Override
    public void start(Stage stage) {
        StartupLog log = new StartupLog();
        vm = new MainViewModel(initialConfig());
        log.mark("view model");
        view = new MainView(vm);
        log.mark("view");
        // an unexpected failure on the FX thread becomes a readable line in the window, not a dialog
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            System.err.println("stepsize-lab: " + e);
            vm.messageProperty().set("Something went wrong in the window: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " — " + e.getMessage())
                    + ". The run and your settings are unaffected.");
        });
        PresetsAndExport.install(stage, vm, view); // Presets, File and Export menus; restores the last preset
        log.mark("presets+export");
        org.stepsizelab.app.view.TheoryFeature.install(view, vm, javafx.application.Platform::runLater);
        log.mark("theory");
        org.stepsizelab.app.tour.TourFeature tours = org.stepsizelab.app.tour.TourFeature.install(view, vm);
        org.stepsizelab.core.preset.Tour tour = startTour();
        org.stepsizelab.app.view.PresentationMode presentation = presentationMode(stage, view, vm);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(screen.getWidth(), Math.max(1280, screen.getWidth() * 0.9));
        double h = Math.min(screen.getHeight(), Math.max(720, screen.getHeight() * 0.9));
        if (holdSidePanelsAtStart()) {
            view.holdSidePanels(); // until the first chart is drawn: see MainView
        }
        Scene scene = new Scene(view, w, h);
        scene.getStylesheets().add(StepsizeLabApp.class.getResource("app.css").toExternalForm());
        MainView.installKeys(scene, vm);
        tours.installKeys(scene);
        stage.setTitle("Stepsize Lab — large-stepsize gradient descent");
        stage.setScene(scene);
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        // the run starts before the window is shown, so its first steps are ready for the first
        // pulse after show(): the first chart is drawn about 0.2 s sooner than when it started after
        ticker = new FrameTicker(vm);
        ticker.start();
        if (tour != null) {
            tours.tour().start(tour); // loads and starts the tour's first step
        } else {
            vm.start();
        }
        log.mark("run started");
        stage.show();
        log.mark("window shown");
        if (getParameters() != null && getParameters().getRaw().contains("--presentation")) {
            presentation.onProperty().set(true); // started for a lecture: F11 at once
        }
        view.charts().requestFocus();
        log.untilFirstDraw(view.charts().labChart().chart(), () -> !vm.run().table().isEmpty(), () -> {
            view.attachSidePanels();
            log.afterNextLayout(scene, "side panels in");
        });
        // and if no chart gets drawn with data (a run that fails at once), the panels come anyway
        javafx.animation.PauseTransition fallback = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        fallback.setOnFinished(e -> view.attachSidePanels());
        fallback.play();
    }

    /** The tour of {@code --tour NAME}; a bad one ends the program with its one-line reason (exit 2). */
    private org.stepsizelab.core.preset.Tour startTour() {
        try {
            return getParameters() == null ? null // started by a test, not by launch()
                    : org.stepsizelab.app.tour.TourFeature.fromArguments(getParameters().getRaw());
        } catch (org.stepsizelab.core.InputException e) {
            System.err.println("stepsize-lab: " + e.getMessage());
            System.exit(2);
            return null;
        }
    }

    @Override
    public void stop() {
        if (ticker != null) {
            ticker.stop();
            if (Boolean.getBoolean("stepsizelab.perf")) {
                System.err.println("[perf] final " + ticker.summary());
            }
        }
        if (vm != null) {
            vm.shutdown();
        }
    }

    /**
     * Installs presentation mode (F11) on the window. A test may override this to hand it a recording
     * full-screen switch, so nothing depends on what a headless screen does with full screen.
     */
    protected org.stepsizelab.app.view.PresentationMode presentationMode(Stage stage, MainView view, MainViewModel vm) {
        return org.stepsizelab.app.view.PresentationMode.install(stage, view, vm);
    }

    /**
     * Whether the controls and the side panel join the window only after its first chart is drawn
     * (see {@link MainView#holdSidePanels}): on a real start; a test's window is built whole at once
     * unless the test asks otherwise.
     */
    protected boolean holdSidePanelsAtStart() {
        return getParameters() != null;
    }

    /** The run the window opens with: the paper's default (a benchmark opens a longer one). */
    protected RunConfig initialConfig() {
        return RunConfig.defaults();
    }

    /** FX-thread timing so far (see {@link FrameTicker}). */
    public String frameStats() {
        return ticker == null ? "" : ticker.summary();
    }

    /** Forgets the FX-thread timing so far (a benchmark skips the start-up frames). */
    public void resetFrameStats() {
        if (ticker != null) {
            ticker.resetStats();
        }
    }

    /** The window's view model (for tests and other features). */
    public MainViewModel viewModel() {
        return vm;
    }

    /** The window's root view, where other features add menus and panels. */
    public MainView view() {
        return view;
    }
}
