package org.stepsizelab.app.export;

import java.nio.file.Path;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.chart.RunLabels;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.PictureRecipes;
import org.stepsizelab.core.preset.Presets;

/**
 * Presets in the app: load a bundled one, Open…, Save as…, and the last one remembered. Loading
 * shows the preset in the controls and starts it at once; anything wrong with a file is shown as
 * the command line would say it (file, line, column, field, allowed values).
 */
public final class PresetActions {
    private final MainViewModel vm;
    private final Asker asker;
    private final PresetMemory memory;
    /** The preset last loaded, so Save as… can keep its title and description when nothing changed. */
    private Preset current;

    public PresetActions(MainViewModel vm, Asker asker, PresetMemory memory) {
        this.vm = vm;
        this.asker = asker;
        this.memory = memory;
    }

    /** Loads the remembered preset into the controls (without starting: the app starts its run itself). */
    public boolean restoreLast() {
        return memory.last().map(p -> {
            show(p);
            return true;
        }).orElse(false);
    }

    public void loadBundled(Preset p) {
        show(p);
        memory.rememberBundled(p.name());
        vm.start();
    }

    public void open() {
        Path file = asker.openFile("Open preset");
        if (file == null) {
            return;
        }
        try {
            Preset p = Presets.read(file);
            show(p);
            memory.rememberFile(file);
            vm.start();
            if (PictureRecipes.isPictureName(file)) {
                int others = PictureRecipes.read(file).compared().size();
                if (others > 0) {
                    asker.showInfo("Opened the run of " + file.getFileName() + "; the figure also compared " + others
                            + (others == 1 ? " run" : " runs") + ", which `run --preset " + file.getFileName()
                            + " --png FILE` draws again.");
                }
            }
        } catch (InputException e) {
            asker.showError("Cannot open the preset", e.getMessage());
        }
    }

    /**
     * Trains on a file of the user's: a CSV table, a CIFAR-10 batch, or IDX images (then their
     * labels file is asked for too). A file the loader cannot read is reported in the window's
     * message line by the restarted run, naming the file, line or record.
     */
    public void openDataFile() {
        Path file = asker.openDataFile("Open data file");
        if (file == null) {
            return;
        }
        Path labels = null;
        if (org.stepsizelab.app.vm.DataFiles.needsLabels(file)) {
            labels = asker.openDataFile("Open the labels file for " + file.getFileName());
            if (labels == null) {
                return;
            }
        }
        vm.params().datasetProperty().set(org.stepsizelab.app.vm.DataFiles.datasetFor(file, labels));
    }

    public void saveAs() {
        RunConfig config = vm.params().config();
        boolean unchanged = current != null && current.config().equals(config);
        String suggested = (unchanged ? current.name() : "my-preset") + ".json";
        Path file = asker.saveTarget("Save preset as", suggested, "json", "Stepsize Lab preset (*.json)");
        if (file == null) {
            return;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        String title = unchanged ? current.title() : stem;
        String description = unchanged ? current.description() : "Saved from Stepsize Lab: " + RunLabels.of(config)
                + ", " + config.steps() + " steps.";
        try {
            Presets.save(file, config, title, description);
            current = Presets.read(file);
            memory.rememberFile(file);
            asker.showInfo("Saved preset " + file);
        } catch (InputException e) {
            asker.showError("Cannot save the preset", e.getMessage());
        }
    }

    /** The preset last loaded or saved, or null. */
    public Preset current() {
        return current;
    }

    private void show(Preset p) {
        current = p;
        vm.params().load(p.config());
    }
}
