package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PublicRegistries;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryCredentials;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.PolicyRules;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.gates.Scope;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicy;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyException;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyText;
import io.jenkins.plugins.aigov.engine.scan.RuleException;

/**
 * The {@code --config} file of {@code aigov gates}: a small JSON document with the policy (the "admin" policy
 * that command-line options may only tighten), the registries per ecosystem, the cache and the time limits.
 * Credentials are never in the file: a registry names the environment variables that hold them
 * ({@code tokenEnv}, or {@code usernameEnv} and {@code passwordEnv}). Unknown keys are refused, so a typo or a
 * secret cannot slip through. See {@code docs/cli.md}.
 *
 * @param policy     the policy
 * @param registries the registry settings
 * @param risk       the risk policy ({@code riskPolicy}: the policy text of docs/risk.md, one string or an array
 *                   of lines)
 */
record GatesConfig(GatePolicy policy, RegistrySettings registries, RiskPolicy risk) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("policy", "registries", "cache", "timeouts", "maxConcurrency",
            "retries", "riskPolicy");
    private static final Set<String> POLICY = Set.of("failOn", "unstableOn", "aiFailOn", "packageMinAgeDays",
            "versionMinAgeDays", "outagePolicy", "scope", "watchlist", "disabledRules", "severityOverrides",
            "extraRules", "extraRulesFile");
    private static final Set<String> REGISTRY = Set.of("name", "url", "public", "enabled", "tokenEnv", "usernameEnv",
            "passwordEnv");

    /** The defaults: the documented policy, the public registries, a cache under the user's cache folder. */
    static GatesConfig defaults(final Map<String, String> env) {
        return new GatesConfig(GatePolicy.defaults(), RegistrySettings.builder()
                .cacheDirectory(defaultCache(env)).build(), RiskPolicy.defaults());
    }

    /** Reads a config file; {@code env} resolves the credential variables. */
    static GatesConfig read(final Path file, final String text, final Map<String, String> env) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": the top level must be a JSON object");
        }
        String where = file.toString();
        known(root, TOP, where);
        GatePolicy policy = root.has("policy") ? policy(root.get("policy"), file, where + ": policy")
                : GatePolicy.defaults();
        RegistrySettings.Builder builder = RegistrySettings.builder().cacheDirectory(defaultCache(env));
        settings(root, builder, file, env);
        return new GatesConfig(policy, builder.build(), risk(root.path("riskPolicy"), where));
    }

    private static RiskPolicy risk(final JsonNode node, final String where) {
        if (node.isMissingNode() || node.isNull()) {
            return RiskPolicy.defaults();
        }
        String text = lines(node, where + ": riskPolicy");
        try {
            return RiskPolicyText.parsePolicy(text, where + ": riskPolicy");
        }
        catch (RiskPolicyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A text given as one string or as an array of lines; {@code null} when missing. */
    private static String lines(final JsonNode node, final String where) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            StringBuilder lines = new StringBuilder();
            node.forEach(line -> lines.append(line.asText()).append('\n'));
            return lines.toString();
        }
        throw new IllegalArgumentException(where + ": must be a string or an array of lines");
    }

    private static GatePolicy policy(final JsonNode node, final Path file, final String where) {
        known(node, POLICY, where);
        GatePolicy defaults = GatePolicy.defaults();
        Map<String, Severity> overrides = new HashMap<>();
        JsonNode severities = node.path("severityOverrides");
        for (Iterator<Map.Entry<String, JsonNode>> it = severities.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            overrides.put(entry.getKey(), severity(entry.getValue(), where + ".severityOverrides." + entry.getKey()));
        }
        return new GatePolicy(
                node.has("failOn") ? severity(node.get("failOn"), where + ".failOn") : defaults.failOn(),
                node.has("unstableOn") ? severity(node.get("unstableOn"), where + ".unstableOn") : defaults.unstableOn(),
                node.has("aiFailOn") ? severity(node.get("aiFailOn"), where + ".aiFailOn") : null,
                integer(node, "packageMinAgeDays", defaults.packageMinAgeDays(), where),
                integer(node, "versionMinAgeDays", defaults.versionMinAgeDays(), where),
                node.has("outagePolicy") ? enumValue(OutagePolicy.class, node.get("outagePolicy"), where + ".outagePolicy")
                        : defaults.outagePolicy(),
                node.has("scope") ? enumValue(Scope.class, node.get("scope"), where + ".scope") : defaults.scope(),
                strings(node.path("watchlist")), strings(node.path("disabledRules")), overrides,
                extraRules(node, file, where));
    }

    /**
     * The admin's own rules: {@code extraRules} (the text of a rule file: one string, or an array of lines) or
     * {@code extraRulesFile} (a YAML or JSON rule file, relative to the config file's folder). Checked here, so a
     * broken rule is a usage error naming the config file, the rule, its line and the field.
     */
    private static String extraRules(final JsonNode node, final Path file, final String where) {
        if (node.has("extraRules") && node.has("extraRulesFile")) {
            throw new IllegalArgumentException(where + ": give extraRules or extraRulesFile, not both");
        }
        String text;
        String source;
        if (node.hasNonNull("extraRulesFile")) {
            Path folder = file.getParent();
            String name = node.get("extraRulesFile").asText();
            Path rules = folder == null ? Path.of(name) : folder.resolve(name);
            source = where + ".extraRulesFile: " + rules;
            try {
                text = Files.readString(rules, StandardCharsets.UTF_8);
            }
            catch (IOException e) {
                throw new IllegalArgumentException(source + ": cannot read the file: " + e, e);
            }
        }
        else {
            source = where + ".extraRules";
            text = lines(node.path("extraRules"), source);
        }
        try {
            PolicyRules.checkExtraRules(text, source);
        }
        catch (RuleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return text;
    }

    private static void settings(final JsonNode root, final RegistrySettings.Builder builder, final Path file,
            final Map<String, String> env) {
        String where = file.toString();
        JsonNode registries = root.path("registries");
        for (Iterator<Map.Entry<String, JsonNode>> it = registries.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Ecosystem ecosystem = ecosystem(entry.getKey(), where + ": registries");
            List<RegistryConfig> list = new ArrayList<>();
            int index = 0;
            for (JsonNode registry : entry.getValue()) {
                list.add(registry(registry, ecosystem, where + ": registries." + entry.getKey() + "[" + index++ + "]",
                        env));
            }
            builder.registries(ecosystem, list);
        }
        JsonNode cache = root.path("cache");
        known(cache, Set.of("directory", "ttlHours"), where + ": cache");
        if (cache.has("directory")) {
            builder.cacheDirectory(cache.get("directory").isNull() ? null
                    : file.toAbsolutePath().getParent().resolve(expandHome(cache.get("directory").asText(), env)));
        }
        if (cache.has("ttlHours")) {
            builder.cacheTtl(Duration.ofHours(integer(cache, "ttlHours", 24, where + ": cache")));
        }
        JsonNode timeouts = root.path("timeouts");
        known(timeouts, Set.of("connectSeconds", "requestSeconds", "overallSeconds"), where + ": timeouts");
        apply(timeouts, "connectSeconds", where, builder::connectTimeout);
        apply(timeouts, "requestSeconds", where, builder::requestTimeout);
        apply(timeouts, "overallSeconds", where, builder::overallTimeout);
        if (root.has("maxConcurrency")) {
            builder.maxConcurrency(integer(root, "maxConcurrency", 8, where));
        }
        if (root.has("retries")) {
            builder.retries(integer(root, "retries", 2, where));
        }
    }

    private static RegistryConfig registry(final JsonNode node, final Ecosystem ecosystem, final String where,
            final Map<String, String> env) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!REGISTRY.contains(name) && (lower.contains("token") || lower.contains("password")
                    || lower.contains("secret"))) {
                throw new IllegalArgumentException(where + ": '" + name + "' is not allowed: never put credentials in"
                        + " the file; name the environment variables that hold them with tokenEnv, or usernameEnv and"
                        + " passwordEnv");
            }
        }
        known(node, REGISTRY, where);
        boolean enabled = !node.has("enabled") || node.get("enabled").asBoolean();
        if (node.path("public").asBoolean(false)) {
            return PublicRegistries.of(ecosystem).withEnabled(enabled);
        }
        if (!node.hasNonNull("url")) {
            throw new IllegalArgumentException(where + ": a registry needs a url (or \"public\": true)");
        }
        String url = node.get("url").asText();
        String name = node.path("name").asText(URI.create(url).getHost());
        RegistryConfig config;
        try {
            config = new RegistryConfig(name, ecosystem, URI.create(url), null, enabled);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        RegistryCredentials credentials = credentials(node, where, env);
        return credentials == null ? config : config.withCredentials(credentials);
    }

    private static RegistryCredentials credentials(final JsonNode node, final String where,
            final Map<String, String> env) {
        Function<String, char[]> variable = key -> {
            String name = node.get(key).asText();
            String value = env.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(where + ": the environment variable " + name + " (" + key
                        + ") is not set");
            }
            return value.toCharArray();
        };
        if (node.has("tokenEnv")) {
            return RegistryCredentials.bearer(variable.apply("tokenEnv"));
        }
        if (node.has("usernameEnv") != node.has("passwordEnv")) {
            throw new IllegalArgumentException(where + ": usernameEnv and passwordEnv go together");
        }
        if (node.has("usernameEnv")) {
            return RegistryCredentials.basic(new String(variable.apply("usernameEnv")), variable.apply("passwordEnv"));
        }
        return null;
    }

    private static void apply(final JsonNode node, final String key, final String where,
            final java.util.function.Consumer<Duration> setter) {
        if (node.has(key)) {
            setter.accept(Duration.ofSeconds(integer(node, key, 1, where + ": timeouts")));
        }
    }

    private static Ecosystem ecosystem(final String id, final String where) {
        for (Ecosystem ecosystem : Ecosystem.values()) {
            if (id.equalsIgnoreCase(ecosystem.name()) || id.equalsIgnoreCase(ecosystem.purlType())
                    || ecosystem == Ecosystem.GO && id.equalsIgnoreCase("go")) {
                return ecosystem;
            }
        }
        throw new IllegalArgumentException(where + ": unknown ecosystem '" + id
                + "' (expected npm, pypi, maven, go or cargo)");
    }

    private static Severity severity(final JsonNode node, final String where) {
        try {
            return Severity.parse(node.asText());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E enumValue(final Class<E> type, final JsonNode node, final String where) {
        String text = node.asText().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, text);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown value '" + node.asText() + "'", e);
        }
    }

    private static int integer(final JsonNode node, final String key, final int fallback, final String where) {
        if (!node.has(key)) {
            return fallback;
        }
        if (!node.get(key).canConvertToInt()) {
            throw new IllegalArgumentException(where + "." + key + ": not a whole number: " + node.get(key));
        }
        return node.get(key).asInt();
    }

    private static Set<String> strings(final JsonNode node) {
        Set<String> values = new TreeSet<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static void known(final JsonNode node, final Set<String> keys, final String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown key '" + name + "' (expected one of "
                        + new TreeSet<>(keys) + ")");
            }
        }
    }

    private static String expandHome(final String path, final Map<String, String> env) {
        return path.startsWith("~/") ? env.getOrDefault("HOME", System.getProperty("user.home")) + path.substring(1)
                : path;
    }

    private static Path defaultCache(final Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return base.resolve("aigov").resolve("registry");
    }
}
