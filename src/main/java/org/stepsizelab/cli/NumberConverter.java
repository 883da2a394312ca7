package org.stepsizelab.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A real-valued option: "0.5", "1e4", "-3". Says "is not a number" (picocli's default names the Java
 * type). NaN and infinities parse here and are then rejected by the option's range check, which
 * says what is allowed.
 */
final class NumberConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
        String t = text.trim().replace("_", "");
        // Java also accepts "1d", "2f" and hex floats: not numbers a user would write
        if (!t.isEmpty() && t.matches("[+-]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)")) {
            return Double.parseDouble(t);
        }
        throw new TypeConversionException("'" + text + "' is not a number");
    }
}
