// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.util.Timer); compile-only, never packaged.
package jenkins.util;

import java.util.concurrent.ScheduledExecutorService;

/** The controller's shared scheduler for short tasks; this stand-in has none, as no Jenkins runs here. */
public class Timer {
    private Timer() {
    }

    public static synchronized ScheduledExecutorService get() {
        throw new IllegalStateException("no Jenkins is running in this JVM: no timer");
    }
}
