package org.stepsizelab.chart;

import org.jfree.chart.axis.LogAxis;
import org.jfree.data.Range;

/**
 * A log axis that accepts a degenerate data range (one point, or a loss that no longer changes in
 * double precision): such a range is widened to a factor of 2 each way instead of being refused.
 */
final class SafeLogAxis extends LogAxis {
    SafeLogAxis(String label) {
        super(label);
    }

    @Override
    public void setRange(Range range, boolean turnOffAutoRange, boolean notify) {
        double lo = range.getLowerBound(), hi = range.getUpperBound();
        if (!(hi > lo * (1 + 1e-9)) && hi > 0) {
            range = new Range(hi / 2, hi * 2);
        } else if (!(hi > lo)) {
            range = new Range(1, 10);
        }
        super.setRange(range, turnOffAutoRange, notify);
    }
}
