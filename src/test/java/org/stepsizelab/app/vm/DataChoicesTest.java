package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The app's data-set controls follow the data sets' own descriptors. */
class DataChoicesTest {

    @Test
    void parametersShownAreTheOnesEachSetReads() {
        for (String key : new String[] {"n", "dim", "margin", "noise", "classes", "test_n"}) {
            assertFalse(DataChoices.uses("xor", key), key);
        }
        assertTrue(DataChoices.uses("separable", "dim"));
        assertTrue(DataChoices.uses("lower-bound", "margin"));
        assertFalse(DataChoices.uses("lower-bound", "n"));
        assertTrue(DataChoices.uses("moons", "noise"));
        assertTrue(DataChoices.uses("mnist", "classes"));
        assertTrue(DataChoices.uses("cifar", "test_n"));
        assertFalse(DataChoices.uses("mnist", "noise"));
        assertFalse(DataChoices.uses(null, "n"));
    }

    @Test
    void defaultsAndDescriptionsComeFromTheDescriptors() {
        assertEquals("0.05", DataChoices.defaultText("separable", "margin"));
        assertEquals("1000", DataChoices.defaultText("fashion", "n"));
        assertEquals("0,1", DataChoices.defaultText("mnist", "classes"));
        assertTrue(DataChoices.defaultText("cifar", "n").contains("732"));
        assertTrue(DataChoices.description("spiral").contains("spirals"));
        assertTrue(DataChoices.names().contains("fashion"));
    }
}
