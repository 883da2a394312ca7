package org.stepsizelab.core.data;

import org.stepsizelab.core.InputException;

/**
 * A data set that cannot be built from what the user gave: a file that is missing, malformed or
 * inconsistent, or data-set parameters out of range. The message is one sentence naming the file
 * and the line/column or record (or the parameter), the offending value and what was expected.
 */
public class DataException extends InputException {

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
