package org.stepsizelab.cli;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A long option value: "10000", "10_000" or an exact integer in scientific form such as "1e4". */
final class LongConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
        return parse(text, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
    }

    static long parse(String text, long min, long max, String what) {
        String t = text.trim().replace("_", "");
        try {
            BigDecimal d = new BigDecimal(t);
            if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                if (d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return d.longValueExact();
                }
                // name only the bound that was crossed: "from -9223372036854775808" confuses for --steps 1e20
                throw new TypeConversionException("'" + text + "' is out of range (allowed: " + what
                        + (d.signum() > 0 ? " up to " + max : " down to " + min) + ")");
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number at all: reported below
        }
        throw new TypeConversionException("'" + text + "' is not " + what);
    }
}
