package no.medvirk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import no.medvirk.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in over real HTTP, as a browser's form post does it: lock-out, session fixation, security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInSecurityTest {

    static final String PASSWORD = "et langt passord";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    CookieManager cookies;
    HttpClient http;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void a_right_password_signs_in_and_a_wrong_one_is_sent_back_to_the_login_with_an_error() throws Exception {
        String username = newPerson();

        assertThat(signIn(username, "feil passord").headers().firstValue("Location")).hasValue(url("/login?error"));
        assertThat(signIn(username, PASSWORD).headers().firstValue("Location")).hasValue(url("/"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
        String username = newPerson();

        for (int i = 0; i < 5; i++) {
            signIn(username, "feil passord " + i);
        }

        // The same answer as a wrong password: the login page does not tell who has an account.
        assertThat(signIn(username, PASSWORD).headers().firstValue("Location")).hasValue(url("/login?error"));
    }

    @Test
    void a_deactivated_person_cannot_sign_in() throws Exception {
        String username = newPerson();
        people.deactivate(people.findByUsername(username).orElseThrow().id());

        assertThat(signIn(username, PASSWORD).headers().firstValue("Location")).hasValue(url("/login?error"));
    }

    @Test
    void signing_in_gives_a_new_session_id() throws Exception {
        String username = newPerson();
        get("/login");
        String before = sessionId();

        signIn(username, PASSWORD);

        assertThat(sessionId()).isNotBlank().isNotEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/registrer", "/", "/styles/medvirk.css"})
    void every_page_sends_the_security_headers(String path) throws Exception {
        var headers = get(path).headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void the_health_endpoint_is_public_and_nothing_else_of_actuator_is() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        var env = get("/actuator/env");
        assertThat(env.statusCode()).isNotEqualTo(200);
        assertThat(env.headers().firstValue("Location")).hasValue(url("/login"));
    }

    private String newPerson() {
        String username = "sikkerhet" + System.nanoTime();
        var kommune = organisations.all().stream().filter(o -> o.name().equals("Fjordvik kommune")).findFirst()
                .orElseThrow();
        people.create(new PersonForm(username, username + "@example.no", "Test Testesen", PASSWORD, kommune.id(),
                null, Language.NB, Set.of(Role.LEARNER), Set.of()));
        return username;
    }

    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
