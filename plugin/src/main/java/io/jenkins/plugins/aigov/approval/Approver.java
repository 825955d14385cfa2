package io.jenkins.plugins.aigov.approval;

import java.util.List;

/**
 * Who is asking to decide, as read from the HTTP request: never stored.
 *
 * @param id          the user id ({@code Authentication.getName()})
 * @param anonymous   whether nobody is logged in
 * @param authorities the authentication's authorities (group names), as strings
 * @param emails      the e-mail addresses known for the user (the id when it is one)
 * @param mayBuild    whether the user has Job/Build on the build's job
 * @param viaApiToken whether the request authenticated with an API token ({@code null}: unknown)
 */
public record Approver(String id, boolean anonymous, List<String> authorities, List<String> emails,
        boolean mayBuild, Boolean viaApiToken) {
    /** Canonical constructor: copies the lists. */
    public Approver {
        authorities = List.copyOf(authorities);
        emails = List.copyOf(emails);
    }
}
