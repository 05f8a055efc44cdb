package org.kamgraph.tools.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One blocking HTTP/1.1 keep-alive connection of {@link GraphQlClient} (why not java.net.http: see there): sends
 * prebuilt request bytes and reads the answer's status and body (fixed length, chunked or to the end of the
 * connection) into a reused buffer, which it searches for "errors" without parsing it. Reopened on the next exchange
 * after the server closed it or an I/O error.
 */
final class HttpConnection implements AutoCloseable {
    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.US_ASCII);

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] body = new byte[8192];
    private int bodyLength;
    private int status;
    private final byte[] line = new byte[8192];

    HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends the request and reads the answer; returns its status. On an I/O error the connection is closed. */
    int exchange(byte[] request) throws IOException {
        try {
            return read(request);
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    private int read(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(120_000);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        int n = readLine();
        String statusLine = new String(line, 0, n, StandardCharsets.US_ASCII);
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        while ((n = readLine()) > 0) {
            if (startsWithIgnoreCase(n, "content-length:")) {
                contentLength = Long.parseLong(value(n, 15));
            } else if (startsWithIgnoreCase(n, "transfer-encoding:")) {
                chunked = value(n, 18).toLowerCase(Locale.ROOT).contains("chunked");
            } else if (startsWithIgnoreCase(n, "connection:")) {
                close = value(n, 11).equalsIgnoreCase("close");
            }
        }
        bodyLength = 0;
        if (chunked) {
            while (true) {
                int m = readLine();
                String size = new String(line, 0, m, StandardCharsets.US_ASCII);
                int semi = size.indexOf(';');
                int chunk = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (chunk == 0) {
                    while (readLine() > 0) {
                        // trailers
                    }
                    break;
                }
                readBody(chunk);
                readLine();
            }
        } else if (contentLength >= 0) {
            readBody((int) contentLength);
        } else {
            // No length: the body runs to the end of the connection.
            int r;
            while ((r = in.read()) >= 0) {
                ensure(bodyLength + 1);
                body[bodyLength++] = (byte) r;
            }
            close = true;
        }
        if (close) {
            close();
        }
        return status;
    }

    /** The last answer was HTTP 200 without an "errors" member. */
    boolean ok() {
        return status == 200 && !bodyContains(ERRORS);
    }

    /** Why the last answer is not ok, in a line: the status and the start of the body. */
    String problem() {
        return (status == 200 ? "" : "HTTP " + status + ": ") + bodyText(300);
    }

    String bodyText(int limit) {
        return new String(body, 0, Math.min(limit, bodyLength), StandardCharsets.UTF_8);
    }

    private boolean bodyContains(byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bodyLength; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void readBody(int length) throws IOException {
        ensure(bodyLength + length);
        int read = 0;
        while (read < length) {
            int r = in.read(body, bodyLength + read, length - read);
            if (r < 0) {
                throw new EOFException("connection closed in a response body");
            }
            read += r;
        }
        bodyLength += length;
    }

    private void ensure(int size) {
        if (size > body.length) {
            body = Arrays.copyOf(body, Math.max(size, body.length * 2));
        }
    }

    /** Reads a header line without its CRLF into {@link #line}; returns its length. */
    private int readLine() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
            }
            if (n < line.length) {
                line[n++] = (byte) b;
            }
        }
    }

    private boolean startsWithIgnoreCase(int n, String prefix) {
        if (n < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(line[i]) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String value(int n, int from) {
        return new String(line, from, n - from, StandardCharsets.US_ASCII).trim();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
