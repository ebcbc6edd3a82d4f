package no.medvirk.shared;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decides the language of each new UI: the one chosen in this session, else the signed-in person's preference,
 * else bokmål. The browser's language is not guessed from: Norwegian public services speak bokmål first, and a
 * choice of English is remembered.
 */
@Component
public class SessionLanguage implements VaadinServiceInitListener {

    private static final String CHOSEN = SessionLanguage.class.getName() + ".chosen";

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SessionLanguage(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The UI's locale picks the texts; the page's lang attribute tells screen readers how to pronounce them. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
                .attr("lang", current().code()));
        event.getSource().addUIInitListener(init -> {
            Language language = current();
            init.getUI().setLocale(language.locale());
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", language.code());
        });
    }

    public Language current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(CHOSEN);
        if (chosen instanceof Language language) {
            return language;
        }
        return currentUser.get().map(SignedInUser::language).orElse(Language.NB);
    }

    /** Switches this session to the language and, for a signed-in person, remembers it as their preference. */
    public void choose(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(CHOSEN, language);
        session.setLocale(language.locale());
        currentUser.get().ifPresent(user -> events.publishEvent(new LanguageChosen(user.personId(), language)));
    }
}
