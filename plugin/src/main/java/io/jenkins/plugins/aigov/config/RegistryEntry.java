package io.jenkins.plugins.aigov.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.YesNoMaybe;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import io.jenkins.plugins.aigov.JenkinsFacade;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PublicRegistries;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryCredentials;

/**
 * One package registry of the global configuration: the ecosystem it serves, its base URL, the id of the Jenkins
 * credentials to send (user name and password: HTTP Basic; secret text: Bearer token), and whether it is asked.
 * Registries of one ecosystem are asked in list order. A plain class with plain fields: XStream persists it.
 */
public final class RegistryEntry extends AbstractDescribableImpl<RegistryEntry> {
    private final String ecosystem;
    private final String url;
    private final String credentialsId;
    private final boolean enabled;
    private String name;

    /**
     * A registry.
     *
     * @param ecosystem     {@code maven}, {@code npm}, {@code pypi}, {@code go} or {@code cargo}
     * @param url           the base URL, http or https
     * @param credentialsId the id of the credentials to send, or blank
     * @param enabled       whether to ask it
     */
    @DataBoundConstructor
    public RegistryEntry(final String ecosystem, final String url, final String credentialsId,
            final boolean enabled) {
        this.ecosystem = ecosystemOf(ecosystem).name().toLowerCase(Locale.ROOT);
        this.url = checkedUrl(url).toString();
        this.credentialsId = credentialsId == null || credentialsId.isBlank() ? null : credentialsId.strip();
        this.enabled = enabled;
    }

    /** The public registry of an ecosystem, as the list starts when the admin has configured none. */
    static RegistryEntry publicRegistry(final Ecosystem ecosystem) {
        RegistryConfig config = PublicRegistries.of(ecosystem);
        RegistryEntry entry = new RegistryEntry(ecosystem.name(), config.baseUrl().toString(), null, true);
        entry.setName(config.name());
        return entry;
    }

    public String getEcosystem() {
        return ecosystem;
    }

    public String getUrl() {
        return url;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** A short name for logs and evidence; blank means one made of the ecosystem and host. */
    @DataBoundSetter
    public void setName(final String name) {
        this.name = name == null || name.isBlank() ? null : name.strip();
    }

    public String getName() {
        return name;
    }

    /** The ecosystem as the engine names it. */
    public Ecosystem ecosystem() {
        return ecosystemOf(ecosystem);
    }

    /** The name shown in logs: the given one, else {@code <ecosystem> registry <host>}. */
    public String displayName() {
        return name != null ? name : ecosystem + " registry " + URI.create(url).getHost();
    }

    /** The engine's registry, with the credentials resolved for this run (or {@code null}). */
    public RegistryConfig toConfig(final RegistryCredentials credentials) {
        return new RegistryConfig(displayName(), ecosystem(), URI.create(url), credentials, enabled);
    }

    @Override
    public String toString() {
        return displayName() + " (" + ecosystem + ", " + url + (credentialsId == null ? "" : ", credentials "
                + credentialsId) + (enabled ? "" : ", disabled") + ")";
    }

    static Ecosystem ecosystemOf(final String id) {
        if (id != null) {
            String key = id.strip().toUpperCase(Locale.ROOT);
            for (Ecosystem each : Ecosystem.values()) {
                if (each.name().equals(key) || each.purlType().equalsIgnoreCase(key)) {
                    return each;
                }
            }
        }
        throw new IllegalArgumentException("unknown ecosystem '" + id + "' (expected maven, npm, pypi, go or cargo)");
    }

    /** The URL checked as the engine will: http or https, a host, no user info, query or fragment. */
    static URI checkedUrl(final String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a registry needs a URL");
        }
        try {
            URI uri = new URI(text.strip());
            new RegistryConfig("check", Ecosystem.NPM, uri, null, true);
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + text.strip(), e);
        }
    }

    /** Describes the registry rows of the configuration form. */
    @Extension(dynamicLoadable = YesNoMaybe.YES)
    @Symbol("registry")
    public static final class DescriptorImpl extends Descriptor<RegistryEntry> {
        private transient JenkinsFacade jenkins;

        @Override
        public String getDisplayName() {
            return "Package registry";
        }

        /** The ecosystems. */
        public ListBoxModel doFillEcosystemItems() {
            ListBoxModel items = new ListBoxModel();
            for (Ecosystem each : Ecosystem.values()) {
                items.add(each.name().toLowerCase(Locale.ROOT), each.name().toLowerCase(Locale.ROOT));
            }
            return items;
        }

        /** The URL must be http or https with a host, and carry no credentials, query or fragment. */
        public FormValidation doCheckUrl(@QueryParameter final String value) {
            try {
                URI uri = checkedUrl(value);
                return "http".equalsIgnoreCase(uri.getScheme())
                        ? FormValidation.warning("Plain http: the credentials and answers travel unencrypted.")
                        : FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        /**
         * The credentials an administrator may choose: user name with password, or secret text. Others see only the
         * current value, so the list reveals nothing to them.
         */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter final String credentialsId) {
            String current = credentialsId == null ? "" : credentialsId;
            if (!jenkins().hasAdminister()) {
                return new StandardListBoxModel().includeCurrentValue(current);
            }
            return new StandardListBoxModel().includeEmptyValue()
                    // no item: the Jenkins-level stores, read as SYSTEM as the credentials plugin requires there
                    .includeMatchingAs(ACL.SYSTEM2, (Item) null, StandardCredentials.class, List.of(),
                            CredentialsMatchers.anyOf(
                                    CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                                    CredentialsMatchers.instanceOf(StringCredentials.class)))
                    .includeCurrentValue(current);
        }

        /** A credentials id is optional; when given, only administrators may check it. */
        @POST
        public FormValidation doCheckCredentialsId(@QueryParameter final String value, @QueryParameter final String url) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            jenkins().checkAdminister();
            if (url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("http:")) {
                return FormValidation.warning("These credentials would be sent over plain http.");
            }
            return FormValidation.ok();
        }

        JenkinsFacade jenkins() {
            if (jenkins == null) {
                jenkins = new JenkinsFacade();
            }
            return jenkins;
        }

        /** For tests: the Jenkins to ask for permissions. */
        void setJenkins(final JenkinsFacade facade) {
            this.jenkins = facade;
        }
    }
}
