package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The version of {@code aigov}, from a resource the build fills in (so it is right in the jar and in tests).
 */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "aigov-version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"aigov " + version(), "Java ${java.version} (${java.vendor})"};
    }

    /** The project version, or {@code unknown} when the resource is missing or was not filtered. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        }
        catch (IOException e) {
            return "unknown";
        }
    }
}
