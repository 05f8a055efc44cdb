package org.kamgraph.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET or POST /api/csv?query=...&rows=...&variables=...&filename=...}: any GraphQL query's rows as a CSV
 * download, for spreadsheets and BI tools. The query runs through the same GraphQL engine as {@code /graphql}
 * (same arguments, checks and errors), so every answer has a CSV form with the same filters. {@code rows} names the
 * list to write (e.g. {@code centrality.rows}); without it, the first list of objects in the answer. A query with
 * errors answers 400 with them as JSON, never a partial file.
 */
@RestController
public class CsvExportController {
    private final ExecutionGraphQlService graphQl;
    private final Duration timeout;

    public CsvExportController(ExecutionGraphQlService graphQl, org.kamgraph.api.config.KamProperties properties) {
        this.graphQl = graphQl;
        this.timeout = properties.graphql().timeout();
    }

    @RequestMapping(path = "/api/csv", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<?> csv(@RequestParam String query, @RequestParam(required = false) String rows,
                                 @RequestParam(required = false) String variables,
                                 @RequestParam(required = false, defaultValue = "kam-graph.csv") String filename) {
        Map<String, Object> vars;
        try {
            vars = variables == null || variables.isBlank() ? Map.of() : JsonParserFactory.getJsonParser().parseMap(variables);
        } catch (IllegalArgumentException e) {
            return error("variables", "is not a JSON object: " + e.getMessage());
        }
        if (!onlyQueries(query)) {
            // A GET (a link, an image) must not change the graph: edits go to POST /graphql.
            return error("query", "only queries can be exported as CSV; send mutations to POST /graphql");
        }
        DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(query, null, vars, null,
                UUID.randomUUID().toString(), Locale.ROOT);
        org.kamgraph.api.security.GraphQlUser.configure(request);
        // The same request timeout as /graphql (kam.graphql.timeout): a TIMEOUT error in place of the file.
        ExecutionGraphQlResponse response = org.kamgraph.api.config.GraphQlTimeout.bounded(graphQl.execute(request), request, timeout)
                .block(timeout.plusSeconds(30));
        if (response == null) {
            return error("query", "no answer");
        }
        if (!response.getErrors().isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("errors", response.getErrors().stream().map(CsvExportController::error).toList()));
        }
        Map<String, Object> data = response.getData();
        List<Object> list;
        try {
            list = CsvRows.rows(data == null ? Map.of() : data, rows);
        } catch (IllegalArgumentException e) {
            return error("rows", e.getMessage());
        }
        String safeName = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safeName + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(CsvRows.csv(list));
    }

    /** False when the document holds a mutation or subscription; a document that does not parse is left to the engine. */
    private static boolean onlyQueries(String query) {
        try {
            return graphql.parser.Parser.parse(query).getDefinitionsOfType(graphql.language.OperationDefinition.class).stream()
                    .allMatch(o -> o.getOperation() == graphql.language.OperationDefinition.Operation.QUERY);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** As /graphql shows an error: message, and extensions with the classification. */
    private static Map<String, Object> error(org.springframework.graphql.ResponseError e) {
        Map<String, Object> extensions = new java.util.LinkedHashMap<>(e.getExtensions());
        extensions.put("classification", String.valueOf(e.getErrorType()));
        return Map.of("message", String.valueOf(e.getMessage()), "extensions", extensions);
    }

    private static ResponseEntity<?> error(String argument, String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", List.of(Map.of(
                "message", argument + ": " + message, "extensions", Map.of("classification", "BAD_REQUEST", "argument", argument)))));
    }
}
