package no.medvirk.competence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.competence.CompetenceFrameworks;
import no.medvirk.competence.CompetenceProfiles;
import no.medvirk.competence.EvidenceEntry;
import no.medvirk.competence.EvidenceKind;
import no.medvirk.competence.Framework;
import no.medvirk.competence.Item;
import no.medvirk.competence.ItemStatus;
import no.medvirk.competence.LearningPaths;
import no.medvirk.competence.Level;
import no.medvirk.competence.LevelRef;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;
import org.jspecify.annotations.Nullable;

/**
 * "Min kompetanse": what the levels a person follows expect (the national advice first), where they stand on each
 * item and on what evidence, what expires soon, their learning path, their self-assessment and the levels they
 * choose to follow.
 */
@Route("kompetanse")
@Menu(title = "menu.my-competence", order = 15, icon = "vaadin:user-star")
@RolesAllowed(Role.Names.LEARNER)
public class MyCompetenceView extends Main implements HasDynamicTitle {

    private final CompetenceProfiles profiles;
    private final CompetenceFrameworks frameworks;
    private final LearningPaths paths;
    private final Clock clock;
    private final PersonId person;
    private final Div status = new Div();
    private final Div path = new Div();
    private final Div checklists = new Div();

    public MyCompetenceView(CompetenceProfiles profiles, CompetenceFrameworks frameworks, LearningPaths paths,
            CurrentUser currentUser, Clock clock) {
        this.profiles = profiles;
        this.frameworks = frameworks;
        this.paths = paths;
        this.clock = clock;
        this.person = new PersonId(currentUser.requirePersonId());
        addClassName("page");
        addClassName("competence");
        add(new H1(getTranslation("competence.title")), new Paragraph(getTranslation("competence.intro")), status,
                new Section(new H2(getTranslation("competence.path")), path),
                new Section(new H2(getTranslation("competence.self-title")),
                        new Paragraph(getTranslation("competence.self-intro")), checklists), targetChoice());
        showChecklists();
        refresh();
    }

