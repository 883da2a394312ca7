package org.stepsizelab.core;

/**
 * Bad user input: an option, preset field or data file that cannot be used. Its message is one
 * complete sentence naming the source (option, field, file, line, column), the offending value and
 * what is allowed. Front ends show the message as it is (the command line exits with code 2) and
 * never a stack trace.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
