package org.stepsizelab.core.config;

import org.stepsizelab.core.InputException;

/**
 * A run configuration that cannot be used: an unknown key, a wrong JSON type, a value out of range,
 * an unreadable or malformed preset. The message is one line naming the source (file and field, or
 * command-line option), the value and what is allowed.
 */
public class ConfigException extends InputException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
