package org.stepsizelab.app.tour;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.view.MainView;
import org.stepsizelab.app.view.TheoryFeature;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.SweepViewModel;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.preset.Tour;
import org.stepsizelab.core.preset.TourStep;
import org.stepsizelab.core.preset.Tours;

/**
 * Guided tours in the window: Help ▸ Tour of the paper (and any bundled tour), the caption bar
 * above the charts, the highlighted chart, and the keys a presenter's clicker sends: → and Page Down
 * for Next, ← and Page Up for Back (not while a text field has the focus).
 */
public final class TourFeature {
    private final TourViewModel tour;
    private final TourBar bar;
    private final TourHighlight highlight;

    private TourFeature(MainView view, MainViewModel vm) {
        tour = new TourViewModel(vm, s -> runSweep(view, s.sweep()));
        bar = new TourBar(tour);
        highlight = new TourHighlight(view.charts(), view.dataView());
        ((VBox) view.getTop()).getChildren().add(bar);
        tour.stepProperty().addListener((o, a, s) -> {
            boolean dataView = s != null && s.highlightsDataView();
            highlight.show(s == null || s.highlight() == null || dataView ? null
                    : ChartKind.valueOf(s.highlight().toUpperCase(Locale.ROOT)));
            highlight.showDataView(dataView);
        });
        Menu help = new Menu("Help");
        help.setId("menu-help");
        for (String name : Tours.bundledNames()) {
            Tour t = Tours.bundled(name);
            MenuItem item = new MenuItem(t.title() + " (" + t.steps().size() + " steps)");
            item.setId("tour-" + name);
            item.setOnAction(e -> tour.start(t));
            help.getItems().add(item);
        }
        view.menuBar().getMenus().add(help);
        view.getProperties().put(TourFeature.class, this);
    }

    public static TourFeature install(MainView view, MainViewModel vm) {
        return new TourFeature(view, vm);
    }

    /** The feature installed on a window's view, or null. */
    public static TourFeature of(MainView view) {
        return (TourFeature) view.getProperties().get(TourFeature.class);
    }

    /** The clicker keys, while a tour runs. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!tour.activeProperty().get() || scene.getFocusOwner() instanceof TextInputControl
                    || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
                tour.next();
                e.consume();
            } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) {
                tour.back();
                e.consume();
            }
        });
    }

    /**
     * The tour named by {@code --tour NAME} (a bundled name or a file), or null without the option.
     * A bad name or file throws the {@link InputException} that says why.
     */
    public static Tour fromArguments(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--tour=")) {
                return Tours.resolve(a.substring("--tour=".length()));
            }
            if (a.equals("--tour")) {
                if (i + 1 >= args.size()) {
                    throw new InputException("--tour needs a tour name or file (bundled: "
                            + String.join(", ", Tours.bundledNames()) + ")");
                }
                return Tours.resolve(args.get(i + 1));
            }
        }
        return null;
    }

    private static void runSweep(MainView view, TourStep.Sweep s) {
        TheoryFeature theory = TheoryFeature.of(view);
        if (theory == null) {
            return;
        }
        SweepViewModel sweeps = theory.sweeps();
        sweeps.cancel();
        if (s.over().equals("eta")) {
            sweeps.etaMinProperty().set(s.etaMin());
            sweeps.etaMaxProperty().set(s.etaMax());
            sweeps.etaCountProperty().set(s.count());
        } else {
            sweeps.stepsListProperty().set(String.join(",", s.stepsList().stream().map(String::valueOf).toList()));
            sweeps.etaPerStepProperty().set(s.etaPerStep());
            sweeps.fixedEtaProperty().set(s.fixedEta());
        }
        theory.sweepWindow(view).show();
        sweeps.start(s.over().equals("eta") ? SweepViewModel.Kind.OVER_ETA : SweepViewModel.Kind.OVER_STEPS);
    }

    public TourViewModel tour() { return tour; }
    public TourBar bar() { return bar; }
    ChartKind highlighted() { return highlight.kind(); }
    boolean dataViewHighlighted() { return highlight.dataViewShown(); }
}
