// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.TaskListener); compile-only, never packaged.
package hudson.model;

import java.io.IOException;
import java.io.PrintStream;

import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Where a task writes its log. */
public interface TaskListener extends SerializableOnlyOverRemoting {
    PrintStream getLogger();

    default void hyperlink(final String url, final String text) throws IOException {
        // the real default writes a console note around the text
        getLogger().print(text);
    }
}
