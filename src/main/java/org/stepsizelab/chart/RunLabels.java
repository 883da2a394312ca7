package org.stepsizelab.chart;

import org.stepsizelab.core.RunConfig;

/** Short names for runs, as a legend shows them: "η=10⁴, m=20, softplus c=½". */
public final class RunLabels {
    private RunLabels() {}

    public static String of(RunConfig c) {
        StringBuilder b = new StringBuilder();
        b.append("η=").append(Fmt.power(c.eta())).append(", m=").append(c.width()).append(", ")
                .append(c.activation());
        if (c.leak() != 0) {
            b.append(" c=").append(Fmt.fraction(c.leak()));
        }
        if ("huber".equals(c.activation())) {
            b.append(" h=").append(Fmt.eng(c.huberH()));
        }
        if (!RunConfig.defaults().dataset().equals(c.dataset())) { // the default set goes unnamed
            b.append(", ").append(c.dataset());
        }
        if (!"logistic".equals(c.loss())) {
            b.append(", ").append(c.loss());
        }
        return b.toString();
    }
}
