package org.stepsizelab.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The tooltips the window makes on the first hover: none before it, the right one after it. */
class LazyTooltipTest extends ApplicationTest {
    private Label control;
    private Rectangle shape;

    @Override
    public void start(Stage stage) {
        control = new Label("η");
        shape = new Rectangle(20, 20);
        stage.setScene(new Scene(new StackPane(control, shape), 200, 100));
        stage.show();
    }

    private static void enter(javafx.scene.Node node) {
        node.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    @Test
    void aControlsTooltipIsMadeOnTheFirstHoverWithItsTextAndStyle() {
        interact(() -> {
            LazyTooltip.install(control, "the stepsize", LazyTooltip.EXPLANATION);
            assertNull(control.getTooltip(), "no tooltip before the mouse comes");
            assertEquals("the stepsize", LazyTooltip.text(control));
            enter(control);
            Tooltip t = control.getTooltip();
            assertNotNull(t, "the first hover makes it");
            assertEquals("the stepsize", t.getText());
            assertEquals(Duration.millis(350), t.getShowDelay());
            enter(control);
            assertSame(t, control.getTooltip(), "made once");
        });
    }

    @Test
    void installingAgainChangesTheTextBeforeAndAfterTheTooltipIsMade() {
        interact(() -> {
            LazyTooltip.install(control, "first");
            LazyTooltip.install(control, "second");
            assertEquals("second", LazyTooltip.text(control));
            enter(control);
            assertEquals("second", control.getTooltip().getText());
            LazyTooltip.install(control, "third");
            assertEquals("third", control.getTooltip().getText());
            assertEquals("third", LazyTooltip.text(control));
        });
    }

    @Test
    void aShapeGetsItsTooltipInstalledOnTheFirstHover() {
        interact(() -> {
            LazyTooltip.install(shape, "a point");
            assertNull(shape.getProperties().get(INSTALLED), "no tooltip before the mouse comes");
            enter(shape);
            Tooltip t = (Tooltip) shape.getProperties().get(INSTALLED);
            assertNotNull(t, "installed on the shape by the first hover");
            assertEquals("a point", t.getText());
            enter(shape);
            assertSame(t, shape.getProperties().get(INSTALLED), "made once");
            assertNull(LazyTooltip.text(new Rectangle()), "a node without one has none");
        });
    }

    /** Where {@link Tooltip#install} keeps a node's tooltip. */
    private static final String INSTALLED = "javafx.scene.control.Tooltip";
}
