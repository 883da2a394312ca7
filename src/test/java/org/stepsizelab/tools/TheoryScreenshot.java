package org.stepsizelab.tools;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.stepsizelab.app.StepsizeLabApp;
import org.stepsizelab.app.view.TheoryFeature;
import org.stepsizelab.app.vm.RunState;

/**
 * Renders the README's screenshot of the window with the THEORY panel, the sharpness chart and the
 * C/(ηt) line, headless (Monocle, software rendering). Not a test; run by hand with the test class
 * path: {@code java --add-modules=jdk.incubator.vector -cp … org.stepsizelab.tools.TheoryScreenshot FILE.png}.
 */
public final class TheoryScreenshot {
    private TheoryScreenshot() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("monocle.screen.width", "1600");
        System.setProperty("monocle.screen.height", "1000");
        System.setProperty("stepsizelab.prefs.node", "org/stepsizelab/app-screenshot");
        File out = new File(args.length > 0 ? args[0] : "assets/gallery/app-theory-panel.png");
        CompletableFuture<StepsizeLabApp> started = new CompletableFuture<>();
        Platform.startup(() -> {
            StepsizeLabApp app = new StepsizeLabApp();
            app.start(new Stage());
            TheoryFeature.of(app.view()).theory().rateLineProperty().set(true);
            app.viewModel().view().showSharpnessProperty().set(true);
            started.complete(app);
        });
        StepsizeLabApp app = started.get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            CompletableFuture<Boolean> ready = new CompletableFuture<>();
            Platform.runLater(() -> ready.complete(app.viewModel().run().stateProperty().get() == RunState.FINISHED
                    && app.viewModel().run().configProperty().get().sharpnessEvery() > 0));
            if (ready.get(10, TimeUnit.SECONDS)) {
                break;
            }
        }
        Thread.sleep(1500); // a few frames for the charts and the panel to settle
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(app.view().getScene().snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(30, TimeUnit.SECONDS), null), "png", out);
        System.out.println("wrote " + out);
        Platform.runLater(() -> {
            app.stop();
            Platform.exit();
        });
    }
}
