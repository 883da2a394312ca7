package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;

class DatasetInfoTest {

    @Test
    void everyBuiltInNameHasADescriptorAndLoadsWithItsDefaults() {
        assertEquals(List.of("xor", "separable", "lower-bound", "gaussian", "moons", "circles", "spiral", "mnist",
                "fashion", "cifar"), Datasets.NAMES);
        for (String name : Datasets.NAMES) {
            DatasetInfo info = DatasetInfo.of(name).orElseThrow();
            assertFalse(info.isUserFile());
            assertFalse(info.description().isBlank());
            Dataset t = DataConfig.of(name).load().train();
            info.param("n").ifPresent(p -> {
                if (p.defaultValue() != null) {
                    assertEquals(p.defaultValue(), t.n(), name + ": the advertised default n is the one applied");
                }
            });
            info.param("dim").ifPresent(p -> assertEquals(p.defaultValue(), t.d()));
        }
    }

    @Test
    void parameterKeysAreTheRunConfigOnes() {
        Set<String> keys = Set.of("n", "dim", "margin", "noise", "classes", "test_n", "positive_label");
        for (DatasetInfo i : DatasetInfo.all()) {
            for (DatasetInfo.Param p : i.params()) {
                assertTrue(keys.contains(p.key()), i.name() + " " + p.key());
                assertEquals("--" + p.key().replace('_', '-'), p.option());
                assertFalse(p.defaultText().isBlank());
            }
        }
    }

    @Test
    void userFilesMatchByPrefix() {
        assertEquals("csv:PATH", DatasetInfo.of("csv:/tmp/x.csv").orElseThrow().name());
        assertEquals("idx:IMAGES,LABELS", DatasetInfo.of("idx:a,b").orElseThrow().name());
        assertEquals("cifar:PATH", DatasetInfo.of("cifar:/data/batch.bin").orElseThrow().name());
        assertEquals("cifar", DatasetInfo.of("cifar").orElseThrow().name());
        assertTrue(DatasetInfo.of("csv:x").orElseThrow().isUserFile());
        assertTrue(DatasetInfo.of("blobs").isEmpty());
        assertTrue(DatasetInfo.of("xor").orElseThrow().params().isEmpty());
        assertTrue(DatasetInfo.of("separable").orElseThrow().uses("margin"));
        assertFalse(DatasetInfo.of("mnist").orElseThrow().uses("margin"));
    }
}
