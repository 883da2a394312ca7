package org.stepsizelab.core.config;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages from core that name configuration keys, worded by each front end. Core writes a key as
 * {@link #key(ConfigKey)} ("{n}") or, followed by its value, {@link #value(ConfigKey, Object)}
 * ("{n=}40"); {@link #render} turns those marks into words: {@link #KEYS} (the default, and what
 * {@code InputException.getMessage()} gives) says "n" and "n = 40", the command line says "--n" and
 * "--n 40". So core never names a command-line flag, and a window user never reads one.
 *
 * <p>Only marks of known keys are replaced, so a brace in a file name or label passes unchanged.
 */
public final class KeyText {
    private KeyText() {}

    /** How a front end names a key, alone and before its value. */
    public interface Wording {
        String key(ConfigKey key);

        String beforeValue(ConfigKey key);
    }

    /** The preset keys: "n", "n = 40" (messages in the app, and core's default). */
    public static final Wording KEYS = wording(ConfigKey::key, k -> k.key() + " = ");

    /** A wording from two functions. */
    public static Wording wording(Function<ConfigKey, String> alone, Function<ConfigKey, String> beforeValue) {
        return new Wording() {
            @Override
            public String key(ConfigKey key) {
                return alone.apply(key);
            }

            @Override
            public String beforeValue(ConfigKey key) {
                return beforeValue.apply(key);
            }
        };
    }

    /** A mark for the key alone ("a smaller {n} fits"). */
    public static String key(ConfigKey key) {
        return "{" + key.key() + "}";
    }

    /** A mark for the key followed by its value ("{n=}40 is too small"). */
    public static String value(ConfigKey key, Object value) {
        return "{" + key.key() + "=}" + value;
    }

    private static final Pattern MARK = Pattern.compile("\\{([a-z_]+)(=?)}");

    /** The text with every mark of a known key worded by {@code wording}. */
    public static String render(String text, Wording wording) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = MARK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            ConfigKey k = ConfigKey.ofKey(m.group(1));
            String words = k == null ? m.group() : m.group(2).isEmpty() ? wording.key(k) : wording.beforeValue(k);
            m.appendReplacement(sb, Matcher.quoteReplacement(words));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
