package org.stepsizelab.app.view;

import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.TextField;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.ParamSpec;

/**
 * A text field for one number: Enter or leaving the field submits; bad input is refused (the value
 * stays, the field turns red and the status bar says what is allowed).
 */
final class NumberField extends TextField {
    private final Supplier<String> format;

    private Runnable onBlank;

    NumberField(MainViewModel vm, ParamSpec spec, Observable source, Supplier<String> format,
                DoubleConsumer setter, String tip) {
        this.format = format;
        setPrefColumnCount(7);
        getStyleClass().add("number-field");
        setText(format.get());
        source.addListener(o -> {
            if (!isFocused() || !getStyleClass().contains("invalid")) {
                setText(format.get());
            }
        });
        setOnAction(e -> submit(vm, spec, setter));
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                submit(vm, spec, setter);
            }
        });
        Tips.on(this, tip + "\n" + capitalise(spec.allowed()) + ".");
    }

    /** Lets an empty field mean "the data set's default" instead of being refused. */
    NumberField blankMeans(Runnable r) {
        onBlank = r;
        return this;
    }

    private void submit(MainViewModel vm, ParamSpec spec, DoubleConsumer setter) {
        if (getText().equals(format.get())) {
            getStyleClass().remove("invalid");
            return;
        }
        if (onBlank != null && getText().isBlank()) {
            onBlank.run();
            getStyleClass().remove("invalid");
            vm.messageProperty().set(null);
            return;
        }
        String error = vm.submit(spec, getText(), setter);
        if (error == null) {
            getStyleClass().remove("invalid");
            setText(format.get());
        } else if (!getStyleClass().contains("invalid")) {
            getStyleClass().add("invalid");
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
