package org.stepsizelab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public class StepsizeLabApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(StepsizeLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Stepsize Lab");
        stage.setScene(new Scene(new Label("Stepsize Lab"), 800, 600));
        stage.show();
    }
}
