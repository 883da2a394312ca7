package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.LabChart;
import org.stepsizelab.core.preset.Presets;
import org.testfx.util.WaitForAsyncUtils;

/** The MODEL section's network choice in the window (TestFX on Monocle): MLP controls shown only for the MLP. */
class MlpControlsAppTest extends AppWindowTest {

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
    }

    /** The control and every container around it in its section's grid are visible and laid out. */
    private boolean shown(String id) {
        for (Node n = lookup(id).query(); n != null && !(n instanceof javafx.scene.layout.GridPane); n = n.getParent()) {
            if (!n.isVisible() || !n.isManaged()) {
                return false;
            }
        }
        return true;
    }

    private LabChart chart() {
        return app.view().charts().labChart();
    }

    @Test
    void choosingTheMlpShowsItsControlsAndDropsEtaOverM() throws Exception {
        waitFor(() -> vm().run().stateProperty().get().over());
        assertFalse(shown("#depth-field"), "two-layer: no depth");
        assertFalse(shown("#widths-field"));
        assertFalse(shown("#margin-power-field"));
        assertTrue(lookup("#eta-readout").queryAs(Label.class).getText().contains("η/m"));
        assertEquals("γ̄(w_t), M = 1", fx(() -> chart().plot(ChartKind.MARGIN).getRangeAxis().getLabel()));

        ComboBox<String> model = lookup("#model").queryComboBox();
        interact(() -> model.setValue("mlp"));
        assertTrue(shown("#depth-field") && shown("#widths-field") && shown("#margin-power-field"));
        assertFalse(lookup("#eta-readout").queryAs(Label.class).getText().contains("η/m"), "no mean-field η/m");
        assertTrue(shown("#width-field"));
        TextField widths = lookup("#widths-field").queryAs(TextField.class);
        interact(() -> {
            widths.setText("8, 4");
            widths.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(java.util.List.of(8, 4), vm().params().config().widths());
        assertEquals("3", lookup("#depth-field").queryAs(TextField.class).getText(), "depth follows the list");
        assertFalse(shown("#width-field"), "a widths list: m does not apply");
        // the valid list restarts the run a moment later, and a start clears the message line: wait
        // for it, or it could clear the message of the refused list below
        waitFor(() -> fx(() -> java.util.List.of(8, 4).equals(vm().run().configProperty().get().widths())));
        interact(() -> {
            widths.setText("8, x");
            widths.fireEvent(new javafx.event.ActionEvent());
        });
        assertTrue(widths.getStyleClass().contains("invalid"));
        assertTrue(vm().messageProperty().get().startsWith("hidden widths: 'x'"), vm().messageProperty().get());
        assertEquals(java.util.List.of(8, 4), vm().params().config().widths(), "refused: nothing changed");
    }

    @Test
    void openingTheFig1PresetRunsTheFourLayerMlp() throws Exception {
        waitFor(() -> vm().run().stateProperty().get().over());
        // File ▸ Open preset… loads the preset into the controls and starts it (a few steps: CIFAR is large)
        var preset = Presets.bundled("fig1-cifar-mlp4-gelu-large");
        interact(() -> {
            vm().params().load(preset.config().withSteps(6));
            vm().start();
        });
        waitFor(() -> vm().run().stateProperty().get() == RunState.FINISHED);
        assertEquals("mlp", vm().run().configProperty().get().model());
        assertEquals(6, vm().run().stepProperty().get());
        assertEquals("mlp", lookup("#model").queryComboBox().getValue());
        assertEquals("4", lookup("#depth-field").queryAs(TextField.class).getText());
        assertTrue(shown("#depth-field"));
        waitFor(() -> fx(() -> chart().pointCount(ChartKind.LOSS) > 0));
        assertEquals("γ̄(w_t), M = 4", fx(() -> chart().plot(ChartKind.MARGIN).getRangeAxis().getLabel()));
        interact(() -> vm().pin());
        assertEquals(1, vm().pins().pins().size());
        waitFor(() -> fx(() -> chart().data().pinned().size() == 1));
    }
}
