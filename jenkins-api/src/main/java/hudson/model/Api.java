// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Api); compile-only, never packaged.
package hudson.model;

/** The remote API (api/json, api/xml) of an exported bean. */
public class Api {
    public final Object bean;

    public Api(final Object bean) {
        this.bean = bean;
    }
}
