import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    `java-library`
    alias(libs.plugins.kotlin.jvm)
    alias(libs.plugins.spring.boot)
    id("io.spring.dependency-management") version "1.1.5"
    kotlin("plugin.spring") version "1.9.23"
}

val exposedVersion = "0.50.1"

repositories {
    mavenCentral()
}

dependencies {
    implementation(platform(libs.jackson.bom))
    implementation(libs.jackson.module.kotlin)
    implementation(libs.bundles.ktor.server)
    implementation(libs.kotlinx.coroutines)
    implementation("org.jetbrains.exposed:exposed-core:$exposedVersion")
    implementation("org.jetbrains.exposed:exposed-jdbc:${exposedVersion}")
    implementation(kotlin("reflect"))
    // implementation("com.example:commented-out:1.0.0")
    /* testImplementation("com.example:also-commented:1.0.0") */
    runtimeOnly(libs.logback)
    runtimeOnly("org.postgresql:postgresql:42.7.3")
    testImplementation(libs.junit.jupiter)
    testImplementation(libs.mockk)
    testImplementation("io.kotest:kotest-assertions-core:5.9.0") { exclude(group = "org.jetbrains.kotlin") }
    implementation(project(":shared"))
    implementation(libs.made.up.library)

    constraints {
        implementation("org.yaml:snakeyaml:2.2") {
            because("older versions have CVE-2022-1471")
        }
    }
}

kotlin {
    compilerOptions { jvmTarget.set(JvmTarget.JVM_17) }
}
