package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stepsizelab.app.view.MainView;
import org.stepsizelab.app.view.PresentationMode;
import org.stepsizelab.app.vm.MainViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode (F11) in the window on Monocle: slide style everywhere, the side panels collapsed,
 * full screen asked for, and back. The full-screen switch records the requests instead of asking the
 * headless screen (what Monocle does with full screen is not what is tested).
 */
class PresentationModeAppTest extends AppWindowTest {
    private final List<Boolean> requests = new CopyOnWriteArrayList<>();
    private final SimpleBooleanProperty fullScreen = new SimpleBooleanProperty();

    @Override
    public void start(Stage stage) {
        app = new StepsizeLabApp() {
            @Override
            protected PresentationMode presentationMode(Stage s, MainView view, MainViewModel vm) {
                return PresentationMode.install(view, vm, on -> {
                    requests.add(on);
                    fullScreen.set(on);
                }, fullScreen);
            }
        };
        app.start(stage);
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private double smallestFont(javafx.scene.Node root, String selector) {
        return root.lookupAll(selector).stream().mapToDouble(n -> ((Labeled) n).getFont().getSize()).min().orElse(0);
    }

    @Test
    void f11EntersAndLeavesPresentationMode() throws Exception {
        PresentationMode mode = PresentationMode.of(app.view());
        assertFalse(mode.onProperty().get());
        double before = fx(() -> smallestFont(app.view().statusBar(), ".status-value"));
        push(KeyCode.F11);
        assertTrue(mode.onProperty().get());
        assertEquals(List.of(true), requests, "full screen asked for");
        fx(() -> {
            MainView v = app.view();
            v.applyCss();
            assertTrue(v.getStyleClass().contains(PresentationMode.STYLE_CLASS));
            assertTrue(vm().view().styleProperty().get().slideStyle(), "slide style on the charts");
            assertTrue(vm().dataView().styleProperty().get().slideStyle(), "and on the data view");
            assertFalse(v.controls().isVisible() || v.controls().isManaged(), "controls collapsed");
            assertFalse(v.sidePanel().isVisible() || v.sidePanel().isManaged(), "side panel collapsed");
            assertTrue(v.charts().isVisible() && v.dataView().isVisible(), "charts and data view are the stage");
            double status = smallestFont(v.statusBar(), ".status-value");
            assertTrue(status >= 20 && status > before, "status bar text " + status + " px (was " + before + ")");
            assertTrue(smallestFont(v.toolBar(), ".button") >= 18, "tool bar text");
            return null;
        });
        push(KeyCode.F11);
        assertFalse(mode.onProperty().get());
        assertEquals(List.of(true, false), requests);
        fx(() -> {
            MainView v = app.view();
            assertFalse(v.getStyleClass().contains(PresentationMode.STYLE_CLASS));
            assertFalse(vm().view().slideProperty().get());
            assertTrue(v.controls().isVisible() && v.sidePanel().isVisible());
            return null;
        });
    }

    @Test
    void theWindowLeavingFullScreenEndsPresentationMode() throws Exception {
        PresentationMode mode = PresentationMode.of(app.view());
        interact(() -> mode.onProperty().set(true));
        assertTrue(fullScreen.get());
        interact(() -> fullScreen.set(false)); // the window manager took full screen away
        assertFalse(mode.onProperty().get());
        assertTrue(fx(() -> app.view().controls().isVisible()));
    }
}
