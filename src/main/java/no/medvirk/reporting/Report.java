package no.medvirk.reporting;

import java.util.List;

/**
 * A report as shown and exported: the filter, the totals, one section per way of grouping, and the competence
 * coverage (the status today, within the organisation filter).
 */
public record Report(ReportFilter filter, Figures total, List<Section> sections, Coverage coverage) {

    public Report {
        sections = List.copyOf(sections);
    }

    public Report(ReportFilter filter, Figures total, List<Section> sections) {
        this(filter, total, sections, Coverage.NONE);
    }

    /** How a section groups the figures; each has its name in the bundles. */
    public enum Grouping {
        MONTH, COURSE, ORGANISATION, UNIT, AUDIENCE;

        public String i18nKey() {
            return "reports.by." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The rows of one grouping, in the order to show them. */
    public record Section(Grouping grouping, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }
    }

    /** One row: a stable key (course id, organisation id, month as 2026-03), the name to show, and its figures. */
    public record Row(String key, String label, Figures figures) {}

    public Section section(Grouping grouping) {
        return sections.stream().filter(s -> s.grouping() == grouping).findFirst().orElseThrow();
    }
}