    /** What changes when evidence changes: the levels with their items, and the learning path. */
    private void refresh() {
        Language language = Language.of(getLocale());
        Map<String, ItemStatus> statuses = profiles.statusOf(person);
        Instant now = clock.instant();
        status.removeAll();
        List<String> expiring = new ArrayList<>();
        for (Level level : levels()) {
            long achieved = level.items().stream().filter(item -> statusOf(statuses, item).status()
                    == ItemStatus.Status.ACHIEVED).count();
            var items = new UnorderedList();
            items.addClassName("competence-items");
            for (Item item : level.items()) {
                ItemStatus itemStatus = statusOf(statuses, item);
                if (itemStatus.expiresSoon(now) || itemStatus.status() == ItemStatus.Status.EXPIRED) {
                    expiring.add(item.text().in(language));
                }
                items.add(item(item, itemStatus, language, now));
            }
            status.add(new Section(new H2(level.title().in(language)),
                    new Paragraph(getTranslation("competence.level-count", achieved, level.items().size())), items));
        }
        if (!expiring.isEmpty()) {
            var notice = new Paragraph(getTranslation("competence.expiring", expiring.size()));
            notice.addClassName("competence-notice");
            status.addComponentAsFirst(notice);
        }
        path.removeAll();
        var steps = paths.of(person);
        if (steps.isEmpty()) {
            path.add(new Paragraph(getTranslation("competence.path-empty")));
        } else {
            var list = new OrderedList();
            steps.forEach(step -> {
                var link = new Anchor("kurs/" + step.courseId(), step.title().in(language));
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link, new Span(" " + getTranslation("competence.path-step", step.items().size(),
                        step.minutes()))));
            });
            path.add(new Paragraph(getTranslation("competence.path-intro")), list);
        }
    }

    private ListItem item(Item item, ItemStatus itemStatus, Language language, Instant now) {
        var badge = new Span(statusText(itemStatus, now));
        badge.addClassNames("competence-status", "status-" + itemStatus.status().name().toLowerCase(
                java.util.Locale.ROOT).replace('_', '-'));
        var line = new ListItem(new Span(item.text().in(language)), badge);
        List<EvidenceEntry> evidence = itemStatus.status() == ItemStatus.Status.NOT_STARTED ? List.of()
                : profiles.evidence(person, item.id());
        if (!evidence.isEmpty()) {
            var entries = new UnorderedList();
            evidence.forEach(entry -> entries.add(new ListItem(evidenceText(entry))));
            line.add(new Details(getTranslation("competence.evidence-title"), entries));
        }
        return line;
    }

    private String statusText(ItemStatus itemStatus, Instant now) {
        String text = getTranslation(itemStatus.status().i18nKey());
        if (itemStatus.status() == ItemStatus.Status.ACHIEVED && itemStatus.achievedAt() != null) {
            text = getTranslation("competence.achieved-on", date(itemStatus.achievedAt()));
            if (itemStatus.expiresSoon(now) && itemStatus.expiresAt() != null) {
                text += " " + getTranslation("competence.expires-on", date(itemStatus.expiresAt()));
            }
        } else if (itemStatus.status() == ItemStatus.Status.EXPIRED && itemStatus.expiresAt() != null) {
            text = getTranslation("competence.expired-on", date(itemStatus.expiresAt()));
        }
        return text;
    }

    private String evidenceText(EvidenceEntry entry) {
        String kind = getTranslation(entry.kind().i18nKey());
        if (entry.kind() == EvidenceKind.LEADER) {
            return getTranslation("competence.evidence-leader", date(entry.at()), entry.source(),
                    entry.comment() == null ? "" : entry.comment());
        }
        return getTranslation(entry.achieved() ? "competence.evidence-line" : "competence.evidence-line-started",
                kind, date(entry.at()));
    }

    /** The self-assessment checklist of each level the person follows: ticking records it at once. */
    private void showChecklists() {
        Language language = Language.of(getLocale());
        checklists.removeAll();
        Set<String> ticked = profiles.ticked(person);
        for (LevelRef target : profiles.targets(person)) {
            Level level = level(target);
            if (level == null || level.checklist().statements().isEmpty()) {
                continue;
            }
            var list = new Div();
            list.addClassName("competence-checklist");
            level.checklist().statements().forEach(statement -> {
                var box = new Checkbox(statement.text().in(language),
                        ticked.contains(target.frameworkId() + "/" + statement.id()));
                box.addValueChangeListener(change -> {
                    profiles.selfAssess(person, target.frameworkId(), statement.id(), change.getValue());
                    refresh();
                });
                list.add(box);
            });
            checklists.add(new H3(level.title().in(language)), list);
        }
    }

    /** Which levels the person follows, among every level of every framework. */
    private Section targetChoice() {
        Language language = Language.of(getLocale());
        var choice = new CheckboxGroup<LevelRef>(getTranslation("competence.targets-label"));
        List<LevelRef> all = new ArrayList<>();
        Map<LevelRef, String> labels = new java.util.HashMap<>();
        for (Framework framework : frameworks.current()) {
            for (Level level : framework.levels()) {
                var ref = new LevelRef(framework.id(), level.id());
                all.add(ref);
                labels.put(ref, level.title().in(language) + " (" + framework.title().in(language) + ")");
            }
        }
        choice.setItems(all);
        choice.setItemLabelGenerator(labels::get);
        choice.setValue(Set.copyOf(profiles.targets(person)));
        choice.addClassName("competence-targets");
        var message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        var save = new Button(getTranslation("competence.targets-save"), click -> {
            try {
                profiles.chooseTargets(person, choice.getValue());
                showChecklists();
                refresh();
                message.setText(getTranslation("competence.targets-saved"));
            } catch (DomainException e) {
                message.setText(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        return new Section(new H2(getTranslation("competence.targets-title")), choice, save, message);
    }

    private List<Level> levels() {
        return profiles.targets(person).stream().map(this::level).filter(java.util.Objects::nonNull).toList();
    }

    private @Nullable Level level(LevelRef ref) {
        return frameworks.framework(ref.frameworkId()).stream().flatMap(f -> f.levels().stream())
                .filter(level -> level.id().equals(ref.levelId())).findFirst().orElse(null);
    }

    private static ItemStatus statusOf(Map<String, ItemStatus> statuses, Item item) {
        return statuses.getOrDefault(item.id(), ItemStatus.notStarted(item.id()));
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "competence.title");
    }
}
