package org.stepsizelab.app.view;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A tooltip that is made when the mouse first enters its node, not when the window is built.
 *
 * <p>Every {@link Tooltip} is a popup window with its own scene and style sheet; the window has
 * about a hundred of them (every number, control and preset explains itself), and making them all up
 * front cost about a tenth of the start-up on a cold JVM. The mouse entering the node makes the
 * tooltip and installs it; JavaFX's own hover logic then shows it on the next mouse move, as usual.
 */
public final class LazyTooltip {
    private static final String TEXT = "stepsize-lab.tooltip.text";
    private static final String STYLE = "stepsize-lab.tooltip.style";
    private static final String MAKER = "stepsize-lab.tooltip.maker";

    /** The timing of the window's explanations: quick to appear, long enough to read a formula. */
    public static final Consumer<Tooltip> EXPLANATION = t -> {
        t.setShowDelay(Duration.millis(350));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(false);
    };

    private LazyTooltip() {}

    /** Gives the node a tooltip with JavaFX's default look and timing. */
    public static void install(Node node, String text) {
        install(node, text, t -> { });
    }

    /**
     * Gives the node a tooltip with this text, styled by {@code style} when it is made. Called again on
     * the same node, it changes the text (of the tooltip already made, or of the one to come).
     */
    public static void install(Node node, String text, Consumer<Tooltip> style) {
        Tooltip made = made(node);
        if (made != null) {
            made.setText(text);
            return;
        }
        node.getProperties().put(TEXT, text);
        node.getProperties().put(STYLE, style);
        if (!node.getProperties().containsKey(MAKER)) {
            EventHandler<MouseEvent> maker = new EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    node.getProperties().remove(MAKER);
                    make(node);
                }
            };
            node.getProperties().put(MAKER, maker);
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, maker);
        }
    }

    /** The node's tooltip text (made or not yet), or null when it has none. */
    public static String text(Node node) {
        Tooltip made = made(node);
        return made != null ? made.getText() : (String) node.getProperties().get(TEXT);
    }

    private static Tooltip made(Node node) {
        return (Tooltip) node.getProperties().get(Tooltip.class);
    }

    @SuppressWarnings("unchecked")
    private static Tooltip make(Node node) {
        Tooltip t = new Tooltip((String) node.getProperties().remove(TEXT));
        ((Consumer<Tooltip>) node.getProperties().remove(STYLE)).accept(t);
        node.getProperties().put(Tooltip.class, t);
        if (node instanceof Control) {
            ((Control) node).setTooltip(t);
        } else {
            Tooltip.install(node, t);
        }
        return t;
    }
}
