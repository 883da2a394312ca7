package org.stepsizelab.jmh;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stepsizelab.app.StepsizeLabApp;
import org.stepsizelab.app.dataview.DataViewModel;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.core.RunConfig;

/**
 * Issue 12's speed targets, measured in the real window while a run streams: the DATA VIEW's
 * pictures per second (those handed to the panel), the time each took on the drawing thread, and
 * the FX thread's drain + redraw times and gaps between pulses (a stall of the FX thread is a long
 * gap), one line per 5-s window after the first 5 s. Workloads ({@link DataViewBench#config}):
 * {@code xor-20} (XOR, m = 20, 10⁷ steps), {@code mlp3-100} (a three-layer MLP of width 100 on moons),
 * {@code mnist-1000} (the image views). Run it on a display (or Xvfb):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.cp
 * java --add-modules=jdk.incubator.vector -Dstepsizelab.prefs.node=org/stepsizelab/bench \
 *      -cp target/test-classes:target/classes:$(cat target/jmh.cp) \
 *      'org.stepsizelab.jmh.DataViewFrameBench$Launch' xor-20 40 [STEPS]
 * </pre>
 */
public class DataViewFrameBench extends StepsizeLabApp {
    static String workload = "xor-20";
    static int seconds = 40;
    /** The run's length (0: 10⁷ steps for XOR, 10⁶ otherwise, so the run streams throughout). */
    static long steps;

    /** The entry point (a class that does not extend Application, so JavaFX may sit on the class path). */
    public static final class Launch {
        public static void main(String[] args) {
            if (args.length > 0) {
                workload = args[0];
            }
            if (args.length > 1) {
                seconds = Integer.parseInt(args[1]);
            }
            if (args.length > 2) {
                steps = Long.parseLong(args[2]);
            }
            Application.launch(DataViewFrameBench.class, args);
        }
    }

    private long framesAtStart;
    private double pictureMillis, pictureMax;
    private int pictures;

    @Override
    protected RunConfig initialConfig() {
        RunConfig c = DataViewBench.config(workload);
        return c.withSteps(steps > 0 ? steps : workload.equals("xor-20") ? 10_000_000L : 1_000_000L);
    }

    @Override
    public void start(Stage stage) {
        super.start(stage);
        DataViewModel d = viewModel().dataView();
        d.frameProperty().addListener((o, a, f) -> {
            if (f != null) {
                pictures++;
                pictureMillis += f.millis();
                pictureMax = Math.max(pictureMax, f.millis());
            }
        });
        new Timeline(new KeyFrame(Duration.seconds(5), e -> reset(d))).play();
        Timeline report = new Timeline(new KeyFrame(Duration.seconds(5), e -> {
            boolean running = viewModel().run().stateProperty().get() == RunState.RUNNING;
            System.out.printf("%s %s: data view %.1f pictures/s (drawing mean %.1f ms, max %.1f ms, %dx%d px)"
                    + " | FX %s%n", workload, running ? "streaming" : "finished ", (d.framesShown() - framesAtStart) / 5.0,
                    pictures == 0 ? Double.NaN : pictureMillis / pictures, pictureMax, d.widthProperty().get(),
                    d.heightProperty().get(), frameStats());
            reset(d);
        }));
        report.setCycleCount(Timeline.INDEFINITE);
        report.setDelay(Duration.seconds(5)); // the first 5 s (start-up, JIT) are left out
        report.play();
        new Timeline(new KeyFrame(Duration.seconds(seconds), e -> Platform.exit())).play();
    }

    private void reset(DataViewModel d) {
        resetFrameStats();
        framesAtStart = d.framesShown();
        pictures = 0;
        pictureMillis = 0;
        pictureMax = 0;
    }
}
