package no.medvirk.competence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The competence frameworks as currently published: their levels, items and checklists. */
@Service
@Transactional(readOnly = true)
public class CompetenceFrameworks {

    private static final String CURRENT = "select v.source from competence_framework f "
            + "join competence_framework_version v on v.id = f.current_version";

    private final JdbcTemplate jdbc;
    /** The published frameworks, read once and again after each import (frameworks change only then). */
    private volatile @Nullable List<Framework> cache;

    CompetenceFrameworks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published framework, by id. */
    public List<Framework> current() {
        List<Framework> frameworks = cache;
        if (frameworks == null) {
            frameworks = jdbc.queryForList(CURRENT + " order by f.id", String.class).stream()
                    .map(CompetenceFrameworks::parse).toList();
            cache = frameworks;
        }
        return frameworks;
    }

    /** Called by the importer: the next read sees what it published. */
    void forget() {
        cache = null;
    }

    public Optional<Framework> framework(String id) {
        return current().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The framework an item belongs to. */
    public Optional<Framework> frameworkOf(String itemId) {
        return current().stream().filter(f -> f.findItem(itemId).isPresent()).findFirst();
    }

    /** The item with this id in any published framework. */
    public Optional<Item> item(String id) {
        return current().stream().flatMap(f -> f.findItem(id).stream()).findFirst();
    }

    /** The ids of every item in the published frameworks: the ids courses may map to. */
    public Set<String> knownItemIds() {
        Set<String> ids = new LinkedHashSet<>();
        current().forEach(f -> f.allItems().forEach(item -> ids.add(item.id())));
        return ids;
    }

    private static Framework parse(String json) {
        return FrameworkImporter.JSON.readValue(json, Framework.class);
    }
}
