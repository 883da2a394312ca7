package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stepsizelab.chart.ChartKind;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real start (TestFX on Monocle): the controls and the side panel are held out of the window
 * until the first chart is drawn, and then arrive in the places their placeholders kept.
 */
class SidePanelsAtStartAppTest extends ApplicationTest {
    private StepsizeLabApp app;
    private Object leftAtStart, rightAtStart;
    private double placeholderWidth;

    @Override
    public void start(Stage stage) {
        app = new StepsizeLabApp() {
            @Override
            protected boolean holdSidePanelsAtStart() {
                return true;
            }
        };
        app.start(stage);
        leftAtStart = app.view().getLeft();
        rightAtStart = app.view().getRight();
        placeholderWidth = ((Region) leftAtStart).getPrefWidth();
    }

    @AfterEach
    void closeWindow() throws Exception {
        interact(app::stop);
    }

    @Test
    void thePanelsArriveOnceTheFirstChartIsDrawn() throws Exception {
        assertNotSame(app.view().controls(), leftAtStart, "held out at first");
        assertNotSame(app.view().sidePanel(), rightAtStart);
        assertTrue(((Region) leftAtStart).getStyleClass().contains("controls"), "a placeholder in the controls' style");
        assertTrue(placeholderWidth == app.view().controls().getPrefWidth(), "as wide as the controls");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.view().getLeft() == app.view().controls());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> app.view().charts().labChart().pointCount(ChartKind.LOSS) > 0)
                .get(5, TimeUnit.SECONDS), "after a chart with data");
        assertSame(app.view().sidePanel(), app.view().getRight());
        assertTrue(lookup("#dataset").tryQuery().isPresent(), "the controls are in the window");
        assertTrue(lookup("#eta-slider").tryQuery().isPresent());
    }
}
