// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.FilePath); compile-only, never packaged.
package hudson;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;

import hudson.remoting.VirtualChannel;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** A file on the controller or an agent; this local stand-in runs every callable in-process. */
public final class FilePath implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;
    private final String remote;

    public FilePath(final File localPath) {
        this.remote = localPath.getPath();
    }

    public String getRemote() {
        return remote;
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        return callable.invoke(new File(remote), null);
    }

    public VirtualChannel getChannel() {
        return null;
    }

    public boolean isRemote() {
        return false;
    }

    /** Work that runs where the file is. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
