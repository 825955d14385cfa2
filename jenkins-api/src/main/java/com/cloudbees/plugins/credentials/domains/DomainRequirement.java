// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.domains.DomainRequirement); compile-only, never packaged.
package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

import hudson.ExtensionPoint;

/** A requirement that narrows which credential domains apply. */
public class DomainRequirement implements ExtensionPoint, Serializable {
    private static final long serialVersionUID = 1L;
}
