package no.medvirk.xapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/** A small xAPI client for tests over real HTTP: the demo client's credentials and version 2.0.0 unless told. */
public final class XapiHttp {

    public static final String KEY = "demo-lrs";
    public static final String SECRET = "demo-lrs-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String version = "2.0.0";
    private String authorization = basic(KEY, SECRET);

    public XapiHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public XapiHttp version(String version) {
        this.version = version;
        return this;
    }

    public XapiHttp credentials(String key, String secret) {
        this.authorization = basic(key, secret);
        return this;
    }

    /** The Authorization header as given: a cmi5 AU sends "Basic " and its auth token. */
    public XapiHttp authorization(String header) {
        this.authorization = header;
        return this;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    public HttpResponse<String> post(String pathAndQuery, String json) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String pathAndQuery, String json) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        var builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        if (version != null) {
            builder.header("X-Experience-API-Version", version);
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public XapiHttp withoutVersion() {
        this.version = null;
        return this;
    }

    public XapiHttp withoutCredentials() {
        this.authorization = null;
        return this;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return XapiJson.parse(response.body());
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
