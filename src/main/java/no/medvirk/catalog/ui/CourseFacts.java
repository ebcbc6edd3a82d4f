package no.medvirk.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A course's minutes, audiences and levels as a row of badges: the same on a card and on the course's page. */
class CourseFacts extends Div {

    CourseFacts(int minutes, List<String> audiences, List<String> levels) {
        addClassName("course-facts");
        add(new Span(getTranslation("catalog.minutes", minutes)));
        audiences.forEach(a -> add(badge(getTranslation("audience." + a))));
        levels.forEach(l -> add(badge(getTranslation("level." + l))));
    }

    static Span badge(String text) {
        var badge = new Span(text);
        badge.addClassName("badge");
        return badge;
    }
}
