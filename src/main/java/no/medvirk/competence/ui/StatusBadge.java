package no.medvirk.competence.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import no.medvirk.competence.CompetenceMatrix;
import no.medvirk.competence.CompetenceMatrixExport;
import no.medvirk.competence.Item;
import no.medvirk.competence.ItemStatus;

/**
 * A status as the leader sees it: an icon and the status in words (the same words as in the export), so that the
 * difference between a gap, work in progress, an expired and an achieved item never rests on colour. The icon is
 * decoration; the words are what assistive technology reads.
 */
final class StatusBadge extends Span {

    /** The state a cell is drawn in; each has its own icon, words and class. */
    enum Look {
        ACHIEVED(VaadinIcon.CHECK_CIRCLE), EXPIRING_SOON(VaadinIcon.CLOCK), IN_PROGRESS(VaadinIcon.ADJUST),
        NOT_STARTED(VaadinIcon.CIRCLE_THIN), EXPIRED(VaadinIcon.WARNING), NOT_FOLLOWED(VaadinIcon.MINUS);

        private final VaadinIcon icon;

        Look(VaadinIcon icon) {
            this.icon = icon;
        }

        String cssClass() {
            return "status-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    StatusBadge(Look look, String text) {
        Icon icon = look.icon.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("status-icon");
        add(icon, new Span(text));
        addClassNames("status-badge", look.cssClass());
    }

    static StatusBadge of(CompetenceMatrix.Row row, Item item, CompetenceMatrix matrix,
            CompetenceMatrixExport.Texts texts, DateTimeFormatter dates) {
        String text = CompetenceMatrixExport.cell(row, item, matrix, texts, dates);
        return new StatusBadge(!row.follows(item.id()) ? Look.NOT_FOLLOWED
                : look(row.status(item.id()), matrix.now()), text);
    }

    static Look look(ItemStatus status, java.time.Instant now) {
        if (status.expiresSoon(now)) {
            return Look.EXPIRING_SOON;
        }
        return switch (status.status()) {
            case ACHIEVED -> Look.ACHIEVED;
            case IN_PROGRESS -> Look.IN_PROGRESS;
            case NOT_STARTED -> Look.NOT_STARTED;
            case EXPIRED -> Look.EXPIRED;
        };
    }
}
