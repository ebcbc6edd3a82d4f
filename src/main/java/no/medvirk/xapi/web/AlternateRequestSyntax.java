package no.medvirk.xapi.web;

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
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * xAPI 1.0.3's alternate request syntax, for clients that cannot send other methods or headers across origins: a
 * POST with {@code ?method=PUT} (or GET, DELETE, POST) and a form body that carries the headers, the parameters and
 * the body ({@code content}). It is turned back into the request it stands for before anything else looks at it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AlternateRequestSyntax extends OncePerRequestFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");
    static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !"POST".equals(request.getMethod()) || query == null || !query.startsWith("method=")
                || !request.getRequestURI().startsWith(request.getContextPath() + "/xapi/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String method = query.substring("method=".length()).toUpperCase(Locale.ROOT);
        String contentType = request.getContentType();
        if (!METHODS.contains(method) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            XapiErrors.write(response, 400, "The alternate request syntax takes only ?method=GET|PUT|POST|DELETE "
                    + "and a form body (application/x-www-form-urlencoded)");
            return;
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> parameters = new LinkedHashMap<>();
        String content = null;
        for (var field : request.getParameterMap().entrySet()) {
            String name = field.getKey();
            String value = field.getValue()[0];
            if (name.equals("method")) {
                continue;
            }
            if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, value);
            } else if (name.equals("content")) {
                content = value;
            } else {
                parameters.put(name, value);
            }
        }
        String version = headers.get("X-Experience-API-Version");
        if (version != null && version.startsWith("2")) {
            XapiErrors.write(response, 400, "xAPI 2.0 has no alternate request syntax");
            return;
        }
        chain.doFilter(new Rewritten(request, method, headers, parameters, content), response);
    }

    /** The request as the form describes it. */
    private static final class Rewritten extends HttpServletRequestWrapper {

        private final String method;
        private final Map<String, String> headers;
        private final Map<String, String> parameters;
        private final byte[] body;

        Rewritten(HttpServletRequest request, String method, Map<String, String> headers,
                Map<String, String> parameters, @Nullable String content) {
            super(request);
            this.method = method;
            this.headers = headers;
            this.parameters = parameters;
            this.body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return headers.containsKey(name) ? headers.get(name)
                    : HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return Collections.enumeration(value == null ? List.of() : List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = new java.util.LinkedHashSet<>(headers.keySet());
            Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !HEADERS.contains(n.toLowerCase(Locale.ROOT))).forEach(names::add);
            return Collections.enumeration(names);
        }

        @Override
        public @Nullable String getContentType() {
            return headers.get("Content-Type");
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public @Nullable String getQueryString() {
            return parameters.isEmpty() ? null : parameters.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        @Override
        public @Nullable String getParameter(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>();
            parameters.forEach((k, v) -> map.put(k, new String[] {v}));
            return map;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String value = parameters.get(name);
            return value == null ? null : new String[] {value};
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
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
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
