package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.medvirk.resourcebank.BankQuery;
import no.medvirk.resourcebank.Entry;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.resourcebank.SearchResult;
import no.medvirk.resourcebank.SearchResult.Facet;
import no.medvirk.resourcebank.Vocabulary;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.ui.Pages;

/**
 * "Ressursbank": one search across resource persons, methods, theories, open resources, events and consultations,
 * narrowed by kind, topic, audience, level and region; each choice shows how many entries it gives.
 */
@Route("ressursbank")
@Menu(title = "menu.resourcebank", order = 8, icon = "vaadin:archives")
@AnonymousAllowed
public class ResourceBankView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ResourceBank bank;
    private final CurrentUser currentUser;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<EntryKind> kinds = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> audiences = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> levels = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    private final Paragraph count = new Paragraph();
    private final Div cards = new Div();
    private SearchResult result = new SearchResult(List.of(), java.util.Map.of());

    public ResourceBankView(ResourceBank bank, CurrentUser currentUser) {
        this.bank = bank;
        this.currentUser = currentUser;
        addClassName("page");
        search.setLabel(getTranslation("bank.search"));
        search.setPlaceholder(getTranslation("bank.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        facet(kinds, "bank.facet.kind", List.of(EntryKind.values()), k -> getTranslation(k.i18nKey()),
                k -> result.count(Facet.KIND, k.code()));
        facet(tags, "bank.facet.topic", Vocabulary.TOPICS, v -> label("topic", v), v -> result.count(Facet.TAG, v));
        facet(audiences, "bank.facet.audience", Vocabulary.AUDIENCES, v -> label("audience", v),
                v -> result.count(Facet.AUDIENCE, v));
        facet(levels, "bank.facet.level", Vocabulary.LEVELS, v -> label("level", v),
                v -> result.count(Facet.LEVEL, v));
        facet(regions, "bank.facet.region", Vocabulary.REGIONS, v -> label("region", v),
                v -> result.count(Facet.REGION, v));
        var filters = new FlexLayout(search, kinds, tags, audiences, levels, regions);
        filters.addClassName("toolbar");
        count.getElement().setAttribute("role", "status");
        cards.addClassName("catalog-cards");
        add(new H1(getTranslation("bank.title")), new Paragraph(getTranslation("bank.intro")),
                new RouterLink(getTranslation("bank.to-events"), EventsView.class), filters, count, cards);
        refresh();
    }

    private <T> void facet(MultiSelectComboBox<T> field, String labelKey, List<T> items, Function<T, String> name,
            Function<T, Long> counted) {
        field.setLabel(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(item -> getTranslation("bank.facet.value-count", name.apply(item),
                counted.apply(item)));
        field.addValueChangeListener(change -> refresh());
    }

    private String label(String facet, String value) {
        return getTranslation(Vocabulary.i18nKey(facet, value));
    }

    private void refresh() {
        result = bank.search(new BankQuery(search.getValue(), kinds.getValue(), tags.getValue(),
                audiences.getValue(), levels.getValue(), regions.getValue()));
        for (var field : List.of(kinds, tags, audiences, levels, regions)) {
            field.getDataProvider().refreshAll();
        }
        count.setText(getTranslation("bank.count", result.entries().size()));
        cards.removeAll();
        result.entries().stream().limit(100).forEach(entry -> cards.add(card(entry)));
    }

    private Card card(Entry entry) {
        var card = new Card();
        card.setTitle(new H2(new RouterLink(entry.title(), EntryView.class,
                new RouteParameters("entryId", entry.id().toString()))));
        var kind = new Span(getTranslation(entry.kind().i18nKey()));
        kind.getElement().getThemeList().add("badge");
        card.setHeaderSuffix(kind);
        card.add(new Paragraph(entry.content().summary()));
        Set<String> topics = entry.content().tags().stream().map(t -> label("topic", t))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (!topics.isEmpty()) {
            card.add(new Paragraph(String.join(", ", topics)));
        }
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PublicAccess.check(event, bank, currentUser);
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "bank.title");
    }
}
