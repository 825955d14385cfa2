package io.jenkins.plugins.aigov.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import hudson.model.Item;
import hudson.model.Run;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The running Jenkins: the current thread's authentication ({@link Jenkins#getAuthentication2()}), the job's ACL
 * ({@code Run.getACL()} is the job's) and core's {@link Timer}.
 */
public final class JenkinsApprovalEnvironment implements ApprovalEnvironment {
    /** The one instance. */
    public static final JenkinsApprovalEnvironment INSTANCE = new JenkinsApprovalEnvironment();

    /**
     * The request attribute core's {@code jenkins.security.BasicHeaderApiTokenAuthenticator} sets to {@code TRUE}
     * when the request authenticated with an API token (read the same way by core's {@code ApiCrumbExclusion}; the
     * class itself is {@code @Restricted(NoExternalUse)}).
     */
    static final String API_TOKEN_ATTRIBUTE = "jenkins.security.BasicHeaderApiTokenAuthenticator";

    private JenkinsApprovalEnvironment() {
    }

    @Override
    public Approver currentApprover(final Run<?, ?> run, final Boolean viaApiToken) {
        Authentication auth = Jenkins.getAuthentication2();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        String id = auth == null ? "anonymous" : auth.getName();
        List<String> authorities = new ArrayList<>();
        if (auth != null) {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                if (authority.getAuthority() != null) {
                    authorities.add(authority.getAuthority());
                }
            }
        }
        // the e-mail property of hudson.tasks.Mailer would add a plugin dependency: only an id that is an address
        List<String> emails = id != null && id.contains("@") ? List.of(id) : List.of();
        return new Approver(id, anonymous, authorities, emails, !anonymous && run.hasPermission(Item.BUILD),
                viaApiToken);
    }

    @Override
    public ScheduledExecutorService timer() {
        return Timer.get();
    }
}
