package org.stepsizelab.app.dataview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.view.LazyTooltip;

/**
 * The DATA VIEW beside the charts: the picture of one step (live, or scrubbed to), a time slider on a
 * log(1 + t) scale, Play/Pause (replays the run in log time) and Live. Shows finished images only:
 * every picture is computed and drawn by {@link DataViewModel} off the FX thread.
 */
public final class DataViewPanel extends VBox {
    private final DataViewModel vm;
    private final ImageView image = new ImageView();
    /** Under the square map on a tall panel: the Fig. 4 chart (redrawn at most once a second while the run streams). */
    private final ImageView strip = new ImageView();
    private final StackPane canvas = new StackPane(image, strip);
    private BufferedImage stripShown;
    private final Slider slider = new Slider(0, 1, 0);
    private final Button play = new Button("▶ Play");
    private final Button live = new Button("● Live");
    private final Label caption = new Label();
    private boolean updatingSlider;
    /** The image the pictures are copied into. */
    private WritableImage shown;
    /**
     * Hands finished pictures over at every pulse (60 Hz), not only at the window's 30 Hz drain, so
     * the picture rate is limited by the drawing thread, not by the drain.
     */
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model().tick();
        }
    };

    public DataViewPanel(DataViewModel vm) {
        super(6);
        this.vm = vm;
        setId("data-view");
        getStyleClass().add("data-view");
        setPadding(new Insets(6, 8, 6, 8));
        Label title = new Label("DATA VIEW");
        title.getStyleClass().add("section-title");
        LazyTooltip.install(title, "Map: the network's decision value f(W_t; x) over the plane (blue > 0 > red),"
                + " the boundary f = 0 (black), each neuron's line w_jᵀx = 0 (dashed: blue a_j = +1, red a_j = −1),"
                + " training points filled, test points hollow, misclassified points ringed. Images (image data):"
                + " training images framed by their margins, the neurons' weights, the margin histogram.");

        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("data-view-image");
        // the image never sizes the panel (that would feed back into the layout): the panel sizes the image
        image.setManaged(false);
        strip.setManaged(false);
        strip.setId("data-view-strip");
        canvas.setMinSize(120, 120);
        canvas.setPrefSize(420, 420);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        canvas.widthProperty().addListener((o, a, w) -> resized());
        canvas.heightProperty().addListener((o, a, h) -> resized());

        slider.setId("data-view-slider");
        LazyTooltip.install(slider, "Drag to show the state at step t (the nearest kept snapshot); log scale in t");
        HBox.setHgrow(slider, Priority.ALWAYS);
        play.setId("data-view-play");
        LazyTooltip.install(play, "Replay the run in the data view (log time: the EoS phase is not a blur)");
        play.setOnAction(e -> vm.togglePlay());
        live.setId("data-view-live");
        LazyTooltip.install(live, "Follow the running training again");
        live.setOnAction(e -> vm.goLive());
        ToggleGroup modes = new ToggleGroup();
        ToggleButton map = new ToggleButton("Map");
        map.setId("data-view-map");
        LazyTooltip.install(map, "The decision map f(W_t; x) and the points at the step shown");
        ToggleButton images = new ToggleButton("Images");
        images.setId("data-view-images");
        LazyTooltip.install(images, "Image data: training images framed by the sign and size of y_i f(x_i), each"
                + " neuron's input weights as an image, and the histogram of the margins with the minimum marked");
        ToggleButton neurons = new ToggleButton("Neurons");
        neurons.setId("data-view-neurons");
        LazyTooltip.install(neurons, "Each neuron's normalized margin min_i y_i a_j φ(w_jᵀx_i)/‖w_j‖ over the run"
                + " beside the network's (the paper's Fig. 4: the neurons' stay negative while the network's turns positive)");
        map.setToggleGroup(modes);
        images.setToggleGroup(modes);
        neurons.setToggleGroup(modes);
        map.setSelected(true);
        // the map is for 2-D and low-dimensional data, the image views for image data
        map.disableProperty().bind(vm.imageDataProperty());
        images.disableProperty().bind(vm.imageDataProperty().not());
        modes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one mode is always chosen
            } else {
                vm.modeProperty().set(t == neurons ? DataViewModel.Mode.NEURONS
                        : t == images ? DataViewModel.Mode.IMAGES : DataViewModel.Mode.MAP);
            }
        });
        vm.modeProperty().addListener((o, a, m) -> { // the model switches Map ↔ Images with the data
            ToggleButton want = m == DataViewModel.Mode.NEURONS ? neurons
                    : m == DataViewModel.Mode.IMAGES ? images : map;
            if (!want.isSelected()) {
                want.setSelected(true);
            }
        });
        HBox header = new HBox(8, title, new Region(), map, images, neurons);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox controls = new HBox(6, play, live, slider);
        controls.setAlignment(Pos.CENTER_LEFT);
        caption.setId("data-view-caption");
        caption.getStyleClass().add("hint");
        caption.textProperty().bind(vm.captionProperty());
        getChildren().addAll(header, canvas, controls, caption);

        vm.frameProperty().addListener((o, a, f) -> {
            if (f != null) {
                show(f.image());
                showStrip(f.strip(), f.image().getHeight());
            }
        });
        vm.playingProperty().addListener((o, a, p) -> play.setText(p ? "❚❚ Pause" : "▶ Play"));
        vm.scrubStepProperty().addListener((o, a, t) -> syncSlider());
        vm.lastKeptStepProperty().addListener((o, a, t) -> syncSlider());
        slider.valueProperty().addListener((o, a, v) -> {
            if (!updatingSlider) {
                vm.scrubTo(Math.round(Math.expm1(v.doubleValue())));
            }
        });
        sceneProperty().addListener((o, a, sc) -> {
            if (sc != null) {
                pulse.start();
            } else {
                pulse.stop();
            }
        });
    }

    /**
     * Copies a finished picture into the panel's one image (a new image only when the size changes):
     * one copy of the pixels, no image or texture made per picture.
     */
    private void show(BufferedImage picture) {
        int w = picture.getWidth(), h = picture.getHeight();
        if (picture.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            shown = null;
            image.setImage(SwingFXUtils.toFXImage(picture, null));
            return;
        }
        if (shown == null || (int) shown.getWidth() != w || (int) shown.getHeight() != h) {
            shown = new WritableImage(w, h);
            image.setImage(shown);
        }
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        shown.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
    }

    /** The neuron strip under the map (null: none); a new strip image is converted once, when it comes. */
    private void showStrip(BufferedImage picture, int mapHeight) {
        strip.setVisible(picture != null);
        if (picture == null || picture == stripShown) {
            strip.setLayoutY(mapHeight);
            return;
        }
        stripShown = picture;
        strip.setImage(SwingFXUtils.toFXImage(picture, null));
        strip.setLayoutX(0);
        strip.setLayoutY(mapHeight);
    }

    private void resized() {
        int w = (int) Math.floor(canvas.getWidth()), h = (int) Math.floor(canvas.getHeight());
        if (w >= 64 && h >= 64) {
            vm.widthProperty().set(w);
            vm.heightProperty().set(h);
            image.setFitWidth(w);
            image.setFitHeight(h);
        }
    }

    /** The slider follows the step shown (or the newest one, live) without scrubbing. */
    private void syncSlider() {
        updatingSlider = true;
        try {
            double max = Math.log1p(Math.max(1, vm.lastKeptStepProperty().get()));
            slider.setMax(max);
            long t = vm.live() ? vm.lastKeptStepProperty().get() : vm.scrubStepProperty().get();
            slider.setValue(Math.min(max, Math.log1p(Math.max(0, t))));
        } finally {
            updatingSlider = false;
        }
    }

    public DataViewModel model() {
        return vm;
    }

    public ImageView imageView() {
        return image;
    }
}
