package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;

/** The parameter panel's network choice (two-layer / MLP), depth, widths and margin power, without a display. */
class ParametersModelChoiceTest {

    @Test
    void anMlpPresetLoadsWithItsNetworkAndRoundTrips() {
        for (String name : List.of("fig1-cifar-mlp4-gelu-large", "fig1-cifar-mlp4-gelu-small", "poster-mnist-mlp3")) {
            Preset p = Presets.bundled(name);
            ParametersViewModel vm = new ParametersViewModel(RunConfig.defaults());
            vm.load(p.config());
            assertTrue(vm.isMlp(), name);
            assertEquals(p.config(), vm.config(), name + ": the controls keep every key, so Save preset keeps its title");
            assertEquals("mlp", vm.config().model());
            assertEquals(p.config().depth(), vm.depthProperty().get());
        }
    }

    @Test
    void switchingTheNetworkKeepsTheMlpSettingsButTheTwoLayerConfigStaysPlain() {
        ParametersViewModel vm = new ParametersViewModel(RunConfig.defaults());
        assertFalse(vm.isMlp());
        vm.modelProperty().set("mlp");
        vm.depthProperty().set(4);
        vm.marginPowerProperty().set(2.0);
        RunConfig deep = vm.config();
        assertEquals("mlp", deep.model());
        assertEquals(4, deep.depth());
        assertEquals(2.0, deep.marginPower());
        vm.modelProperty().set("two-layer");
        assertEquals(RunConfig.defaults(), vm.config(), "a two-layer run carries no MLP keys");
        vm.modelProperty().set("mlp");
        assertEquals(deep, vm.config(), "switching back restores depth and M");
    }

    @Test
    void aWidthsListSetsTheDepthAndAnotherDepthDropsTheList() {
        ParametersViewModel vm = new ParametersViewModel(RunConfig.defaults().with(ConfigKey.MODEL, "mlp"));
        vm.widthsProperty().set(ParametersViewModel.parseWidths(" 200, 100 ,50"));
        assertEquals(List.of(200, 100, 50), vm.config().widths());
        assertEquals(4, vm.config().depth(), "L = hidden layers + 1");
        vm.depthProperty().set(4);
        assertEquals(List.of(200, 100, 50), vm.config().widths(), "a matching depth keeps the list");
        vm.depthProperty().set(3);
        assertNull(vm.config().widths(), "another depth: every hidden layer m wide");
        assertEquals(3, vm.config().depth());
        vm.depthProperty().set(null);
        assertNull(vm.config().depth(), "blank depth: the MLP's default");
    }

    @Test
    void widthsAreParsedStrictly() {
        assertNull(ParametersViewModel.parseWidths("  "));
        assertEquals(List.of(7), ParametersViewModel.parseWidths("7"));
        assertEquals("200,100", ParametersViewModel.formatWidths(List.of(200, 100)));
        assertEquals("", ParametersViewModel.formatWidths(null));
        for (String bad : List.of("64,0", "64,x", "64,2.5", ",64")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ParametersViewModel.parseWidths(bad), bad);
            assertTrue(e.getMessage().startsWith("hidden widths: '"), e.getMessage());
            assertTrue(e.getMessage().contains("e.g. 200,100,50"), e.getMessage());
        }
        assertEquals("depth L: 1 is out of range; enter a whole number ≥ 2, e.g. 3",
                assertThrows(IllegalArgumentException.class, () -> ParamSpec.DEPTH.parse("1")).getMessage());
    }
}
