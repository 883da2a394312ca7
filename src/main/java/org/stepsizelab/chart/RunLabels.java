package org.stepsizelab.chart;

import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.model.Mlp;

/** Short names for runs, as a legend shows them: "η=10⁴, m=20, softplus c=½", "η=2, mlp L=4 m=32, gelu, cifar". */
public final class RunLabels {
    private RunLabels() {}

    public static String of(RunConfig c) {
        StringBuilder b = new StringBuilder();
        b.append("η=").append(Fmt.power(c.eta())).append(", ");
        if (RunConfig.DEFAULT_MODEL.equals(c.model())) {
            b.append("m=").append(c.width());
        } else if (c.widths() != null && !c.widths().isEmpty()) { // "mlp [200,100,50]": the hidden widths
            b.append(c.model()).append(" [").append(c.widths().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","))).append(']');
        } else { // "mlp L=4 m=32": L trained layers, every hidden one m wide
            int depth = c.depth() == null ? Mlp.DEFAULT_DEPTH : c.depth();
            b.append(c.model()).append(" L=").append(depth).append(" m=").append(c.width());
        }
        b.append(", ").append(c.activation());
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
