package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The placement rule on plain rectangles and segments. */
class LabelPlacementTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(50, 20, 600, 300);

    private static Rectangle2D box(double x, double y) {
        return new Rectangle2D.Double(x, y, 120, 18);
    }

    @Test
    void theFirstFreeSpotWins() {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(AREA);
        o.segment(40, 30, 700, 30, 1); // a curve along the top
        List<Rectangle2D> spots = List.of(box(60, 22), box(60, 300), box(60, 150));
        assertEquals(1, LabelPlacement.choose(spots, AREA, o, List.of()));
        assertEquals(0, LabelPlacement.choose(spots, AREA, new LabelPlacement.Obstacles(AREA), List.of()));
    }

    @Test
    void aCurvesStrokeWidthCounts() {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(AREA);
        o.segment(60, 42, 600, 42, 2.5); // 2 px under a box that ends at y = 40, drawn 5 px wide
        assertTrue(o.crosses(box(60, 22)));
        LabelPlacement.Obstacles thin = new LabelPlacement.Obstacles(AREA);
        thin.segment(60, 42, 600, 42, 1);
        assertFalse(thin.crosses(box(60, 22)));
    }

    @Test
    void aSteepSegmentThroughTheBoxIsSeenFromAnyColumn() {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(AREA);
        o.segment(55, 320, 640, 21, 0.5); // one long diagonal, binned in every column it spans
        assertTrue(o.crosses(box(300, 150)));
        assertEquals(1, o.hits(box(300, 150), 10), "counted once, though it lies in several bins");
    }

    @Test
    void pointMarksAreObstaclesToo() {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(AREA);
        o.point(100, 30, 6);
        assertTrue(o.crosses(box(60, 22)));
        assertFalse(o.crosses(box(200, 22)));
    }

    @Test
    void anotherLabelAndTheAreaEdgeAreAvoided() {
        LabelPlacement.Obstacles none = new LabelPlacement.Obstacles(AREA);
        List<Rectangle2D> spots = List.of(box(600, 22), box(60, 22), box(60, 60));
        // the first sticks out of the area on the right, the second is taken by a label placed before
        assertEquals(2, LabelPlacement.choose(spots, AREA, none, List.of(box(100, 30))));
    }

    @Test
    void withNoFreeSpotTheOneCrossingTheFewestSegmentsWins() {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(AREA);
        for (int i = 0; i < 5; i++) {
            o.segment(60 + 10 * i, 20, 60 + 10 * i, 320, 0.5); // five verticals under the first spot
        }
        o.segment(400, 20, 400, 320, 0.5); // one under the second
        o.segment(250, 20, 250, 320, 0.5); // and one under the third
        o.segment(260, 20, 260, 320, 0.5);
        assertEquals(1, LabelPlacement.choose(List.of(box(60, 100), box(350, 100), box(200, 100)), AREA, o, List.of()));
    }

    @Test
    void aLabelThatMayBeLeftOutIsWhenNoSpotIsFree() {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(AREA);
        o.segment(50, 31, 650, 31, 1);
        List<Rectangle2D> spots = List.of(box(60, 22), box(300, 22));
        assertEquals(-1, LabelPlacement.firstFree(spots, AREA, o, List.of()));
        assertEquals(0, LabelPlacement.choose(spots, AREA, o, List.of()), "one that must be drawn takes the first");
    }

    @Test
    void segmentsBesideTheAreaAreIgnoredCheaply() {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(AREA);
        o.segment(1e9, 30, 2e9, 30, 1); // far right of the area (a zoomed-in axis)
        o.segment(Double.NaN, 30, 100, 30, 1); // a gap
        assertFalse(o.crosses(box(60, 22)));
    }
}
