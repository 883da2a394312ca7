package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A picked file becomes the command line's data-set name for it. */
class DataFilesTest {

    @Test
    void csvCifarAndIdxFilesGetTheirPrefixes() {
        Path csv = Path.of("/data/points.csv");
        assertEquals("csv:/data/points.csv", DataFiles.datasetFor(csv, null));
        assertEquals("csv:/data/t.csv.gz", DataFiles.datasetFor(Path.of("/data/t.csv.gz"), null));
        assertEquals("cifar:/data/data_batch_1.bin", DataFiles.datasetFor(Path.of("/data/data_batch_1.bin"), null));
        Path images = Path.of("/d/train-images-idx3-ubyte.gz");
        assertTrue(DataFiles.needsLabels(images));
        assertFalse(DataFiles.needsLabels(csv));
        assertEquals("idx:/d/train-images-idx3-ubyte.gz,/d/train-labels-idx1-ubyte.gz",
                DataFiles.datasetFor(images, Path.of("/d/train-labels-idx1-ubyte.gz")));
        assertThrows(IllegalArgumentException.class, () -> DataFiles.datasetFor(images, null));
    }

    @Test
    void relativePathsAreRecordedAbsolute() {
        String name = DataFiles.datasetFor(Path.of("points.csv"), null);
        assertEquals("csv:" + Path.of("points.csv").toAbsolutePath().normalize(), name);
    }
}
