package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;

class DataSourcesTest {

    @Test
    void everyBuiltInNameHasADescriptorAndLoadsWithItsDefaults() {
        assertEquals(List.of("xor", "separable", "fig4", "lower-bound", "gaussian", "moons", "circles", "spiral", "mnist",
                "fashion", "cifar"), Datasets.NAMES);
        for (String name : Datasets.NAMES) {
            DataSource info = DataSources.of(name).orElseThrow();
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
        for (DataSource i : DataSources.all()) {
            for (DataSource.Param p : i.params()) {
                assertTrue(keys.contains(p.key()), i.name() + " " + p.key());
                assertEquals("--" + p.key().replace('_', '-'), p.option());
                assertFalse(p.defaultText().isBlank());
            }
        }
    }

    @Test
    void userFilesMatchByPrefix() {
        assertEquals("csv:PATH", DataSources.of("csv:/tmp/x.csv").orElseThrow().name());
        assertEquals("idx:IMAGES,LABELS", DataSources.of("idx:a,b").orElseThrow().name());
        assertEquals("cifar:PATH", DataSources.of("cifar:/data/batch.bin").orElseThrow().name());
        assertEquals("cifar", DataSources.of("cifar").orElseThrow().name());
        assertTrue(DataSources.of("csv:x").orElseThrow().isUserFile());
        assertTrue(DataSources.of("blobs").isEmpty());
        assertTrue(DataSources.of("xor").orElseThrow().params().isEmpty());
        assertTrue(DataSources.of("separable").orElseThrow().uses("margin"));
        assertFalse(DataSources.of("mnist").orElseThrow().uses("margin"));
    }

    @Test
    void theRegistryKnowsFormsPathCountsAndTraits() {
        assertEquals(List.of("csv:PATH", "idx:IMAGES,LABELS", "cifar:PATH"), DataSources.fileForms());
        assertEquals(2, DataSources.of("idx:a,b").orElseThrow().paths());
        assertEquals("idx:", DataSources.of("idx:a,b").orElseThrow().prefix());
        assertEquals(List.of("xor", "separable", "fig4", "lower-bound", "gaussian", "moons", "circles", "spiral"),
                DataSources.all().stream().filter(DataSource::small).map(DataSource::name).toList());
        for (DataSource s : DataSources.all()) {
            if (s.planar()) {
                assertEquals(2, DataConfig.of(s.name()).load().train().d(), s.name() + " is 2-D");
            }
        }
        assertEquals("cifar:PATH", DataSources.forFile(java.nio.file.Path.of("data_batch_1.BIN.gz")).name());
        assertEquals("csv:PATH", DataSources.forFile(java.nio.file.Path.of("points.txt")).name());
    }
}
