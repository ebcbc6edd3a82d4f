package no.medvirk.reporting;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseSummary;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.competence.CompetenceCoverage;
import no.medvirk.competence.CompetenceFrameworks;
import no.medvirk.competence.ItemCoverage;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Placement;
import no.medvirk.learning.EnrolmentFact;
import no.medvirk.learning.EnrolmentFacts;
import no.medvirk.shared.Language;
import no.medvirk.shared.MedvirkI18NProvider;
import org.springframework.stereotype.Service;

/**
 * Builds the course report from the facts learning gives out, where people sit (identity) and what the courses are
 * (catalog). Each thing that happened counts where and when it happened: an enrolment in the month it started, a
 * completion in the month it finished, a session and a quiz hand-in in their own months.
 *
 * <p>Competence coverage per organisation comes from competence's public API ({@link CompetenceCoverage}), never its
 * tables: the status today of everyone within the organisation filter, whatever the period and course.
 */
@Service
public class CourseReports {

    private final EnrolmentFacts facts;
    private final People people;
    private final CourseCatalog catalog;
    private final MedvirkI18NProvider i18n;
    private final Clock clock;
    private final CompetenceCoverage competence;
    private final CompetenceFrameworks frameworks;

    CourseReports(EnrolmentFacts facts, People people, CourseCatalog catalog, MedvirkI18NProvider i18n, Clock clock,
            CompetenceCoverage competence, CompetenceFrameworks frameworks) {
        this.competence = competence;
        this.frameworks = frameworks;
        this.facts = facts;
        this.people = people;
        this.catalog = catalog;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The zone months and days are counted in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The courses a report can be limited to, current versions, all of them whether published or not. */
    public List<CourseSummary> courses() {
        return catalog.courses();
    }

    public Report report(ReportFilter filter, Locale locale) {
        ZoneId zone = zone();
        Map<no.medvirk.identity.PersonId, Placement> placements = people.placements();
        Map<UUID, List<String>> audiences = new HashMap<>();
        var tallies = new EnumMap<Report.Grouping, Map<String, Figures>>(Report.Grouping.class);
        var labels = new HashMap<String, String>();
        for (Report.Grouping grouping : Report.Grouping.values()) {
            tallies.put(grouping, new LinkedHashMap<>());
        }
        for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to()));
                month = month.plusMonths(1)) {
            tallies.get(Report.Grouping.MONTH).put(month.toString(), Figures.NONE);
        }
        Figures total = Figures.NONE;
        for (EnrolmentFact fact : facts.during(filter.start(zone), filter.end(zone))) {
            Placement place = placements.get(fact.person());
            if (!matches(filter, fact, place)) {
                continue;
            }
            List<String> courseAudiences = audiences.computeIfAbsent(fact.courseVersionId(),
                    id -> catalog.version(id).map(CourseVersion::course).map(c -> c.audiences()).orElse(List.of()));
            for (Happening happening : happenings(fact, filter.start(zone), filter.end(zone))) {
                total = total.plus(happening.figures());
                add(tallies, Report.Grouping.MONTH, YearMonth.from(happening.at().atZone(zone)).toString(),
                        happening.figures());
                add(tallies, Report.Grouping.COURSE, fact.courseId(), happening.figures());
                courseAudiences.forEach(a -> add(tallies, Report.Grouping.AUDIENCE, a, happening.figures()));
                if (place != null) {
                    add(tallies, Report.Grouping.ORGANISATION, place.organisationId().toString(), happening.figures());
                    String unit = place.unitId() == null ? "none:" + place.organisationId() : place.unitId().toString();
                    add(tallies, Report.Grouping.UNIT, unit, happening.figures());
                    labels.put(place.organisationId().toString(), place.organisationName());
                    labels.put(unit, place.unitName() == null
                            ? i18n.getTranslation("reports.no-unit", locale, place.organisationName())
                            : i18n.getTranslation("reports.unit-in", locale, place.unitName(),
                                    place.organisationName()));
                }
            }
        }
        return new Report(filter, total, sections(tallies, labels, locale), coverage(filter, placements, locale));
    }

    /** Coverage per organisation (by its name) and item, and per item over them all. */
    private Coverage coverage(ReportFilter filter, Map<PersonId, Placement> placements, Locale locale) {
        Map<PersonId, String> organisationOf = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        placements.forEach((person, place) -> {
            if (filter.organisation() == null || filter.organisation().equals(place.organisationId())) {
                organisationOf.put(person, place.organisationId().toString());
                names.put(place.organisationId().toString(), place.organisationName());
            }
        });
        List<ItemCoverage> counted = competence.coverage(organisationOf);
        Language language = Language.of(locale);
        var collator = Collator.getInstance(language.locale());
        String all = i18n.getTranslation("reports.coverage.all-organisations", locale);
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, ItemCoverage> anyOf = new LinkedHashMap<>();
        List<Coverage.Row> byOrganisation = new ArrayList<>();
        for (ItemCoverage c : counted) {
            byOrganisation.add(row(names.getOrDefault(c.group(), c.group()), c, c.following(), c.achieved(),
                    language));
            long[] sum = totals.computeIfAbsent(c.item().id(), id -> new long[2]);
            sum[0] += c.following();
            sum[1] += c.achieved();
            anyOf.putIfAbsent(c.item().id(), c);
        }
        byOrganisation.sort(Comparator.comparing(Coverage.Row::organisation, collator));
        List<String> order = frameworks.knownItemIds().stream().toList();
        List<Coverage.Row> items = new ArrayList<>();
        totals.forEach((id, sum) -> items.add(row(all, anyOf.get(id), sum[0], sum[1], language)));
        items.sort(Comparator.comparingInt(r -> order.indexOf(r.itemId())));
        return new Coverage(items, byOrganisation);
    }

    private Coverage.Row row(String organisation, ItemCoverage c, long following, long achieved, Language language) {
        String level = frameworks.framework(c.item().frameworkId()).flatMap(f -> f.levels().stream()
                .filter(l -> l.id().equals(c.item().levelId())).findFirst())
                .map(l -> l.title().in(language)).orElse(c.item().levelId());
        return new Coverage.Row(organisation, c.item().id(), c.item().text().in(language), level, following,
                achieved);
    }

    private static boolean matches(ReportFilter filter, EnrolmentFact fact, @org.jspecify.annotations.Nullable
            Placement place) {
        return (filter.courseId() == null || filter.courseId().equals(fact.courseId()))
                && (filter.organisation() == null
                        || place != null && place.organisationId().equals(filter.organisation()));
    }

    /** Something that happened in an enrolment, at a time within the period, and what it adds. */
    private record Happening(Instant at, Figures figures) {}

    private static List<Happening> happenings(EnrolmentFact fact, Instant from, Instant to) {
        List<Happening> happenings = new ArrayList<>();
        if (!fact.startedAt().isBefore(from) && fact.startedAt().isBefore(to)) {
            happenings.add(new Happening(fact.startedAt(), new Figures(1, 0, 0, 0, java.time.Duration.ZERO)));
        }
        if (fact.finishedAt() != null && !fact.finishedAt().isBefore(from) && fact.finishedAt().isBefore(to)) {
            happenings.add(new Happening(fact.finishedAt(), new Figures(0, 1, 0, 0, java.time.Duration.ZERO)));
        }
        fact.sessions().forEach(s -> happenings.add(new Happening(s.endedAt(),
                new Figures(0, 0, 0, 0, s.duration()))));
        fact.quizResults().forEach(q -> happenings.add(new Happening(q.at(),
                new Figures(0, 0, 1, q.passed() ? 1 : 0, java.time.Duration.ZERO))));
        return happenings;
    }

    private static void add(Map<Report.Grouping, Map<String, Figures>> tallies, Report.Grouping grouping, String key,
            Figures figures) {
        tallies.get(grouping).merge(key, figures, Figures::plus);
    }

    private List<Report.Section> sections(Map<Report.Grouping, Map<String, Figures>> tallies,
            Map<String, String> labels, Locale locale) {
        Language language = Language.of(locale);
        catalog.courses().forEach(c -> labels.put(c.id(), c.title().in(language)));
        var monthName = DateTimeFormatter.ofPattern("LLLL yyyy", language.locale());
        var collator = Collator.getInstance(language.locale());
        List<Report.Section> sections = new ArrayList<>();
        tallies.forEach((grouping, byKey) -> {
            List<Report.Row> rows = new ArrayList<>();
            byKey.forEach((key, figures) -> rows.add(new Report.Row(key, switch (grouping) {
                case MONTH -> monthName.format(YearMonth.parse(key));
                case AUDIENCE -> audience(key, locale);
                default -> labels.getOrDefault(key, key);
            }, figures)));
            if (grouping != Report.Grouping.MONTH) {
                rows.sort(Comparator.comparing(Report.Row::label, collator));
            }
            sections.add(new Report.Section(grouping, rows));
        });
        return sections;
    }

    /** An audience by its name in the bundle; one the bundle does not know (a newer course format) by its key. */
    private String audience(String key, Locale locale) {
        String name = i18n.getTranslation("audience." + key, locale);
        return name.startsWith("!") ? key : name;
    }
}
