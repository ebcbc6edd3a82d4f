package no.medvirk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.shared.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The published courses and their versions, for course administrators now and the catalogue next. */
@Service
public class CourseCatalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    CourseCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Published courses matching the query, those recommended for the learner's role first, then by title. */
    @Transactional(readOnly = true)
    public List<CatalogCard> search(CatalogQuery query) {
        // Only what a card shows is read from the JSON: a course's lessons can be long, and there may be hundreds.
        var sql = new StringBuilder("""
                select c.id, v.source -> 'title' ->> 'nb', v.source -> 'title' ->> 'en',
                       v.source -> 'summary' ->> 'nb', v.source -> 'summary' ->> 'en',
                       (v.source -> 'audiences')::text, (v.source -> 'levels')::text,
                       (v.source ->> 'estimatedMinutes')::int,
                       jsonb_exists_any(v.source -> 'audiences', ?::text[]) as recommended
                from course c join course_version v on v.id = c.current_version where c.published""");
        var args = new ArrayList<Object>();
        args.add(query.recommendedFor().toArray(String[]::new));
        if (!query.words().isBlank()) {
            sql.append(" and v.search @@ websearch_to_tsquery('norwegian'::regconfig, ?)");
            args.add(query.words().strip());
        }
        if (!query.audiences().isEmpty()) {
            sql.append(" and jsonb_exists_any(v.source -> 'audiences', ?::text[])");
            args.add(query.audiences().toArray(String[]::new));
        }
        if (!query.levels().isEmpty()) {
            sql.append(" and jsonb_exists_any(v.source -> 'levels', ?::text[])");
            args.add(query.levels().toArray(String[]::new));
        }
        sql.append(" order by recommended desc, v.source -> 'title' ->> 'nb' limit 500");
        return jdbc.query(sql.toString(), (row, n) -> new CatalogCard(row.getString(1),
                new LocalizedText(row.getString(2), row.getString(3)), new LocalizedText(row.getString(4),
                        row.getString(5)), strings(row.getString(6)), strings(row.getString(7)), row.getInt(8),
                row.getBoolean(9)), args.toArray());
    }

    /** The current version of a published course, as its page shows it. */
    @Transactional(readOnly = true)
    public Optional<CourseSource> course(String id) {
        return jdbc.queryForList("""
                select v.source::text from course c join course_version v on v.id = c.current_version
                where c.id = ? and c.published""", String.class, id).stream()
                .map(json -> JSON.readValue(json, CourseSource.class)).findFirst();
    }

    /** The version new enrolments get: the current one of a published course. */
    @Transactional(readOnly = true)
    public Optional<CourseVersion> currentVersion(String courseId) {
        return jdbc.query("""
                select v.id, v.course_id, v.number, v.source::text from course c
                join course_version v on v.id = c.current_version where c.id = ? and c.published""",
                (row, n) -> new CourseVersion(row.getObject(1, java.util.UUID.class), row.getString(2), row.getInt(3),
                        JSON.readValue(row.getString(4), CourseSource.class)), courseId).stream().findFirst();
    }

    /** The version a course's files last became, published or not: what a course administrator works with. */
    @Transactional(readOnly = true)
    public Optional<CourseVersion> latestVersion(String courseId) {
        return jdbc.query("""
                select v.id, v.course_id, v.number, v.source::text from course c
                join course_version v on v.id = c.current_version where c.id = ?""",
                (row, n) -> new CourseVersion(row.getObject(1, java.util.UUID.class), row.getString(2), row.getInt(3),
                        JSON.readValue(row.getString(4), CourseSource.class)), courseId).stream().findFirst();
    }

    /** Any version, current or not: learners in progress keep theirs. */
    @Transactional(readOnly = true)
    public Optional<CourseVersion> version(java.util.UUID versionId) {
        return jdbc.query("select id, course_id, number, source::text from course_version where id = ?",
                (row, n) -> new CourseVersion(row.getObject(1, java.util.UUID.class), row.getString(2), row.getInt(3),
                        JSON.readValue(row.getString(4), CourseSource.class)), versionId).stream().findFirst();
    }

    /** Every version of every course, published or not: modules that map activities to competence read them all. */
    @Transactional(readOnly = true)
    public List<CourseVersion> versions() {
        return jdbc.query("select id, course_id, number, source::text from course_version order by course_id, number",
                (row, n) -> new CourseVersion(row.getObject(1, java.util.UUID.class), row.getString(2), row.getInt(3),
                        JSON.readValue(row.getString(4), CourseSource.class)));
    }

    /** How many course versions there are: changes whenever a course is imported with new content. */
    @Transactional(readOnly = true)
    public int versionCount() {
        Integer count = jdbc.queryForObject("select count(*) from course_version", Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * Which versions are current in the published courses, as a short fingerprint: it changes when a course is
     * imported with new content, published or unpublished. For caches of what the published courses hold.
     */
    @Transactional(readOnly = true)
    public String publishedFingerprint() {
        return jdbc.queryForObject("""
                select coalesce(md5(string_agg(c.id || ':' || c.current_version, ',' order by c.id)), '')
                from course c where c.published and c.current_version is not null""", String.class);
    }

    /** The current versions of the published courses, the ones a learner can start. */
    @Transactional(readOnly = true)
    public List<CourseVersion> publishedVersions() {
        return jdbc.query("""
                select v.id, v.course_id, v.number, v.source::text from course c
                join course_version v on v.id = c.current_version where c.published order by c.id""",
                (row, n) -> new CourseVersion(row.getObject(1, java.util.UUID.class), row.getString(2), row.getInt(3),
                        JSON.readValue(row.getString(4), CourseSource.class)));
    }

    private static List<String> strings(String jsonArray) {
        return List.of(JSON.readValue(jsonArray, String[].class));
    }

    /** Takes a course out of the catalogue (learners in progress keep it) or puts it back. */
    @Transactional
    public void setPublished(String courseId, boolean published) {
        jdbc.update("update course set published = ? where id = ?", published, courseId);
    }

    /** Each shared lesson or quiz, by its path, and the courses whose current version uses it. */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<String>> sharedUsage() {
        var usage = new java.util.TreeMap<String, List<String>>();
        jdbc.query("select c.id, v.source::text from course c join course_version v on v.id = c.current_version "
                + "order by c.id", (org.springframework.jdbc.core.RowCallbackHandler) row -> {
                    String courseId = row.getString(1);
                    CourseSource course = JSON.readValue(row.getString(2), CourseSource.class);
                    course.modules().stream().flatMap(m -> m.items().stream()).map(CourseSource.Item::path)
                            .filter(path -> path.startsWith("shared/")).distinct()
                            .forEach(path -> usage.computeIfAbsent(path, p -> new ArrayList<>()).add(courseId));
                });
        return usage;
    }

    @Transactional(readOnly = true)
    public List<CourseSummary> courses() {
        return jdbc.query("""
                select c.id, v.source -> 'title' ->> 'nb', v.source -> 'title' ->> 'en', v.number, c.published,
                       v.imported_at
                from course c join course_version v on v.id = c.current_version
                order by v.source -> 'title' ->> 'nb'""",
                (row, n) -> new CourseSummary(row.getString(1), new LocalizedText(row.getString(2), row.getString(3)),
                        row.getInt(4), row.getBoolean(5), row.getTimestamp(6).toInstant()));
    }
}
