package org.stepsizelab.core.theory;

import org.stepsizelab.core.Num;

/**
 * One quantity of the theory report: its symbol in the paper's notation, its value, the formula
 * that defines it and the result it comes from (the app shows the last two as a tooltip).
 *
 * @param key a stable snake_case name for files (e.g. {@code beta_tilde})
 * @param value NaN when undefined (β̃ of ReLU) or not known yet (a threshold step not yet met)
 */
public record TheoryItem(String key, String symbol, String name, double value, String formula, String source) {

    /** The value as shown: compact engineering notation, "undefined" for NaN. */
    public String valueText() {
        return Double.isNaN(value) ? "undefined" : Num.compact(value);
    }

    /** Formula and source in one text, for tooltips. */
    public String explanation() {
        return name + "\n" + formula + "\nSource: " + source;
    }
}
