package org.stepsizelab.core.data;

import org.stepsizelab.core.Dataset;

/** The data a run trains on, and an optional held-out test split scaled by the same factor. */
public record DataSplit(Dataset train, Dataset test) {

    public boolean hasTest() {
        return test != null;
    }
}
