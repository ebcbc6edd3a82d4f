package no.medvirk.xapi;

import java.util.Set;
import no.medvirk.shared.EmbeddedDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo LRS client (key {@code demo-lrs}, secret {@code demo-lrs-secret}, listed in the README), created on the
 * embedded database outside the prod profile, like the demo accounts.
 */
@Component
@Profile("!prod")
class DemoClient implements ApplicationRunner {

    static final String KEY = "demo-lrs";
    static final String SECRET = "demo-lrs-secret";

    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final XapiClients clients;

    DemoClient(ObjectProvider<EmbeddedDatabase> embeddedDatabase, XapiClients clients) {
        this.embeddedDatabase = embeddedDatabase;
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embeddedDatabase.getIfAvailable() != null && !clients.exists(KEY)) {
            clients.create("Medvirk demo client", KEY, SECRET, Set.of(Scope.ALL));
        }
    }
}
