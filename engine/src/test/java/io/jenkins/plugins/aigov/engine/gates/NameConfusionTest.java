package io.jenkins.plugins.aigov.engine.gates;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

class NameConfusionTest {
    private static final TyposquatIndex INDEX = TyposquatIndex.bundled();

    @ParameterizedTest(name = "{0}:{1} imitates {2} ({3})")
    @CsvSource({
        "NPM, lodahs, lodash, transposition",
        "NPM, expresss, express, edit-distance",
        "NPM, reqeust, request, transposition",
        "NPM, cross_env, cross-env, separator",
        "NPM, crossenv, cross-env, separator",
        "NPM, 1odash, lodash, homoglyph",
        "NPM, lodash-js, lodash, affix",
        "NPM, @evil/lodash, lodash, scope",
        "NPM, babel-core-js, babel-core, affix",
        "NPM, \u0430xios, axios, homoglyph",
        "NPM, @bable/core, @babel/core, transposition",
        "PYPI, reqeusts, requests, transposition",
        "PYPI, python-requests, requests, affix",
        "PYPI, numpyy, numpy, edit-distance",
        "PYPI, djanga, django, edit-distance",
        "PYPI, beautifulsoup, beautifulsoup4, edit-distance",
        "PYPI, scikitlearn, scikit-learn, separator",
        "PYPI, co1orama, colorama, homoglyph",
        "MAVEN, com.fasterxmI.jackson.core:jackson-databind, com.fasterxml.jackson.core:jackson-databind, homoglyph",
        "MAVEN, com.faster-xml.jackson.core:jackson-databind, com.fasterxml.jackson.core:jackson-databind, separator",
        "MAVEN, org.s1f4j:slf4j-api, org.slf4j:slf4j-api, homoglyph",
        "GO, github.com/gin-gonlc/gin, github.com/gin-gonic/gin, homoglyph",
        "GO, github.com/sirupesn/logrus, github.com/sirupsen/logrus, transposition",
        "GO, github.com/strecthr/testify/v2, github.com/stretchr/testify, transposition",
        "CARGO, serdejson, serde_json, separator",
        "CARGO, tokoi, tokio, transposition",
        "CARGO, reqwets, reqwest, transposition",
        "CARGO, rand-rs, rand, affix"
    })
    void shouldFlagImitationsOfPopularNames(final Ecosystem ecosystem, final String name, final String popular,
            final String technique) {
        TyposquatIndex.Match match = INDEX.imitated(PackageName.of(ecosystem, name));

        assertThat(match).isNotNull();
        assertThat(match.similarTo()).isEqualTo(ecosystem.normalise(popular));
        assertThat(match.technique()).isEqualTo(technique);
        assertThat(match.popular()).isTrue();
    }

    @ParameterizedTest(name = "{0}:{1} is not a squat")
    @CsvSource({
        "NPM, lodash",
        "NPM, react-dom",
        "NPM, @types/lodash",
        "NPM, @types/leftpad-helpers",
        "NPM, @babel/care",
        "NPM, traverse",
        "NPM, my-internal-widget",
        "NPM, ws",
        "PYPI, requests",
        "PYPI, Django",
        "PYPI, python_dateutil",
        "PYPI, acme-billing-client",
        "MAVEN, org.springframework:spring-oxm",
        "MAVEN, io.netty:netty-codec-http2",
        "MAVEN, com.example.orders:orders-api",
        "GO, github.com/jackc/pgx/v5",
        "GO, github.com/gin-gonic/gim",
        "GO, github.com/sirupsen/logurs",
        "GO, github.com/acme/shared",
        "CARGO, serde",
        "CARGO, tokio_util",
        "CARGO, serde-json",
        "CARGO, edge-core"
    })
    void shouldNotFlagPopularOrUnrelatedNames(final Ecosystem ecosystem, final String name) {
        assertThat(INDEX.imitated(PackageName.of(ecosystem, name))).isNull();
    }

    @Test
    void shouldCompareAgainstTheProjectsOtherDependencies() {
        TyposquatIndex index = TyposquatIndex.of(Map.of(Ecosystem.NPM, List.of()));
        PackageName ours = PackageName.of(Ecosystem.NPM, "acme-billing-client");

        TyposquatIndex.Match match = index.imitatedAmong(PackageName.of(Ecosystem.NPM, "acme-biling-client"),
                List.of(ours));

        assertThat(match.similarTo()).isEqualTo("acme-billing-client");
        assertThat(match.popular()).isFalse();
    }

    @Test
    void shouldGiveTheClosestRealNameForAFixHint() {
        assertThat(INDEX.closest(PackageName.of(Ecosystem.PYPI, "reqeusts"), List.of())).isEqualTo("requests");
        assertThat(INDEX.closest(PackageName.of(Ecosystem.NPM, "expresjs-router"), List.of())).isNull();
    }

    @Test
    void shouldCountDamerauLevenshteinDistances() {
        assertThat(NameDistance.between("lodash", "lodahs", 2)).isEqualTo(1);
        assertThat(NameDistance.between("lodash", "ldoahs", 2)).isEqualTo(2);
        assertThat(NameDistance.between("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(NameDistance.between("kitten", "sitting", 1)).isEqualTo(2);
        assertThat(NameDistance.isTransposition("lodash", "lodahs")).isTrue();
        assertThat(NameDistance.isTransposition("lodash", "lodasx")).isFalse();
    }
}
