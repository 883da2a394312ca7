package org.stepsizelab.core.data;

import java.util.Arrays;

/**
 * Picks records for a balanced training set or test split: the first {@code plus} records labelled
 * +1 and the first {@code minus} labelled −1 after skipping those an earlier pick took, returned in
 * file order. Records labelled 0 (classes not chosen) are passed over.
 */
final class BalancedPick {
    private BalancedPick() {}

    /**
     * @param sides +1, −1 or 0 per record
     * @param what how the error message names the request, e.g. "--n 1000 with --test-n 200"
     */
    static int[] pick(int[] sides, int plus, int minus, int skipPlus, int skipMinus, String source,
            String recordWord, String plusName, String minusName, String what) {
        int havePlus = 0;
        int haveMinus = 0;
        for (int s : sides) {
            if (s > 0) {
                havePlus++;
            } else if (s < 0) {
                haveMinus++;
            }
        }
        check(havePlus, skipPlus + plus, source, recordWord, plusName, "+1", what);
        check(haveMinus, skipMinus + minus, source, recordWord, minusName, "−1", what);
        int[] out = new int[plus + minus];
        int k = 0;
        int seenPlus = 0;
        int seenMinus = 0;
        for (int r = 0; r < sides.length && k < out.length; r++) {
            if (sides[r] > 0) {
                if (seenPlus >= skipPlus && seenPlus < skipPlus + plus) {
                    out[k++] = r;
                }
                seenPlus++;
            } else if (sides[r] < 0) {
                if (seenMinus >= skipMinus && seenMinus < skipMinus + minus) {
                    out[k++] = r;
                }
                seenMinus++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static void check(int have, int need, String source, String recordWord, String className,
            String side, String what) {
        if (have < need) {
            throw new DataException(source + " has " + have + " " + recordWord + "s of " + className + " (the "
                    + side + " side); " + what + " needs " + need + " of them");
        }
    }

    /** Training points on the +1 side for n points: the extra one of an odd n goes to +1. */
    static int plusHalf(int n) {
        return (n + 1) / 2;
    }

    static int minusHalf(int n) {
        return n / 2;
    }
}
