// Signatures of org.kohsuke.stapler:stapler:2050.v425108fd5089 (org.kohsuke.stapler.StaplerResponse2); compile-only, never packaged.
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/** The HTTP response as Stapler hands it to web methods. */
public interface StaplerResponse2 extends HttpServletResponse {
}
