// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.Credentials); compile-only, never packaged.
package com.cloudbees.plugins.credentials;

import java.io.Serializable;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/** Something that proves an identity. */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
}
