package org.stepsizelab.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.stepsizelab.core.EtaChange;

/**
 * A dotted vertical line on every chart where η was changed on the running trajectory; the top
 * chart names the new value ("η→100").
 */
final class EtaMarkers implements Overlay {
    private final PanelPlots plots;
    private final Map<ChartKind, List<ValueMarker>> markers = new EnumMap<>(ChartKind.class);

    EtaMarkers(PanelPlots plots) {
        this.plots = plots;
        for (ChartKind k : plots.kinds()) {
            markers.put(k, new ArrayList<>());
        }
    }

    @Override
    public void update(ChartData d) {
        List<EtaChange> changes = d.etaChanges();
        for (ChartKind k : plots.kinds()) {
            XYPlot plot = plots.plot(k);
            List<ValueMarker> old = markers.get(k);
            if (old.size() == changes.size()) {
                continue; // changes are only ever appended while a run streams
            }
            for (ValueMarker m : old) {
                plot.removeDomainMarker(0, m, Layer.FOREGROUND, false);
            }
            old.clear();
            for (EtaChange c : changes) {
                ValueMarker m = new ValueMarker(c.step(), Palette.BLACK, ChartStyle.dashed(1.2f, 2f));
                if (k == plots.first()) {
                    m.setLabel("η→" + Fmt.eng(c.eta()));
                    m.setLabelFont(plots.style().font(-1f));
                    m.setLabelBackgroundColor(Palette.LABEL_BACKING);
                    m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                    m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                }
                plot.addDomainMarker(0, m, Layer.FOREGROUND, false);
                old.add(m);
            }
        }
    }
}
