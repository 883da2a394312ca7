package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.config.ConfigKey;

/** An MLP run in the window's view models, without a display: it streams, has phases, pins and names its M. */
class MlpRunViewModelTest extends TickedViewModelTest {
    MlpRunViewModelTest() {
        super(20);
    }

    static RunConfig mlp() {
        return RunConfig.defaults().with(ConfigKey.DATASET, "gaussian").with(ConfigKey.N, 40)
                .with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3).with(ConfigKey.WIDTH, 6)
                .with(ConfigKey.ACTIVATION, "gelu").with(ConfigKey.LEAK, 0.0).with(ConfigKey.ETA, 5.0)
                .with(ConfigKey.STEPS, 60L);
    }

    @Test
    void anMlpRunsToTheEndPinsAndItsMarginAxisNamesM() throws Exception {
        vm = new MainViewModel(RunConfig.defaults(), clock::get, RunHistory.DEFAULT_CAPACITY);
        vm.params().load(mlp()); // what File ▸ Open preset… does, then start
        vm.start();
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        assertEquals("mlp", vm.run().configProperty().get().model());
        assertEquals(3, vm.run().configProperty().get().depth());
        assertEquals(60, vm.run().stepProperty().get());
        assertEquals(60, vm.run().phaseProperty().get().lastStep(), "the phases follow the MLP run");
        ChartData d = vm.chartDataProperty().get();
        assertEquals(61, d.current().table().size());
        assertEquals(vm.run().marginProperty().get(), d.current().table().value(Metric.MARGIN, 60));
        assertEquals("η=5, mlp L=3 m=6, gelu, gaussian", d.current().label());
        assertEquals(3.0, d.current().marginPower());
        assertEquals("γ̄(w_t), M = 3", ChartKind.MARGIN.axisLabel(d));

        vm.pin();
        assertEquals(1, vm.pins().pins().size());
        assertEquals(3.0, vm.chartDataProperty().get().pinned().get(0).marginPower());
        // a two-layer run beside the pinned MLP: the axis names both M, in legend order
        vm.params().load(RunConfig.defaults().withSteps(50));
        vm.start();
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        assertEquals("γ̄(w_t), M = 1, 3 (by run)", ChartKind.MARGIN.axisLabel(vm.chartDataProperty().get()));
    }
}
