package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.SeatNotice;
import org.jspecify.annotations.Nullable;

/**
 * "Du har fått plass på …": the seats that came to the signed-in person from the waiting list, shown until they
 * dismiss the notice. On the events page all of them; on an event's page that event's only.
 */
class SeatNotices extends Div {

    private final Events events;
    private final UUID personId;
    private final @Nullable UUID onlyEvent;

    SeatNotices(Events events, UUID personId, @Nullable UUID onlyEvent) {
        this.events = events;
        this.personId = personId;
        this.onlyEvent = onlyEvent;
        addClassName("seat-notices");
        // Focus comes here when a notice is dismissed, so a keyboard user goes on from where it was.
        getElement().setAttribute("tabindex", "-1");
        show();
    }

    private void show() {
        removeAll();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (SeatNotice notice : events.notices(personId)) {
            if (onlyEvent != null && !onlyEvent.equals(notice.eventId())) {
                continue;
            }
            var dismiss = new Button(getTranslation("bank.notice.dismiss"), click -> {
                events.dismissNotice(notice.eventId(), personId);
                show();
                getElement().executeJs("this.focus()");
            });
            dismiss.setAriaLabel(getTranslation("bank.notice.dismiss-label", notice.title()));
            var text = new Paragraph(getTranslation("bank.notice.seat", notice.title(),
                    format.format(notice.startsAt())));
            var box = new Div(text, dismiss);
            box.addClassName("seat-notice");
            add(box);
        }
    }
}
