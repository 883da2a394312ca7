package org.stepsizelab.app.view;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.TheoryViewModel;
import org.stepsizelab.core.theory.AssumptionCheck;
import org.stepsizelab.core.theory.TheoryItem;
import org.stepsizelab.core.theory.TheoryReport;

/**
 * The side panel's THEORY section: α, sup|φ'|, β̃, κ, ρ, β, γ, n, η and η/m, Theorem 2.2's
 * thresholds with the steps that met them, s*, 2/η, and ✓/✗ for each assumption. Every row's
 * tooltip gives the formula and the theorem; a failed assumption's tooltip says which results no
 * longer apply. Three toggles: the sharpness chart, the C/(ηt) line and Theorem 3.2's running-average
 * bound on the loss chart.
 */
public final class TheoryPanel extends VBox {
    /**
     * Shorter row labels where the paper's symbol is a whole formula (the tooltip still gives it),
     * and sup|φ''| for β̃, whose combining tilde many UI fonts drop (it would read as β).
     */
    private static final java.util.Map<String, String> SHORT = java.util.Map.of(
            "beta_tilde", "sup|φ''|",
            "monotone_threshold", "L thr. monotone",
            "stable_threshold", "L thr. stable",
            "monotone_step", "r (met at)",
            "stable_step", "s (met at)");

    private final GridPane values = new GridPane();
    private final VBox checks = new VBox(3);
    private final Label status = new Label();

    public TheoryPanel(MainViewModel vm, TheoryViewModel theory) {
        super(6);
        setId("theory-panel");
        Label title = new Label("THEORY");
        title.getStyleClass().add("section-title");
        CheckBox sharp = new CheckBox("Sharpness λ_max vs 2/η");
        sharp.setId("theory-sharpness");
        sharp.selectedProperty().bindBidirectional(vm.view().showSharpnessProperty());
        Tips.on(sharp, "Adds the chart of λ_max(∇²L(w_t)) (Lanczos on the exact Hessian-vector product) on a\n"
                + "log axis against the stability threshold 2/η. The run restarts computing it every K steps.");
        CheckBox rate = new CheckBox("C/(ηt) line (loss chart)");
        rate.setId("theory-rate-line");
        rate.selectedProperty().bindBidirectional(theory.rateLineProperty());
        Tips.on(rate, "Stable-phase rate L(w_t) ≲ 1/(ηt) (Theorem 2.2, docs/MATH.md §4): a line C/(ηt) through the\n"
                + "loss at the first step meeting the stable-phase threshold (or s*). Slope −1 on log-log axes.");
        CheckBox avg = new CheckBox("Thm 3.2 average bound (loss chart)");
        avg.setId("theory-avg-bound");
        avg.selectedProperty().bindBidirectional(theory.avgBoundProperty());
        Tips.on(avg, "EoS-phase bound (Theorem 3.2, docs/MATH.md §4): the running average (1/t)Σ_{k<t} L(w_k)\n"
                + "against C(1 + η²)/(ηt), C the smallest constant that keeps it above the average.\n"
                + "The bound is drawn only where the theorem's assumptions hold (γ > 0, α > 0, …).");
        values.setHgap(10);
        values.setVgap(2);
        values.setId("theory-values");
        checks.setId("theory-checks");
        status.setWrapText(true);
        status.getStyleClass().add("theory-status");
        getChildren().addAll(title, sharp, rate, avg, values, checks, status);
        setPadding(new Insets(0, 0, 4, 0));
        theory.reportProperty().addListener((o, a, r) -> show(r));
        status.textProperty().bind(theory.statusProperty());
        status.managedProperty().bind(theory.statusProperty().isNotNull());
        status.visibleProperty().bind(status.managedProperty());
        show(theory.reportProperty().get());
    }

    /** The rows shown, by item key, so a new report of the same items only changes texts. */
    private List<String> shownKeys = List.of();
    private final java.util.Map<String, Label> valueLabels = new java.util.HashMap<>();
    private final java.util.Map<String, Label> symbolLabels = new java.util.HashMap<>();

    private void show(TheoryReport r) {
        checks.getChildren().clear();
        if (r == null) {
            values.getChildren().clear();
            shownKeys = List.of();
            return;
        }
        List<String> keys = r.items().stream().map(TheoryItem::key).toList();
        if (keys.equals(shownKeys)) {
            // same rows (a milestone was met): new texts only, no new labels and tooltips
            for (TheoryItem i : r.items()) {
                Label val = valueLabels.get(i.key());
                val.setText(i.valueText());
                Tips.on(val, i.explanation());
                Tips.on(symbolLabels.get(i.key()), i.explanation());
            }
        } else {
            values.getChildren().clear();
            valueLabels.clear();
            symbolLabels.clear();
            int row = 0;
            for (TheoryItem i : r.items()) {
                Label sym = new Label(SHORT.getOrDefault(i.key(), i.symbol()));
                Label val = new Label(i.valueText());
                val.getStyleClass().add("value");
                val.setId("theory-" + i.key());
                val.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a value is never cut; a long symbol may be
                Tips.on(sym, i.explanation());
                Tips.on(val, i.explanation());
                values.addRow(row++, sym, val);
                valueLabels.put(i.key(), val);
                symbolLabels.put(i.key(), sym);
            }
            shownKeys = keys;
        }
        for (AssumptionCheck c : r.assumptions()) {
            String mark = switch (c.status()) {
                case HOLDS, RESCALED -> "✓ ";
                case FAILS -> "✗ ";
                case UNKNOWN -> "? ";
            };
            Label l = new Label(mark + c.assumption());
            l.setWrapText(true);
            l.getStyleClass().add(c.holds() ? "assumption-holds" : "assumption-fails");
            l.setId("theory-check-" + r.assumptions().indexOf(c));
            if (c.status() == AssumptionCheck.Status.FAILS) {
                l.setStyle("-fx-text-fill: #b34700;"); // the palette's vermillion, darkened for text
            }
            String tip = c.detail() + (c.holds() ? "" : "\n" + (c.status() == AssumptionCheck.Status.UNKNOWN
                    ? "If it fails: " : "") + c.consequence());
            Tips.on(l, tip);
            checks.getChildren().add(l);
        }
        if (!r.allAssumptionsHold()) {
            Label note = new Label("An assumption fails: the overlays of the theorems named in its tooltip do not apply.");
            note.setWrapText(true);
            note.getStyleClass().add("theory-note");
            checks.getChildren().add(note);
        }
    }
}
