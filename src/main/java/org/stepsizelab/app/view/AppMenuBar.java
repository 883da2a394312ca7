package org.stepsizelab.app.view;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * Presets, File, Run, Export and View menus. Presets, File (Open…, Save as…) and Export are filled
 * by the preset/export feature through {@link #presetsMenu()}, {@link #fileMenu()} and
 * {@link #exportMenu()}; Run and View carry every shortcut of the window.
 */
public final class AppMenuBar extends MenuBar {
    private final Menu presets = new Menu("Presets");
    private final Menu file = new Menu("File");
    private final Menu run = new Menu("Run");
    private final Menu export = new Menu("Export");
    private final Menu view = new Menu("View");

    public AppMenuBar(MainViewModel vm, Runnable resetZoom) {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        file.getItems().addAll(new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        presets.setId("menu-presets");
        export.setId("menu-export");

        for (Actions a : new Actions[] {Actions.RUN_PAUSE, Actions.STEP_1, Actions.STEP_10, Actions.STEP_100,
                Actions.STOP, Actions.RESET}) {
            run.getItems().add(item(a, () -> Actions.perform(a, vm)));
        }
        run.getItems().addAll(new SeparatorMenuItem(), item(Actions.PIN, vm::pin),
                item(Actions.CLEAR_PINS, () -> vm.pins().clear()));

        CheckMenuItem logX = check(Actions.LOG_X);
        logX.selectedProperty().bindBidirectional(vm.view().logXProperty());
        CheckMenuItem slide = check(Actions.SLIDE);
        slide.selectedProperty().bindBidirectional(vm.view().slideProperty());
        CheckMenuItem acc = new CheckMenuItem("Accuracy chart");
        acc.selectedProperty().bindBidirectional(vm.view().showAccuracyProperty());
        CheckMenuItem sharp = new CheckMenuItem("Sharpness chart (λ_max vs 2/η)");
        sharp.selectedProperty().bindBidirectional(vm.view().showSharpnessProperty());
        view.getItems().addAll(logX, slide, new SeparatorMenuItem(), acc, sharp, new SeparatorMenuItem(),
                item(Actions.RESET_ZOOM, resetZoom));
        view.setId("menu-view");
        getMenus().addAll(presets, file, run, export, view);
    }

    public Menu presetsMenu() {
        return presets;
    }

    public Menu fileMenu() {
        return file;
    }

    public Menu exportMenu() {
        return export;
    }

    public Menu viewMenu() {
        return view;
    }

    public Menu runMenu() {
        return run;
    }

    private static MenuItem item(Actions a, Runnable r) {
        MenuItem m = new MenuItem(a.text);
        m.setAccelerator(a.key);
        m.setOnAction(e -> r.run());
        return m;
    }

    private static CheckMenuItem check(Actions a) {
        CheckMenuItem m = new CheckMenuItem(a.text);
        m.setAccelerator(a.key);
        return m;
    }
}
