package io.jenkins.plugins.aigov.engine.bom;

/**
 * The {@code bom-ref}s of the BOM, derived from content so that they are stable from build to build: a library's
 * is its purl, the others a kind prefix plus the natural id.
 */
final class Refs {
    static final String TOOL = "tool:aigov";
    static final String STANDARD = "standard:aigov-gates";
    static final String ASSESSOR = "assessor:aigov";
    static final String TARGET = "target:change-range";
    static final String DECISION_REQUIREMENT = "requirement:decision";
    static final String DECISION_CLAIM = "claim:decision";
    static final String DECISION_EVIDENCE = "evidence:decision";
    static final String FORMULA = "formula:aigov";
    static final String BUILD_WORKFLOW = "workflow:build";
    static final String GENERATION_WORKFLOW = "workflow:ai-generation";

    private Refs() {
    }

    static String project(final String name) {
        return "project:" + name;
    }

    static String model(final String id) {
        return "model:" + id;
    }

    static String agent(final String id) {
        return "agent:" + id;
    }

    static String file(final String path) {
        return "file:" + path;
    }

    static String requirement(final String gate) {
        return "requirement:gate:" + gate;
    }

    static String claim(final String gate) {
        return "claim:gate:" + gate;
    }

    static String evidence(final String gate) {
        return "evidence:gate:" + gate;
    }

    static String approver(final String userId) {
        return "assessor:approver:" + userId;
    }

    static String commitTask(final String commitId) {
        return "task:commit:" + commitId;
    }
}
