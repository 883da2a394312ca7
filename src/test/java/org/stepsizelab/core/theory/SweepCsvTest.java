package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepCsvTest {

    static SweepResult result(double eta, long steps, double loss, long sStar, Long stable, boolean diverged) {
        return new SweepResult(eta, steps, loss, sStar, stable, 12.5, 0.01, diverged, 0.1234, false);
    }

    @Test
    void writesOneExactRowPerRunInOrder() {
        String csv = SweepCsv.format(List.of(result(1e4, 5000, 8.946531850562786E-6, 9, 66L, false),
                result(1, 5000, 0.2725254169904096, 0, null, false)));
        String[] lines = csv.split("\n");
        assertEquals(SweepCsv.HEADER, lines[0]);
        assertEquals("10000.0,5000,8.946531850562786E-6,9,66,12.5,0.01,false,0.123", lines[1]);
        assertEquals("1.0,5000,0.2725254169904096,0,,12.5,0.01,false,0.123", lines[2]);
        assertEquals(3, lines.length);
    }

    @Test
    void fitsLeaveOutDivergedRunsAndRunsWithoutEos() {
        List<SweepResult> rs = List.of(result(10, 100, 1e-2, 0, null, false), result(100, 200, 1e-4, 20, null, false),
                result(1000, 400, 1e-6, 200, null, false), result(1e6, 800, Double.NaN, 5, null, true));
        LogLogFit s = SweepFits.eosLengthVsEta(rs);
        assertEquals(2, s.points());
        assertEquals(1.0, s.slope(), 1e-12);
        LogLogFit t = SweepFits.finalLossVsSteps(rs);
        assertEquals(3, t.points());
        assertEquals(-2 / Math.log10(2), t.slope(), 1e-9);
        assertEquals(-2.0, SweepFits.finalLossVsEta(rs).slope(), 1e-12);
    }
}
