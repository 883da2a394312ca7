package org.stepsizelab.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An int option value: "20", or an exact integer in scientific form such as "1e3". */
final class IntegerConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
        long v = LongConverter.parse(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer");
        return (int) v;
    }
}
