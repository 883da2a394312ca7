package org.stepsizelab.jmh;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stepsizelab.app.StepsizeLabApp;
import org.stepsizelab.core.RunConfig;

/**
 * Issue 7's FX-thread target, measured in the real window: opens the app on an XOR run of 10⁷
 * steps (the history passes 10⁶ steps after a few seconds), lets it stream for the given seconds
 * and prints the FX thread's drain + redraw times and the gaps between pulses (a stall of the FX
 * thread is a long gap), leaving out the first 5 s. Run it on a display (or Xvfb):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --add-modules=jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      'org.stepsizelab.jmh.AppFrameBench$Launch' 40
 * </pre>
 */
public class AppFrameBench extends StepsizeLabApp {
    static int seconds = 40;

    /** The entry point (a class that does not extend Application, so JavaFX may sit on the class path). */
    public static final class Launch {
        public static void main(String[] args) {
            if (args.length > 0) {
                seconds = Integer.parseInt(args[0]);
            }
            Application.launch(AppFrameBench.class, args);
        }
    }

    @Override
    protected RunConfig initialConfig() {
        return RunConfig.defaults().withSteps(10_000_000L);
    }

    @Override
    public void start(Stage stage) {
        super.start(stage);
        // the first 5 s (class loading, first layout, JIT warm-up) are left out of the figures
        new Timeline(new KeyFrame(Duration.seconds(5), e -> resetFrameStats())).play();
        // one line per 5-s window (then the figures start afresh), so the windows while the run
        // streams can be told from those after it finished
        Timeline report = new Timeline(new KeyFrame(Duration.seconds(5), e -> {
            boolean running = viewModel().run().stateProperty().get() == org.stepsizelab.app.vm.RunState.RUNNING;
            System.out.println((running ? "streaming: " : "finished:  ") + frameStats());
            resetFrameStats();
        }));
        report.setCycleCount(Timeline.INDEFINITE);
        report.play();
        Timeline end = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> {
            System.out.println("FINAL " + frameStats());
            Platform.exit();
        }));
        end.play();
    }
}
