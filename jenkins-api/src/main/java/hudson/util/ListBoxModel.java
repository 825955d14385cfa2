// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.util.ListBoxModel); compile-only, never packaged.
package hudson.util;

import java.util.ArrayList;
import java.util.List;

/** The options of a drop-down list. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
        super();
    }

    public ListBoxModel(final Option... data) {
        super(List.of(data));
    }

    public void add(final String displayName, final String value) {
        add(new Option(displayName, value));
    }

    /** One option. */
    public static final class Option {
        public String name;
        public String value;
        public boolean selected;

        public Option(final String name, final String value) {
            this(name, value, false);
        }

        public Option(final String name, final String value, final boolean selected) {
            this.name = name;
            this.value = value;
            this.selected = selected;
        }

        @Override
        public String toString() {
            return name + "=" + value + (selected ? "[selected]" : "");
        }
    }
}
