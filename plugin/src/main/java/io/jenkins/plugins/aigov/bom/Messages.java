package io.jenkins.plugins.aigov.bom;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of this package from {@code Messages.properties} (no localizer is available to generate this). */
final class Messages {
    private static final String BUNDLE = "io.jenkins.plugins.aigov.bom.Messages";

    private Messages() {
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments filled in. */
    static String get(final String key, final Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader())
                .getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
