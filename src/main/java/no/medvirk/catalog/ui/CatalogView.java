package no.medvirk.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.medvirk.catalog.CatalogCard;
import no.medvirk.catalog.CatalogQuery;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;

/**
 * "Kurskatalog": every published course as a card, searchable with Norwegian stemming and filtered by audience and
 * level; courses that fit the learner's role come first.
 */
@Route("katalog")
@Menu(title = "menu.catalog", order = 5, icon = "vaadin:open-book")
@PermitAll
public class CatalogView extends Main implements HasDynamicTitle {

    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> audiences = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> levels = new MultiSelectComboBox<>();
    static final int PAGE = 30;

    private final Div cards = new Div();
    private final Paragraph count = new Paragraph();
    private final Button more = new Button();
    private List<CatalogCard> found = List.of();

    public CatalogView(CourseCatalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("page");
        search.setLabel(getTranslation("catalog.search"));
        search.setPlaceholder(getTranslation("catalog.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        audiences.setLabel(getTranslation("catalog.audiences"));
        audiences.setItems(Audiences.ALL);
        audiences.setItemLabelGenerator(a -> getTranslation("audience." + a));
        audiences.addValueChangeListener(change -> refresh());
        levels.setLabel(getTranslation("catalog.levels"));
        levels.setItems(Audiences.LEVELS);
        levels.setItemLabelGenerator(l -> getTranslation("level." + l));
        levels.addValueChangeListener(change -> refresh());
        var filters = new FlexLayout(search, audiences, levels);
        filters.addClassName("toolbar");
        count.getElement().setAttribute("role", "status");
        cards.addClassName("catalog-cards");
        more.setText(getTranslation("catalog.more"));
        more.addClickListener(click -> showMore());
        add(new H1(getTranslation("catalog.title")), filters, count, cards, more);
        refresh();
    }

    private void refresh() {
        var query = new CatalogQuery(search.getValue(), audiences.getValue(), levels.getValue(),
                Audiences.recommendedFor(currentUser.require()));
        found = catalog.search(query);
        count.setText(getTranslation("catalog.count", found.size()));
        cards.removeAll();
        showMore();
    }

    /** Cards are added a page at a time: a phone need not build hundreds at once. */
    private void showMore() {
        int shown = cards.getComponentCount();
        found.stream().skip(shown).limit(PAGE).forEach(card -> cards.add(card(card)));
        more.setVisible(cards.getComponentCount() < found.size());
    }

    private Card card(CatalogCard course) {
        Language language = Language.of(getLocale());
        var card = new Card();
        var title = new H2(new RouterLink(course.title().in(language), CourseView.class,
                new RouteParameters("courseId", course.id())));
        card.setTitle(title);
        if (course.recommended()) {
            card.setHeaderSuffix(CourseFacts.badge(getTranslation("catalog.recommended")));
        }
        card.add(new Paragraph(course.summary().in(language)));
        card.add(new CourseFacts(course.estimatedMinutes(), course.audiences(), course.levels()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "catalog.title");
    }
}
