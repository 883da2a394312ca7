package org.stepsizelab.app.view;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.scene.control.Slider;

/**
 * A slider on a log10 scale bound to a numeric property: dragging sets round values (3 significant
 * digits, or whole numbers), and the thumb follows the property when a field or preset changes it.
 */
final class LogSlider extends Slider {
    private boolean syncing;

    LogSlider(double lo, double hi, Property<Number> value, boolean integer, BooleanProperty adjusting) {
        super(Math.log10(lo), Math.log10(hi), Math.log10(Math.max(lo, value.getValue().doubleValue())));
        setMajorTickUnit(1);
        setMinorTickCount(0);
        setShowTickMarks(true);
        setBlockIncrement(0.1);
        valueProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            double v = Math.pow(10, b.doubleValue());
            double rounded = integer ? Math.max(1, Math.round(v))
                    : Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
            syncing = true;
            try {
                if (integer) {
                    value.setValue((int) rounded);
                } else {
                    value.setValue(rounded);
                }
            } finally {
                syncing = false;
            }
        });
        value.addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                try {
                    setValue(Math.log10(Math.max(Math.pow(10, getMin()), b.doubleValue())));
                } finally {
                    syncing = false;
                }
            }
        });
        valueChangingProperty().addListener((o, was, now) -> adjusting.set(now));
    }
}
