package org.kamgraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GraphQlPerformanceTest {
    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { hello(name: String): String }"),
            RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("hello", env -> "hi " + env.getArgument("name"))).build());

    @Test
    void parsesAndValidatesEachQueryTextOnce() {
        GraphQlPerformance.DocumentCache cache = new GraphQlPerformance.DocumentCache(10);
        AtomicInteger parsed = new AtomicInteger();
        GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider((input, parse) -> cache.getDocumentAsync(input, i -> {
            parsed.incrementAndGet();
            return parse.apply(i);
        })).build();
        String query = "query Q($n: String) { hello(name: $n) }";
        ExecutionResult a = graphQl.execute(ExecutionInput.newExecutionInput(query).variables(Map.of("n", "a")).build());
        ExecutionResult b = graphQl.execute(ExecutionInput.newExecutionInput(query).variables(Map.of("n", "b")).build());
        assertThat(a.<Map<String, Object>>getData()).containsEntry("hello", "hi a");
        assertThat(b.<Map<String, Object>>getData()).containsEntry("hello", "hi b");
        assertThat(parsed).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void invalidDocumentsAreNotKeptAndStillFail() {
        GraphQlPerformance.DocumentCache cache = new GraphQlPerformance.DocumentCache(10);
        GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(cache).build();
        for (int i = 0; i < 2; i++) {
            assertThat(graphQl.execute("{ nope }").getErrors()).isNotEmpty();
        }
        assertThat(cache.size()).isZero();
    }

    @Test
    void staysBounded() {
        GraphQlPerformance.DocumentCache cache = new GraphQlPerformance.DocumentCache(3);
        for (int i = 0; i < 10; i++) {
            ExecutionInput input = ExecutionInput.newExecutionInput("{ a" + i + ": hello }").build();
            PreparsedDocumentEntry entry = cache.getDocumentAsync(input, in -> new PreparsedDocumentEntry(
                    new graphql.parser.Parser().parseDocument(in.getQuery()))).join();
            assertThat(entry.hasErrors()).isFalse();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
}
