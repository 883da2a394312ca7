package org.stepsizelab.core.model;

/** One trained weight matrix of a {@link Model}: its name in outputs ("W", "W1", …) and shape. */
public record Layer(String name, int rows, int cols) {
    public Layer {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("layer " + name + " must be at least 1×1, got " + rows + "×" + cols);
        }
    }

    public int size() {
        return rows * cols;
    }
}
