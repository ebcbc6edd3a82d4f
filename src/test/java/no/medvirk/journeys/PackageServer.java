package no.medvirk.journeys;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Another learning platform, as small as a test needs, on the loopback address: it serves an unpacked package under
 * /pakke/, the SCORM harness page, and a fake LRS for cmi5 under /lrs/ (the one-time token, LMS.LaunchData, state
 * documents and statements), recording what the package sends. "{platform}" in the launch data becomes its own
 * address, for a returnURL.
 */
final class PackageServer implements AutoCloseable {

    static final String TOKEN = "bWVkdmlyazp0ZXN0";

    private final HttpServer server;
    private final Path root;
    private final String launchData;
    final List<String> statements = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final Map<String, String> states = new ConcurrentHashMap<>();

    PackageServer(Path root, String launchData) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.launchData = launchData;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " auth="
                + exchange.getRequestHeaders().getFirst("Authorization"));
        try (exchange) {
            if (path.equals("/harness/scorm.html")) {
                try (InputStream in = PackageServer.class.getResourceAsStream("/journeys/scorm-harness.html")) {
                    send(exchange, 200, "text/html; charset=utf-8", in.readAllBytes());
                }
            } else if (path.startsWith("/pakke/")) {
                file(exchange, path.substring("/pakke/".length()));
            } else if (path.startsWith("/lrs/")) {
                lrs(exchange, path.substring("/lrs/".length()), query);
            } else {
                send(exchange, 200, "text/html; charset=utf-8",
                        "<!DOCTYPE html><html lang=\"en\"><title>Back</title><h1>Back in the platform</h1>"
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void file(HttpExchange exchange, String name) throws IOException {
        Path file = root.resolve(URLDecoder.decode(name, StandardCharsets.UTF_8)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        String type = Files.probeContentType(file);
        if (name.endsWith(".js")) {
            type = "text/javascript";
        } else if (name.endsWith(".svg")) {
            type = "image/svg+xml";
        }
        send(exchange, 200, type == null ? "application/octet-stream" : type, Files.readAllBytes(file));
    }

    private void lrs(HttpExchange exchange, String resource, String query) throws IOException {
        String method = exchange.getRequestMethod();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (resource.equals("fetch") && method.equals("POST")) {
            json(exchange, 200, "{\"auth-token\": \"" + TOKEN + "\"}");
            return;
        }
        if (!("Basic " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, "{}");
            return;
        }
        String stateId = parameter(query, "stateId");
        switch (resource) {
            case "statements" -> {
                statements.add(new String(body, StandardCharsets.UTF_8));
                json(exchange, 200, "[]");
            }
            case "activities/state" -> {
                if (method.equals("GET")) {
                    String document = "LMS.LaunchData".equals(stateId) ? launchData.replace("{platform}", url(""))
                            : states.get(stateId);
                    json(exchange, document == null ? 404 : 200, document == null ? "" : document);
                } else {
                    states.put(stateId, new String(body, StandardCharsets.UTF_8));
                    send(exchange, 204, "text/plain", null);
                }
            }
            default -> json(exchange, 404, "");
        }
    }

    private static String parameter(String query, String name) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (body == null || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
