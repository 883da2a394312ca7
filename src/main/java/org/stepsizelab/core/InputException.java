package org.stepsizelab.core;

import org.stepsizelab.core.config.KeyText;

/**
 * Bad user input: an option, preset field or data file that cannot be used. Its message is one
 * complete sentence naming the source (option, field, file, line, column), the offending value and
 * what is allowed. Configuration keys are named by key, never by a command-line flag
 * ({@code KeyText}); each front end words them ({@link #message(KeyText.Wording)}: the command line
 * says "--n 1", the app "n = 1"), shows the message (the command line exits with code 2) and never a
 * stack trace.
 */
public class InputException extends RuntimeException {

    /** @param message may name configuration keys with {@code KeyText} marks (worded by each front end) */
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message with the configuration keys it names as preset keys ("n = 1 is too small …"). */
    @Override
    public String getMessage() {
        return message(KeyText.KEYS);
    }

    /** The message with the configuration keys it names worded by a front end (the command line: flags). */
    public String message(KeyText.Wording wording) {
        return KeyText.render(super.getMessage(), wording);
    }
}
