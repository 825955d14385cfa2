package io.jenkins.plugins.aigov.engine.bom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ModelIdsTest {
    @ParameterizedTest
    @CsvSource({
            "claude-opus-4-5, Anthropic, ",
            "claude-sonnet-4-5-20250929, Anthropic, 20250929",
            "anthropic/claude-opus-4-5-20251101, Anthropic, 20251101",
            "gpt-4o, OpenAI, ",
            "gpt-4o-2024-08-06, OpenAI, 2024-08-06",
            "o3-mini, OpenAI, ",
            "openai/gpt-5-codex, OpenAI, ",
            "gemini-2.5-pro, Google, ",
            "google/gemma-3, Google, ",
            "deepseek-coder-v2, , ",
            "opus, , "})
    void shouldDeriveProviderAndVersionFromTheModelId(final String id, final String provider, final String version) {
        assertThat(ModelIds.provider(id)).isEqualTo(provider);
        assertThat(ModelIds.version(id)).isEqualTo(version);
    }
}
