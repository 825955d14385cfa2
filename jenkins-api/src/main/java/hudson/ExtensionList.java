// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.ExtensionList); compile-only, never packaged.
package hudson;

import java.util.AbstractList;

/** The registered extensions of one type; this stand-in has none, as there is no running Jenkins. */
public class ExtensionList<T> extends AbstractList<T> {
    private ExtensionList() {
    }

    @Override
    public T get(final int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
        return 0;
    }

    public static <U> U lookupSingleton(final Class<U> type) {
        throw new IllegalStateException("no Jenkins is running in this JVM: cannot look up " + type.getName());
    }
}
