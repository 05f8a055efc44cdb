package org.kamgraph.api.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code POST /graphql} before the body is parsed: a body over kam.graphql.max-request-bytes answers 413, and
 * a batched request (a JSON array of operations) answers 400; both with a GraphQL-style error naming the limit. The
 * body (at most the limit) is read here once and handed on.
 */
public class GraphQlRequestFilter extends OncePerRequestFilter {
    private final String path;
    private final long maxBytes;

    public GraphQlRequestFilter(String path, long maxBytes) {
        this.path = path;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !path.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(response, declared);
            return;
        }
        // Reads at most one byte more than the limit, growing as it goes (no buffer of the limit's size up front).
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            tooLarge(response, -1);
            return;
        }
        if (firstNonBlank(bytes) == '[') {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "batched requests (a JSON array of operations) are not accepted; "
                    + "send one operation per request", "batching", null);
            return;
        }
        chain.doFilter(new CachedBody(request, bytes), response);
    }

    private void tooLarge(HttpServletResponse response, long size) throws IOException {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body of "
                + (size < 0 ? "more than " + maxBytes : String.valueOf(size)) + " bytes is over the limit of " + maxBytes
                + " bytes (kam.graphql.max-request-bytes); upload large CSV files to /api/import instead",
                "kam.graphql.max-request-bytes", maxBytes);
    }

    private static void refuse(HttpServletResponse response, int status, String message, String limit, Long max) throws IOException {
        java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>();
        extensions.put("classification", "BAD_REQUEST");
        extensions.put("limit", limit);
        if (max != null) {
            extensions.put("max", max);
        }
        ErrorAnswers.write(response, status, message, extensions);
    }

    private static int firstNonBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    /** The request with its body already read. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = java.nio.charset.Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException e) {
                // an unknown charset name: read as UTF-8, as JSON is
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
