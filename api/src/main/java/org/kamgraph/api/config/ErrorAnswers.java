package org.kamgraph.api.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer to a request refused before GraphQL runs (authentication, request limits): a GraphQL-style error body
 * ({@link JsonText#errorBody}) with its HTTP status, so every such refusal reads the same to a client. Kept apart
 * from {@link JsonText}, which the command-line tools use without a servlet container.
 */
public final class ErrorAnswers {
    private ErrorAnswers() {
    }

    public static void write(HttpServletResponse response, int status, String message, Map<String, ?> extensions) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonText.errorBody(message, extensions));
    }
}
