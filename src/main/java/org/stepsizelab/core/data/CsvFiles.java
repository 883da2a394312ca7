package org.stepsizelab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.stepsizelab.core.config.KeyText;
import org.stepsizelab.core.config.ConfigKey;

/**
 * Reads a user's CSV file: comma-separated numeric feature columns with the label in the last
 * column; an optional header line (the first line is a header when one of its feature cells is not
 * a number); blank lines and lines starting with '#' are skipped; gzipped files are fine.
 *
 * <p>Labels: −1/+1 (+1 → +1), 0/1 (1 → +1), or any two distinct values, where the value on the first
 * data row becomes +1 unless {@code positiveLabel} names the other one.
 */
final class CsvFiles {
    private CsvFiles() {}

    /** Plain decimal numbers, and the spellings of NaN and infinity (so they are reported as such). */
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|(?i:nan|inf|infinity))");

    /** The rows of a CSV file as the loader sees them, labels already ±1. */
    record Table(String source, int rows, int d, double[] x, double[] y, String positive, String negative) {}

    static Table read(String path, String positiveLabel) {
        Shape shape;
        try (InputStream in = FileBytes.open(path)) {
            shape = Shape.scan(in);
        } catch (IOException e) {
            throw FileBytes.readFailed(e, path);
        }
        try (InputStream in = FileBytes.open(path)) {
            return parse(in, shape, path, positiveLabel);
        } catch (IOException e) {
            throw FileBytes.readFailed(e, path);
        }
    }

    static Table parse(byte[] bytes, String source, String positiveLabel) {
        try {
            return parse(new java.io.ByteArrayInputStream(bytes), Shape.scan(new java.io.ByteArrayInputStream(bytes)),
                    source, positiveLabel);
        } catch (IOException e) {
            throw FileBytes.readFailed(e, source);
        }
    }

    /**
     * Parses the file as it streams: the numbers go straight into one array sized by a first pass
     * ({@link Shape}), the labels into one byte per row. So a CSV costs about the memory of its
     * numbers (8 bytes each), not of its text and a row object per line.
     */
    private static Table parse(InputStream stream, Shape shape, String source, String positiveLabel) throws IOException {
        java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
        int columns = -1;
        int firstLine = 0;
        int d = 0;
        double[] x = null;
        byte[] label = null;
        int rows = 0;
        List<Label> distinct = new ArrayList<>(2);
        String[] cells = null;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            if (columns < 0) {
                columns = count(line);
                firstLine = lineNo;
                if (columns < 2) {
                    throw new DataException(source + " line " + lineNo + " has 1 column; expected at least one"
                            + " feature column and the label in the last column, separated by commas");
                }
                cells = new String[columns];
                d = columns - 1;
                split(line, cells);
                boolean header = isHeader(cells);
                int dataLines = Math.max(1, shape.contentLines - (header ? 1 : 0));
                long capacity = (long) dataLines * d;
                if (capacity > Integer.MAX_VALUE - 8) {
                    throw new DataException(source + ": " + dataLines + " rows of " + d
                            + " features are more numbers than one array holds (2^31 - 1)");
                }
                x = new double[(int) capacity];
                label = new byte[dataLines];
                if (header) {
                    continue;
                }
            } else {
                int c = count(line);
                if (c != columns) {
                    throw new DataException(source + " line " + lineNo + " has " + c + " columns; expected "
                            + columns + " as on line " + firstLine);
                }
                split(line, cells);
            }
            if (rows == label.length) { // the first pass saw fewer lines (a Unicode blank, say): grow
                label = java.util.Arrays.copyOf(label, rows + rows / 2 + 1);
                x = java.util.Arrays.copyOf(x, label.length * d);
            }
            for (int c = 0; c < d; c++) {
                x[rows * d + c] = number(cells[c], source, lineNo, c + 1);
            }
            Label l = label(cells[columns - 1], source, lineNo, columns);
            int index = distinct.indexOf(l);
            if (index < 0) {
                if (distinct.size() == 2) {
                    throw new DataException(source + " line " + lineNo + ", column " + columns + ": a third label value '"
                            + l.text + "' after '" + distinct.get(0).text + "' and '" + distinct.get(1).text
                            + "'; expected exactly two label values");
                }
                distinct.add(l);
                index = distinct.size() - 1;
            }
            label[rows] = (byte) index;
            rows++;
        }
        if (rows == 0) {
            throw new DataException(source + " has no data rows; expected numeric features with a label in the last column");
        }
        if (distinct.size() < 2) {
            throw new DataException(source + ": every row has the label '" + distinct.get(0).text
                    + "'; expected two classes");
        }
        Label pos = positive(distinct, positiveLabel, source);
        Label neg = distinct.get(0).equals(pos) ? distinct.get(1) : distinct.get(0);
        int posIndex = distinct.indexOf(pos);
        if (x.length != rows * d) {
            x = java.util.Arrays.copyOf(x, rows * d); // lines the first pass could not tell from data
        }
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = label[i] == posIndex ? 1 : -1;
        }
        return new Table(source, rows, d, x, y, pos.text, neg.text);
    }

    /** The number of comma-separated cells of a line. */
    private static int count(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    /** Splits a line into exactly {@code cells.length} trimmed, unquoted cells (the count was checked). */
    private static void split(String line, String[] cells) {
        int from = 0;
        for (int c = 0; c < cells.length; c++) {
            int to = c == cells.length - 1 ? line.length() : line.indexOf(',', from);
            cells[c] = unquote(line.substring(from, to).trim());
            from = to + 1;
        }
    }

    /**
     * The first pass over the bytes: how many lines are neither blank nor comments (an upper bound of
     * the data rows: the header is among them), so the second pass can size its arrays once.
     */
    private static final class Shape {
        int contentLines;

        static Shape scan(InputStream in) throws IOException {
            Shape s = new Shape();
            byte[] buf = new byte[1 << 16];
            boolean atStart = true; // only blanks seen on this line so far
            boolean counted = false;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        atStart = true;
                        counted = false;
                    } else if (atStart && !counted) {
                        if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0b) {
                            continue;
                        }
                        atStart = false;
                        if (b != '#') {
                            s.contentLines++;
                            counted = true;
                        }
                    }
                }
            }
            return s;
        }
    }

    private static boolean isHeader(String[] cells) {
        for (int c = 0; c < cells.length - 1; c++) {
            if (parse(cells[c]) == null) {
                return true;
            }
        }
        return false;
    }

    private static double number(String cell, String source, int line, int column) {
        Double v = parse(cell);
        if (v == null) {
            throw new DataException(source + " line " + line + ", column " + column + ": '" + cell
                    + "' is not a number; feature columns must be numeric");
        }
        if (!Double.isFinite(v)) {
            throw new DataException(source + " line " + line + ", column " + column + ": '" + cell
                    + "' is not a finite number; NaN and infinite values are not allowed");
        }
        return v;
    }

    private static Label label(String cell, String source, int line, int column) {
        if (cell.isEmpty()) {
            throw new DataException(source + " line " + line + ", column " + column + ": the label is empty");
        }
        Double v = parse(cell);
        if (v != null && !Double.isFinite(v)) {
            throw new DataException(source + " line " + line + ", column " + column + ": label '" + cell
                    + "' is not a finite number");
        }
        return new Label(cell, v);
    }

    private static Label positive(List<Label> distinct, String positiveLabel, String source) {
        Label a = distinct.get(0);
        Label b = distinct.get(1);
        if (positiveLabel != null) {
            Label wanted = new Label(positiveLabel.trim(), parse(positiveLabel.trim()));
            for (Label l : distinct) {
                if (l.equals(wanted)) {
                    return l;
                }
            }
            throw new DataException(KeyText.value(ConfigKey.POSITIVE_LABEL, "'" + positiveLabel + "'") + " is not a label of " + source
                    + "; its labels are '" + a.text + "' and '" + b.text + "'");
        }
        if (a.value != null && b.value != null) {
            double lo = Math.min(a.value, b.value);
            double hi = Math.max(a.value, b.value);
            if (hi == 1 && (lo == -1 || lo == 0)) {
                return a.value == 1 ? a : b;
            }
        }
        return a;
    }

    /** A finite or infinite double, or null when the cell is not a number. */
    private static Double parse(String cell) {
        String s = cell.trim();
        if (s.isEmpty() || !NUMBER.matcher(s).matches()) {
            return null;
        }
        switch (s.replaceFirst("^[+-]", "").toLowerCase()) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "infinity":
                return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).trim() : s;
    }

    /** A label value: numbers compare by value ("1", "+1" and "1.0" are one label), other text as written. */
    private static final class Label {
        final String text;
        final Double value;

        Label(String text, Double value) {
            this.text = text;
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Label)) {
                return false;
            }
            Label l = (Label) o;
            return value != null && l.value != null ? value.doubleValue() == l.value.doubleValue()
                    : value == null && l.value == null && text.equals(l.text);
        }

        @Override
        public int hashCode() {
            return value != null ? Double.hashCode(value) : text.hashCode();
        }
    }
}
