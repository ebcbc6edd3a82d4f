package no.medvirk.catalog;

import java.util.List;
import no.medvirk.shared.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published courses and their versions, for course administrators now and the catalogue next. */
@Service
public class CourseCatalog {

    private final JdbcTemplate jdbc;

    CourseCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
