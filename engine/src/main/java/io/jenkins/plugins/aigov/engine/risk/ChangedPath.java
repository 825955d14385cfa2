package io.jenkins.plugins.aigov.engine.risk;

import java.util.List;
import java.util.Set;

/**
 * A path changed in the range, as the risk model sees it.
 *
 * @param path       repository-relative, forward slashes
 * @param commits    ids of the commits that changed it, in range order
 * @param byAi       whether an AI commit changed it or an AI wrote lines in it
 * @param categories the sensitive categories it falls in
 */
record ChangedPath(String path, List<String> commits, boolean byAi, Set<SensitiveCategory> categories) {
}
