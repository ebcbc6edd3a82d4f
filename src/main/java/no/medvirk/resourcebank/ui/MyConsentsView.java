package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.Consent;
import no.medvirk.resourcebank.Consents;
import no.medvirk.resourcebank.Entry;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;

/**
 * "Mitt samtykke": a resource person sees every consent given for their entry in the bank (who, when, for what)
 * and withdraws it, which hides them at once; or gives it when there is none in force.
 */
@Route("mitt-samtykke")
@Menu(title = "menu.my-consent", order = 90, icon = "vaadin:handshake")
@PermitAll
public class MyConsentsView extends Main implements HasDynamicTitle {

    private final Consents consents;
    private final CurrentUser currentUser;

    public MyConsentsView(Consents consents, CurrentUser currentUser) {
        this.consents = consents;
        this.currentUser = currentUser;
        addClassName("page");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("bank.my-consent.title")), new Paragraph(getTranslation("bank.my-consent.intro")));
        var me = Actor.of(currentUser.require());
        var entries = consents.entriesOf(me.personId());
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("bank.my-consent.none")));
            return;
        }
        var mine = consents.mine(me.personId());
        for (Entry entry : entries) {
            add(new H2(entry.title()));
            boolean inForce = mine.stream().anyMatch(c -> c.entryId().equals(entry.id()) && c.inForce());
            add(new Paragraph(getTranslation(inForce ? "bank.my-consent.shown" : "bank.my-consent.hidden")));
            if (!inForce) {
                add(new Button(getTranslation("bank.my-consent.give"), click -> {
                    consents.giveOwn(entry.id(), me, getTranslation("bank.my-consent.purpose"));
                    UserMessages.success(this, "bank.my-consent.given");
                    show();
                }));
            }
        }
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        add(new H2(getTranslation("bank.my-consent.record")));
        for (Consent consent : mine) {
            var facts = new DescriptionList();
            facts.addClassName("entry-facts");
            fact(facts, "bank.consent.entry", consent.entryTitle());
            fact(facts, "bank.consent.given-by", consent.givenBy());
            fact(facts, "bank.consent.purpose", consent.purpose());
            fact(facts, "bank.consent.given-at", format.format(consent.givenAt()));
            if (consent.withdrawnAt() != null) {
                fact(facts, "bank.consent.withdrawn-at", format.format(consent.withdrawnAt()));
            }
            var card = new Card();
            card.add(facts);
            if (consent.inForce()) {
                card.add(new Button(getTranslation("bank.consent.withdraw"), click -> {
                    consents.withdrawOwn(consent.id(), me);
                    UserMessages.success(this, "bank.consent.withdrawn");
                    show();
                }));
            }
            add(card);
        }
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value)));
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "bank.my-consent.title");
    }
}
