// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel); compile-only, never packaged.
package com.cloudbees.plugins.credentials.common;

import java.util.List;

import org.springframework.security.core.Authentication;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.util.ListBoxModel;

/** A drop-down of credentials; this stand-in finds none, as there are no credential stores. */
public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>,
        C extends IdCredentials> extends ListBoxModel {
    private static final long serialVersionUID = 1L;

    protected abstract String describe(C c);

    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        add(new Option("- none -", "", false));
        return this;
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(final Authentication authentication,
            final Item context, final Class<? extends C> type, final List<DomainRequirement> domainRequirements,
            final CredentialsMatcher matcher) {
        return this;
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(final String value) {
        if (stream().noneMatch(o -> o.value.equals(value))) {
            add(new Option("- current -", value, false));
        }
        return this;
    }
}
