package no.medvirk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import no.medvirk.shared.ui.NotFoundView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;

class CatalogViewTest extends KaribuViewTest {

    @Test
    void a_representative_finds_the_sample_course_recommended_first() {
        signInAs("deltaker");

        UI.getCurrent().navigate("katalog");

        assertThat(_get(H1.class).getText()).isEqualTo("Kurskatalog");
        assertThat(_find(Card.class)).isNotEmpty();
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getHref)).contains("kurs/eksempelkurs");
    }

    @Test
    void searching_uses_norwegian_stemming_and_an_unknown_word_finds_nothing() {
        signInAs("deltaker");
        UI.getCurrent().navigate("katalog");

        setValue(_get(TextField.class), "lovene");
        assertThat(_find(Card.class)).isNotEmpty();

        setValue(_get(TextField.class), "kvantefysikk");
        assertThat(_find(Card.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText)).contains("Ingen kurs passer");
    }

    @Test
    void the_course_page_shows_its_modules_lessons_and_quizzes() {
        signInAs("deltaker");

        UI.getCurrent().navigate("kurs/eksempelkurs");

        assertThat(_find(H3.class)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(text -> text.contains("(leksjon,"))
                .anyMatch(text -> text.contains("(quiz,"));
    }

    @Test
    void an_unknown_course_is_not_found() {
        signInAs("deltaker");

        UI.getCurrent().navigate("kurs/finnes-ikke");

        _get(NotFoundView.class);
    }
}
