// Signatures of org.jenkins-ci.plugins:plain-credentials:199.v9f8e1f741799 (org.jenkinsci.plugins.plaincredentials.FileCredentials); compile-only, never packaged.
package org.jenkinsci.plugins.plaincredentials;

import java.io.IOException;
import java.io.InputStream;

import com.cloudbees.plugins.credentials.common.StandardCredentials;

/** A secret file: its name and its bytes. */
public interface FileCredentials extends StandardCredentials {
    String getFileName();

    InputStream getContent() throws IOException;
}
