package org.stepsizelab.chart.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.InputException;

class ExportSizeTest {
    @Test
    void parsesWidthByHeight() {
        assertEquals(new ExportSize(1920, 1080, 2), ExportSize.parse("--png-size", "1920x1080", 2));
        assertEquals(new ExportSize(3840, 2160, 1), ExportSize.parse("--png-size", " 3840 X 2160 ", 1));
        assertEquals(new ExportSize(1280, 720, 1), ExportSize.parse("--png-size", "1280×720", 1));
    }

    @Test
    void logicalSizeIsPixelsOverScale() {
        ExportSize s = new ExportSize(1920, 1080, 2);
        assertEquals(960, s.logicalWidth());
        assertEquals(540, s.logicalHeight());
    }

    @Test
    void badSizesAndScalesAreNamedWithWhatIsAllowed() {
        InputException e = assertThrows(InputException.class, () -> ExportSize.parse("--png-size", "1920*1080", 1));
        assertTrue(e.getMessage().contains("--png-size") && e.getMessage().contains("1920*1080")
                && e.getMessage().contains("WIDTHxHEIGHT"), e.getMessage());
        e = assertThrows(InputException.class, () -> new ExportSize(1920, 1080, 5));
        assertTrue(e.getMessage().contains("1 to 4"), e.getMessage());
        assertThrows(InputException.class, () -> new ExportSize(1920, 1080, Double.NaN));
        assertThrows(InputException.class, () -> new ExportSize(10, 1080, 1));
        assertThrows(InputException.class, () -> new ExportSize(20000, 1080, 1));
        assertThrows(InputException.class, () -> new ExportSize(100, 100, 4)); // 25×25 logical
    }
}
