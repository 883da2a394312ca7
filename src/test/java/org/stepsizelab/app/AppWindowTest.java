package org.stepsizelab.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.stepsizelab.app.vm.MainViewModel;
import org.testfx.framework.junit5.ApplicationTest;

/** A window test (TestFX on Monocle, headless): each test launches the app with the default run. */
abstract class AppWindowTest extends ApplicationTest {
    protected StepsizeLabApp app;

    @Override
    public void start(Stage stage) {
        app = new StepsizeLabApp();
        app.start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        interact(app::stop);
    }

    protected MainViewModel vm() {
        return app.viewModel();
    }
}
