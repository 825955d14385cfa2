// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.EnvVars); compile-only, never packaged.
package hudson;

import java.util.Map;
import java.util.TreeMap;

/** Environment variables. */
public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;

    public EnvVars() {
    }

    public EnvVars(final Map<String, String> m) {
        putAll(m);
    }

    public EnvVars(final String... keyValuePairs) {
        if (keyValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments");
        }
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            put(keyValuePairs[i], keyValuePairs[i + 1]);
        }
    }

    public String get(final String key, final String defaultValue) {
        String value = get(key);
        return value == null ? defaultValue : value;
    }
}
