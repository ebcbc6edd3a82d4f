package no.medvirk.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Forwarding to a remote LRS that answers as the test says: delivered, retried, dead letter, retried by hand. */
@SpringBootTest
class StatementForwardingTest {

    static final AtomicInteger STATUS = new AtomicInteger(200);
    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer REMOTE = remote();

    static HttpServer remote() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/xapi/statements", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = STATUS.get();
                if (status == 200) {
                    RECEIVED.add(exchange.getRequestHeaders().getFirst("X-Experience-API-Version") + " " + body);
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void forwardToTheRemote(DynamicPropertyRegistry properties) {
        properties.add("medvirk.lrs.forward.url", () -> "http://127.0.0.1:" + REMOTE.getAddress().getPort() + "/xapi/");
        properties.add("medvirk.lrs.forward.key", () -> "remote-key");
        properties.add("medvirk.lrs.forward.secret", () -> "remote-secret");
        properties.add("medvirk.lrs.forward.max-attempts", () -> "2");
        properties.add("medvirk.lrs.forward.backoff", () -> "1ms");
        properties.add("medvirk.lrs.forward.interval", () -> "1h");
    }

    @AfterAll
    static void stopRemote() {
        REMOTE.stop(0);
    }

    @Autowired
    LearningRecordStore lrs;

    @Autowired
    StatementForwarding forwarding;

    @Autowired
    XapiClients clients;

    @BeforeEach
    void answerOk() {
        STATUS.set(200);
        RECEIVED.clear();
    }

    void record(String activity) {
        XapiClient demo = clients.authenticate(XapiHttp.KEY, XapiHttp.SECRET).orElseThrow();
        lrs.record(List.of(XapiJson.parse("""
                {"actor": {"mbox": "mailto:fwd@example.no"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "%s"}}""".formatted(activity))), demo, XapiVersion.V2_0_0);
    }

    @Test
    void stored_statements_reach_the_remote_lrs_in_the_background() {
        record("https://x.no/forwarded/1");

        forwarding.forwardDue();

        assertThat(RECEIVED).singleElement().satisfies(request -> assertThat(request)
                .startsWith("1.0.3 [").contains("https://x.no/forwarded/1"));
        assertThat(forwarding.status().waiting()).isZero();
    }

    @Test
    void an_outage_is_retried_then_kept_as_a_dead_letter_until_an_administrator_retries() throws Exception {
        STATUS.set(503);
        record("https://x.no/forwarded/2");

        forwarding.forwardDue();
        assertThat(forwarding.status().waiting()).isEqualTo(1);
        Thread.sleep(20);
        forwarding.forwardDue();

        assertThat(forwarding.status().dead()).isEqualTo(1);
        assertThat(forwarding.deadLetters(10)).singleElement()
                .satisfies(letter -> assertThat(letter.lastError()).contains("HTTP 503"));
        assertThat(RECEIVED).isEmpty();

        STATUS.set(200);
        forwarding.retryDeadLetters();
        forwarding.forwardDue();

        assertThat(RECEIVED).singleElement().satisfies(r -> assertThat(r).contains("https://x.no/forwarded/2"));
        assertThat(forwarding.status().dead()).isZero();
    }

    @Test
    void the_wait_doubles_and_is_never_longer_than_an_hour() {
        assertThat(forwarding.wait(1)).isEqualTo(java.time.Duration.ofMillis(1));
        assertThat(forwarding.wait(3)).isEqualTo(java.time.Duration.ofMillis(4));
        assertThat(forwarding.wait(60)).isEqualTo(StatementForwarding.LONGEST_WAIT);
    }
}
