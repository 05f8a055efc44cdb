package org.kamgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * The house rules of issue 16, checked on the compiled main classes of every product module (api's test classpath
 * sees graph-model, algorithms, cypher and analytics) and on the source tree of every module for file sizes. Plain
 * ArchUnit, no Spring context: the whole class runs in a few seconds.
 *
 * <p>Every rule is on: a rule is never weakened to pass; code that breaks it moves or splits.
 */
class ArchitectureTest {
    static final String PRODUCT = "org.kamgraph";
    static final String GRAPHQL = "org.kamgraph.api.graphql..";
    static final String WEB = "org.kamgraph.api.web..";

    /** A main source file longer than this is a god file unless it is a data table named here. */
    static final int MAX_LINES = 400;
    /** Data tables (path from the repository root) allowed to be longer; keep it empty or nearly so. */
    static final Set<String> DATA_TABLES = Set.of();

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ArchitectureTest::isMainCode).importPackages(PRODUCT);
    }

    /** Main classes only: test classes arrive as target/test-classes and, under {@code verify}, as *-tests.jar. */
    static boolean isMainCode(Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar")
                && new ImportOption.DoNotIncludeTests().includes(location);
    }

    // ---- no loops: between modules (top-level packages), inside api, and between any two packages ----

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching("org.kamgraph.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noCycleBetweenApiPackages() {
        slices().matching("org.kamgraph.api.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noCycleBetweenAnyTwoPackages() {
        slices().matching("org.kamgraph.(**)").should().beFreeOfCycles().check(main);
    }

    /** The product's layers, bottom up: nothing imports a layer above it ("no import that runs back up"). */
    @Test
    void modulesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("graph-model").definedBy("org.kamgraph.model..")
                .layer("readers").definedBy("org.kamgraph.readers..")
                .layer("algorithms").definedBy("org.kamgraph.algorithms..")
                .layer("cypher").definedBy("org.kamgraph.cypher..")
                .layer("analytics").definedBy("org.kamgraph.analytics..")
                .layer("api").definedBy("org.kamgraph.api..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("analytics").mayOnlyBeAccessedByLayers("api")
                .whereLayer("cypher").mayOnlyBeAccessedByLayers("analytics", "api")
                .whereLayer("algorithms").mayOnlyBeAccessedByLayers("cypher", "analytics", "api")
                .whereLayer("readers").mayOnlyBeAccessedByLayers("cypher", "analytics", "api")
                .check(main);
    }

    /** The readers translate published files into rows of the model: graph-model and libraries only, no Neo4j, no Spring. */
    @Test
    void readersDependOnGraphModelAndLibrariesOnly() {
        noClasses().that().resideInAPackage("org.kamgraph.readers..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..",
                        "org.kamgraph.algorithms..", "org.kamgraph.cypher..", "org.kamgraph.analytics..", "org.kamgraph.api..",
                        "org.kamgraph.demo..", "org.kamgraph.tools..")
                .check(main);
    }

    @Test
    void theArchitectureRulesSeeTheReaders() {
        assertThat(main.containPackage("org.kamgraph.readers")).isTrue();
    }

    // ---- the pure modules stay pure ----

    @Test
    void graphModelAlgorithmsAndAnalyticsUseNoSpringAndNoNeo4j() {
        noClasses().that().resideInAnyPackage("org.kamgraph.model..", "org.kamgraph.algorithms..", "org.kamgraph.analytics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(main);
    }

    @Test
    void algorithmsUseOnlyTheJdkJGraphTFastutilAndJheaps() {
        classes()
                .that().resideInAPackage("org.kamgraph.algorithms..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jgrapht..", "it.unimi.dsi.fastutil..",
                        "org.jheaps..", "org.kamgraph.algorithms..")
                .check(main);
    }

    // ---- the product jar carries no tools ----

    @Test
    void theProductCarriesNoLoadBenchOrGdsCode() {
        noClasses().should().resideInAnyPackage("org.kamgraph.api.load..", "org.kamgraph.api.bench..", "..gds..")
                .check(main);
    }

    // ---- controllers all in one place ----

    /** GraphQL controllers live in api.graphql; HTTP pages and REST endpoints (also Spring controllers) in api.web. */
    @Test
    void controllersLiveInGraphqlOrWeb() {
        noClasses().that().resideOutsideOfPackages(GRAPHQL, WEB)
                .should().beMetaAnnotatedWith(Controller.class)
                .check(main);
    }

    @Test
    void graphQlMappingsLiveOnlyInApiGraphql() {
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage(GRAPHQL)
                .should().beAnnotatedWith(QueryMapping.class)
                .orShould().beAnnotatedWith(MutationMapping.class)
                .orShould().beAnnotatedWith(SchemaMapping.class)
                .orShould().beAnnotatedWith(BatchMapping.class)
                .orShould().beAnnotatedWith(SubscriptionMapping.class)
                .check(main);
    }

    @Test
    void graphQlControllersAreSpringControllers() {
        methods().that().areAnnotatedWith(QueryMapping.class).or().areAnnotatedWith(MutationMapping.class)
                .or().areAnnotatedWith(SchemaMapping.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .check(main);
    }

    // ---- no god files ----

    @Test
    void noMainSourceFileOverFourHundredLines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> modules = Files.list(root)) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(tree -> {
                try (Stream<Path> files = Files.walk(tree)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                        String name = root.relativize(f).toString().replace('\\', '/');
                        long lines = lineCount(f);
                        if (lines > MAX_LINES && !DATA_TABLES.contains(name)) {
                            tooLong.put(name, lines);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(tooLong).as("main source files over %d lines (split by role, or name a data table in DATA_TABLES)",
                MAX_LINES).isEmpty();
    }

    @Test
    void theSizeRuleSeesEveryModule() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (String module : new String[] {"graph-model", "readers", "algorithms", "cypher", "analytics", "api", "demo", "tools"}) {
            assertThat(root.resolve(module).resolve("src/main/java")).as(module).isDirectory();
        }
    }

    static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
