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

    /**
     * How many of n points each side gives: half each (the extra one of an odd n to +1), and when a
     * side has fewer records than its half, the other side makes up the shortfall. So n equal to
     * all records of the chosen classes takes them all (e.g. the bundled CIFAR's 396 airplanes and
     * 366 automobiles for --n 762, the NumPy peer's workload); an n beyond that is refused by
     * {@link #pick}.
     *
     * @return {+1 count, −1 count}
     */
    static int[] counts(int n, int[] sides, int skipPlus, int skipMinus) {
        int availPlus = Math.max(0, countSide(sides, 1) - skipPlus);
        int availMinus = Math.max(0, countSide(sides, -1) - skipMinus);
        int plus = plusHalf(n);
        int minus = minusHalf(n);
        if (plus > availPlus && minus < availMinus) {
            int moved = Math.min(plus - availPlus, availMinus - minus);
            plus -= moved;
            minus += moved;
        } else if (minus > availMinus && plus < availPlus) {
            int moved = Math.min(minus - availMinus, availPlus - plus);
            minus -= moved;
            plus += moved;
        }
        return new int[] {plus, minus};
    }

    /** How many records are on {@code side} (+1 or −1). */
    static int countSide(int[] sides, int side) {
        int c = 0;
        for (int s : sides) {
            if (s == side) {
                c++;
            }
        }
        return c;
    }

    /** Training points on the +1 side for n points: the extra one of an odd n goes to +1. */
    static int plusHalf(int n) {
        return (n + 1) / 2;
    }

    static int minusHalf(int n) {
        return n / 2;
    }
}
