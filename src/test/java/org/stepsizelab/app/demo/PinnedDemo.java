package org.stepsizelab.app.demo;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stepsizelab.app.StepsizeLabApp;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.core.RunConfig;

/**
 * The README's screenshot: the window as a lecturer leaves it after comparing stepsizes on XOR —
 * η = 1 and η = 100 pinned, the paper's η = 10⁴ running. Drives the view model like a user would.
 *
 * <pre>
 * ../shared/tools/screenshot.sh /tmp/demo "25" java --add-modules=jdk.incubator.vector \
 *     -cp target/test-classes:target/classes:$(cat target/cp.txt) 'org.stepsizelab.app.demo.PinnedDemo$Launch'
 * </pre>
 */
public class PinnedDemo extends StepsizeLabApp {
    private static final double[] ETAS = {1, 100, 1e4};
    private int next;

    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(PinnedDemo.class, args);
        }
    }

    @Override
    protected RunConfig initialConfig() {
        RunConfig c = RunConfig.defaults().withEta(ETAS[0]);
        String set = System.getProperty("demo.dataset");
        return set == null ? c : new RunConfig(set, c.activation(), c.leak(), c.huberH(), c.width(), c.eta(),
                c.steps(), c.seed(), c.initScale(), c.loss(), c.outputScale(), null, null, null, null, null, 50,
                c.normalize(), null, c.every(), c.sharpnessEvery());
    }

    @Override
    public void start(Stage stage) {
        super.start(stage);
        MainViewModel vm = viewModel();
        vm.view().slideProperty().set(Boolean.getBoolean("demo.slide"));
        next = 1;
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(300), e -> {
            if (next < ETAS.length && vm.run().stateProperty().get().over() && !vm.restartPending()) {
                vm.pin();
                vm.params().etaProperty().set(ETAS[next++]);
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
