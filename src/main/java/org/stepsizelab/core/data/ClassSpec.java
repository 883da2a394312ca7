package org.stepsizelab.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.stepsizelab.core.config.KeyText;
import org.stepsizelab.core.config.ConfigKey;

/**
 * Which classes of a multi-class file form the two labels: {@code A,B} (class A → +1, class B → −1)
 * or two groups {@code A1,A2,…:B1,B2,…} (every class of the first group → +1).
 */
record ClassSpec(int[] positive, int[] negative) {

    static ClassSpec parse(String text) {
        String t = text == null ? "" : text.trim();
        String usage = KeyText.value(ConfigKey.CLASSES, "'" + t + "'") + ": expected two classes 'A,B' or two groups 'A1,A2:B1,B2' of class"
                + " indices (class A → +1, class B → −1)";
        int[] pos;
        int[] neg;
        if (t.contains(":")) {
            String[] groups = t.split(":", -1);
            if (groups.length != 2) {
                throw new DataException(usage);
            }
            pos = indices(groups[0], usage);
            neg = indices(groups[1], usage);
        } else {
            int[] both = indices(t, usage);
            if (both.length != 2) {
                throw new DataException(usage);
            }
            pos = new int[] {both[0]};
            neg = new int[] {both[1]};
        }
        for (int a : pos) {
            for (int b : neg) {
                if (a == b) {
                    throw new DataException(KeyText.value(ConfigKey.CLASSES, "'" + t + "'") + ": class " + a
                            + " is on both sides; each class may be +1 or −1, not both");
                }
            }
        }
        return new ClassSpec(pos, neg);
    }

    private static int[] indices(String list, String usage) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String p = part.trim();
            if (!p.matches("\\d{1,9}")) {
                throw new DataException(usage);
            }
            int v = Integer.parseInt(p);
            if (out.contains(v)) {
                throw new DataException(KeyText.key(ConfigKey.CLASSES) + ": class " + v + " is listed twice");
            }
            out.add(v);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** +1, −1, or 0 when the class takes no part. */
    int label(int cls) {
        for (int a : positive) {
            if (a == cls) {
                return 1;
            }
        }
        for (int b : negative) {
            if (b == cls) {
                return -1;
            }
        }
        return 0;
    }

    /** Fails with a clear message when a class index does not occur in the data. */
    void requireKnown(boolean[] present, String setName) {
        for (int c : concat()) {
            if (c >= present.length || !present[c]) {
                throw new DataException(KeyText.key(ConfigKey.CLASSES) + ": class " + c + " does not occur in " + setName
                        + " (its classes: " + describe(present) + ")");
            }
        }
    }

    private int[] concat() {
        int[] all = Arrays.copyOf(positive, positive.length + negative.length);
        System.arraycopy(negative, 0, all, positive.length, negative.length);
        return all;
    }

    private static String describe(boolean[] present) {
        List<Integer> cs = new ArrayList<>();
        for (int i = 0; i < present.length; i++) {
            if (present[i]) {
                cs.add(i);
            }
        }
        return cs.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "0,1:7" style text of one side, for messages. */
    static String side(int[] classes) {
        return Arrays.stream(classes).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }
}
