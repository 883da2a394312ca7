package org.stepsizelab.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
        return parse(FileBytes.read(path), path, positiveLabel);
    }

    static Table parse(byte[] bytes, String source, String positiveLabel) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        int columns = -1;
        int firstLine = 0;
        List<double[]> features = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Label> distinct = new ArrayList<>();
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li].endsWith("\r") ? lines[li].substring(0, lines[li].length() - 1) : lines[li];
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            int lineNo = li + 1;
            String[] cells = line.split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = unquote(cells[c].trim());
            }
            if (columns < 0) {
                columns = cells.length;
                firstLine = lineNo;
                if (columns < 2) {
                    throw new DataException(source + " line " + lineNo + " has 1 column; expected at least one"
                            + " feature column and the label in the last column, separated by commas");
                }
                if (isHeader(cells)) {
                    continue;
                }
            } else if (cells.length != columns) {
                throw new DataException(source + " line " + lineNo + " has " + cells.length + " columns; expected "
                        + columns + " as on line " + firstLine);
            }
            double[] row = new double[columns - 1];
            for (int c = 0; c < columns - 1; c++) {
                row[c] = number(cells[c], source, lineNo, c + 1);
            }
            Label label = label(cells[columns - 1], source, lineNo, columns);
            if (!distinct.contains(label)) {
                if (distinct.size() == 2) {
                    throw new DataException(source + " line " + lineNo + ", column " + columns + ": a third label value '"
                            + label.text + "' after '" + distinct.get(0).text + "' and '" + distinct.get(1).text
                            + "'; expected exactly two label values");
                }
                distinct.add(label);
            }
            features.add(row);
            labels.add(label);
        }
        if (features.isEmpty()) {
            throw new DataException(source + " has no data rows; expected numeric features with a label in the last column");
        }
        if (distinct.size() < 2) {
            throw new DataException(source + ": every row has the label '" + distinct.get(0).text
                    + "'; expected two classes");
        }
        Label pos = positive(distinct, positiveLabel, source);
        Label neg = distinct.get(0).equals(pos) ? distinct.get(1) : distinct.get(0);
        int rows = features.size();
        int d = columns - 1;
        double[] x = new double[rows * d];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(features.get(i), 0, x, i * d, d);
            y[i] = labels.get(i).equals(pos) ? 1 : -1;
        }
        return new Table(source, rows, d, x, y, pos.text, neg.text);
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
            throw new DataException("--positive-label '" + positiveLabel + "' is not a label of " + source
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
