package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stepsizelab.app.tour.TourFeature;
import org.stepsizelab.app.tour.TourViewModel;
import org.stepsizelab.app.view.PresentationMode;
import org.stepsizelab.core.preset.Tour;
import org.stepsizelab.core.preset.Tours;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Tour of the paper with a presenter's keys, and presentation mode (F11), on Monocle. */
class TourAndPresentationAppTest extends AppWindowTest {

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private TourViewModel tour() {
        return TourFeature.of(app.view()).tour();
    }

    private void expectStep(Tour paper, int i) throws Exception {
        assertEquals(i, tour().indexProperty().get());
        fx(() -> {
            assertEquals(paper.steps().get(i).caption(), lookup("#tour-caption").queryAs(Label.class).getText());
            assertEquals(paper.steps().get(i).preset().config(), vm().params().config(), "step " + i + "'s preset is loaded");
            return null;
        });
    }

    @Test
    void theHelpMenuStartsTheTourAndTheClickerKeysStepThroughIt() throws Exception {
        Tour paper = Tours.bundled("paper");
        MenuItem item = fx(() -> app.view().menuBar().getMenus().stream().filter(m -> "menu-help".equals(m.getId()))
                .findFirst().orElseThrow().getItems().get(0));
        assertTrue(item.getText().startsWith("Tour of the paper"), item.getText());
        assertFalse(lookup("#tour-bar").query().isVisible(), "no caption bar before the tour");
        interact(item::fire);
        assertTrue(lookup("#tour-bar").query().isVisible());
        expectStep(paper, 0);
        assertTrue(lookup("#tour-back").queryAs(Button.class).isDisabled(), "no Back on the first step");

        push(KeyCode.RIGHT);
        expectStep(paper, 1);
        assertEquals(1e4, vm().params().config().eta());
        push(KeyCode.PAGE_DOWN);
        expectStep(paper, 2);
        push(KeyCode.LEFT);
        expectStep(paper, 1);
        push(KeyCode.PAGE_UP);
        expectStep(paper, 0);
        push(KeyCode.PAGE_UP);
        expectStep(paper, 0);
        clickOn("#tour-next");
        expectStep(paper, 1);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> lookup("#tour-highlight").query().isVisible()));

        clickOn("#tour-close");
        assertFalse(lookup("#tour-bar").query().isVisible());
        push(KeyCode.RIGHT); // no tour: the keys do nothing to it
        assertEquals(-1, tour().indexProperty().get());
    }

    @Test
    void aStepAboutTheNeuronsSwitchesTheDataViewToThemAndOutlinesIt() throws Exception {
        Tour paper = Tours.bundled("paper");
        int neurons = -1;
        for (int i = 0; i < paper.steps().size(); i++) {
            if ("neurons".equals(paper.steps().get(i).highlight())) {
                neurons = i;
            }
        }
        assertTrue(neurons > 0, "the tour has a step on the Fig. 4 neurons");
        int target = neurons;
        interact(() -> {
            tour().start(paper);
            while (tour().indexProperty().get() < target) {
                tour().next();
            }
        });
        expectStep(paper, target);
        fx(() -> {
            assertEquals(org.stepsizelab.app.dataview.DataViewModel.Mode.NEURONS, vm().dataView().modeProperty().get());
            assertTrue(lookup("#data-view-neurons").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                    "the data view's Neurons button shows it");
            assertTrue(app.view().dataView().getStyleClass().contains("tour-highlighted"), "the data view is outlined");
            assertFalse(lookup("#tour-highlight").query().isVisible(), "and no chart is");
            return null;
        });
        interact(() -> tour().back());
        fx(() -> {
            assertFalse(app.view().dataView().getStyleClass().contains("tour-highlighted"));
            return null;
        });
    }

    @Test
    void tourArgumentsAreReadOrRefusedInOneLine() {
        assertEquals("Tour of the paper", TourFeature.fromArguments(java.util.List.of("--tour", "paper")).title());
        assertEquals(null, TourFeature.fromArguments(java.util.List.of()));
        String msg = org.junit.jupiter.api.Assertions.assertThrows(org.stepsizelab.core.InputException.class,
                () -> TourFeature.fromArguments(java.util.List.of("--tour=nope"))).getMessage();
        assertTrue(msg.contains("no bundled tour has that name (bundled: paper)"), msg);
    }
}
