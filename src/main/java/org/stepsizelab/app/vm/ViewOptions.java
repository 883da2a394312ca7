package org.stepsizelab.app.vm;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.ChartStyle;

/** What the View menu switches: log step axis, slide style, which charts are stacked. */
public final class ViewOptions {
    /** A log step axis shows the short EoS phase and the 1/t stable phase together: on by default. */
    private final BooleanProperty logX = new SimpleBooleanProperty(this, "logX", true);
    private final BooleanProperty slide = new SimpleBooleanProperty(this, "slide", false);
    private final BooleanProperty showAccuracy = new SimpleBooleanProperty(this, "showAccuracy", true);
    private final BooleanProperty showSharpness = new SimpleBooleanProperty(this, "showSharpness", false);
    private final ReadOnlyObjectWrapper<ChartStyle> style = new ReadOnlyObjectWrapper<>(this, "style");

    public ViewOptions() {
        style.set(build());
        for (BooleanProperty p : new BooleanProperty[] {logX, slide, showAccuracy, showSharpness}) {
            p.addListener((o, a, b) -> style.set(build()));
        }
    }

    private ChartStyle build() {
        return ChartStyle.screen().withSlide(slide.get()).withLogX(logX.get())
                .withKind(ChartKind.ACCURACY, showAccuracy.get())
                .withKind(ChartKind.SHARPNESS, showSharpness.get());
    }

    public ReadOnlyObjectProperty<ChartStyle> styleProperty() { return style.getReadOnlyProperty(); }
    public BooleanProperty logXProperty() { return logX; }
    public BooleanProperty slideProperty() { return slide; }
    public BooleanProperty showAccuracyProperty() { return showAccuracy; }
    public BooleanProperty showSharpnessProperty() { return showSharpness; }
}
