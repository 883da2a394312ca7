package org.stepsizelab.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A format for tick labels: a subclass writes a double; whole numbers are written as doubles, and
 * labels are never parsed back.
 */
abstract class TickFormat extends NumberFormat {
    @Override
    public abstract StringBuffer format(double v, StringBuffer sb, FieldPosition pos);

    @Override
    public StringBuffer format(long v, StringBuffer sb, FieldPosition pos) {
        return format((double) v, sb, pos);
    }

    @Override
    public Number parse(String s, ParsePosition p) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
