package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.Consultations;
import no.medvirk.resourcebank.Entry;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.FileInfo;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.resourcebank.Usages;
import no.medvirk.resourcebank.Vocabulary;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;

/**
 * One entry of the bank, with the fields of its kind; an event's registration and calendar file, a consultation's
 * agenda and the form for input, and the lessons that link to the entry.
 */
@Route("ressursbank/:entryId")
@AnonymousAllowed
public class EntryView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ResourceBank bank;
    private final Events events;
    private final Consultations consultations;
    private final Usages usages;
    private final BankFiles files;
    private final CurrentUser currentUser;
    private String title = "";

    public EntryView(ResourceBank bank, Events events, Consultations consultations, Usages usages, BankFiles files,
            CurrentUser currentUser) {
        this.bank = bank;
        this.events = events;
        this.consultations = consultations;
        this.usages = usages;
        this.files = files;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PublicAccess.check(event, bank, currentUser);
        Entry entry;
        try {
            entry = bank.find(UUID.fromString(event.getRouteParameters().get("entryId").orElse("")))
                    .orElseThrow(NotFoundException::new);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        title = entry.title();
        removeAll();
        show(entry);
    }

    private void show(Entry entry) {
        EntryForm c = entry.content();
        var kind = new Span(getTranslation(entry.kind().i18nKey()));
        kind.getElement().getThemeList().add("badge");
        add(new RouterLink(getTranslation("bank.back"), ResourceBankView.class), new H1(entry.title()), kind);
        if (!c.summary().isBlank()) {
            add(new Paragraph(c.summary()));
        }
        c.body().lines().filter(l -> !l.isBlank()).forEach(line -> add(new Paragraph(line)));
        var facts = new DescriptionList();
        facts.addClassName("entry-facts");
        fact(facts, "bank.field.person-role", c.personRole() == null ? "" : label("role", c.personRole()));
        fact(facts, "bank.field.organisation", c.organisation());
        fact(facts, "bank.field.topics", labels("topic", c.tags()));
        fact(facts, "bank.field.audiences", labels("audience", c.audiences()));
        fact(facts, "bank.field.level", c.level() == null ? "" : label("level", c.level()));
        fact(facts, "bank.field.region", c.region() == null ? "" : label("region", c.region()));
        fact(facts, "bank.field.languages", labels("language", c.languages()));
        fact(facts, "bank.field.contact", c.contact());
        fact(facts, "bank.field.licence", c.licence() == null ? "" : label("licence", c.licence()));
        fact(facts, "bank.field.starts-at", time(c.startsAt()));
        fact(facts, "bank.field.ends-at", time(c.endsAt()));
        fact(facts, "bank.field.place", c.place());
        fact(facts, "bank.field.organiser", c.organiser());
        fact(facts, "bank.field.opens-at", time(c.opensAt()));
        fact(facts, "bank.field.closes-at", time(c.closesAt()));
        add(facts);
        if (!c.link().isBlank()) {
            add(new Paragraph(new Anchor(c.link(), getTranslation("bank.open-link"))));
        }
        if (entry.kind() == EntryKind.RESOURCE) {
            files.info(entry.id()).ifPresent(file -> {
                var download = new Anchor(FileInfo.path(entry.id()), getTranslation("bank.file.download",
                        file.name(), FileSizes.format(file.size(), getLocale())));
                download.setRouterIgnore(true);
                add(new Paragraph(download));
            });
        }
        if (!c.examples().isBlank()) {
            add(new H2(getTranslation("bank.field.examples")), new Paragraph(c.examples()));
        }
        if (!c.sources().isBlank()) {
            add(new H2(getTranslation("bank.field.sources")), new Paragraph(c.sources()));
        }
        if (entry.kind() == EntryKind.EVENT) {
            add(new EventRegistration(events, currentUser, entry, true));
        }
        if (entry.kind() == EntryKind.CONSULTATION) {
            consultation(entry);
        }
        usedIn(entry);
    }

    private void consultation(Entry entry) {
        EntryForm c = entry.content();
        add(new H2(getTranslation("bank.field.agenda")));
        c.agenda().lines().filter(l -> !l.isBlank()).forEach(line -> add(new Paragraph(line)));
        add(new H2(getTranslation("bank.consultation.input-title")));
        if (!consultations.isOpen(entry)) {
            add(new Paragraph(getTranslation("bank.consultation.closed")));
            return;
        }
        if (currentUser.get().isEmpty()) {
            add(new Paragraph(new Anchor("login", getTranslation("bank.sign-in-to-answer"))));
            return;
        }
        Map<Integer, TextArea> answers = new LinkedHashMap<>();
        List<String> questions = c.questionList();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(i + 1, answer(questions.get(i)));
        }
        answers.put(0, answer(getTranslation("bank.input.general")));
        var form = new Div();
        form.addClassName("consultation-form");
        answers.values().forEach(form::add);
        var send = new Button(getTranslation("bank.consultation.send"), click -> {
            Map<Integer, String> given = new LinkedHashMap<>();
            answers.forEach((n, field) -> given.put(n, field.getValue()));
            try {
                consultations.give(entry.id(), Actor.of(currentUser.require()), given);
                answers.values().forEach(TextArea::clear);
                UserMessages.success(this, "bank.consultation.thanks");
            } catch (DomainException e) {
                UserMessages.showOn(answers.get(0), getTranslation(e.messageKey(), e.arguments()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, send);
    }

    private TextArea answer(String question) {
        var area = new TextArea(question);
        area.setMaxLength(Consultations.ANSWER_LENGTH);
        area.setWidthFull();
        return area;
    }

    private void usedIn(Entry entry) {
        var used = usages.of(entry.id());
        if (used.isEmpty()) {
            return;
        }
        Language language = Language.of(getLocale());
        var list = new UnorderedList();
        used.forEach(u -> list.add(new ListItem(new Anchor("kurs/" + u.courseId(), u.course().in(language)),
                new Span(" – " + u.lesson().in(language)))));
        add(new H2(getTranslation("bank.used-in")), list);
    }

    private void fact(DescriptionList list, String key, String value) {
        if (!value.isBlank()) {
            list.add(new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value)));
        }
    }

    private String label(String facet, String value) {
        return getTranslation(Vocabulary.i18nKey(facet, value));
    }

    private String labels(String facet, List<String> values) {
        return String.join(", ", values.stream().map(v -> label(facet, v)).toList());
    }

    private String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(java.time.ZoneId.systemDefault()).format(instant);
    }

    static Component link(Entry entry) {
        return new RouterLink(entry.title(), EntryView.class, new RouteParameters("entryId", entry.id().toString()));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
