package no.medvirk.packages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The package and package_version tables. */
@Repository
class PackageRows {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String VERSION_COLUMNS = "id, package_id, version, standard, title, content_sha256, "
            + "file_count, byte_count, imported_at, manifest::text";

    private final JdbcTemplate jdbc;

    PackageRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PackageSummary> summaries() {
        return jdbc.query("""
                select p.id, p.identifier, p.title, p.standard, p.latest_version, v.id, p.updated_at
                from package p join package_version v on v.package_id = p.id and v.version = p.latest_version
                order by lower(p.title), p.id""", (row, n) -> summary(row));
    }

    Optional<PackageSummary> summary(PackageId id) {
        return jdbc.query("""
                select p.id, p.identifier, p.title, p.standard, p.latest_version, v.id, p.updated_at
                from package p join package_version v on v.package_id = p.id and v.version = p.latest_version
                where p.id = ?""", (row, n) -> summary(row), id.value()).stream().findFirst();
    }

    Optional<PackageId> packageByIdentifier(String identifier) {
        return jdbc.query("select id from package where identifier = ?",
                (row, n) -> new PackageId(row.getObject(1, UUID.class)), identifier).stream().findFirst();
    }

    /** Locks the package's row, so that two uploads of one package number their versions one after the other. */
    Optional<PackageId> lockByIdentifier(String identifier) {
        return jdbc.query("select id from package where identifier = ? for update",
                (row, n) -> new PackageId(row.getObject(1, UUID.class)), identifier).stream().findFirst();
    }

    Optional<PackageVersion> version(PackageId id, int version) {
        return one("where package_id = ? and version = ?", id.value(), version);
    }

    Optional<PackageVersion> version(PackageVersionId id) {
        return one("where id = ?", id.value());
    }

    Optional<PackageVersion> versionWithContent(PackageId id, String contentSha256) {
        return one("where package_id = ? and content_sha256 = ?", id.value(), contentSha256);
    }

    List<PackageVersion> versions(PackageId id) {
        return jdbc.query("select " + VERSION_COLUMNS + " from package_version where package_id = ? order by version",
                (row, n) -> version(row), id.value());
    }

    void insertPackage(PackageId id, String identifier, String title, Standard standard, Instant now) {
        jdbc.update("insert into package (id, identifier, title, standard, latest_version, created_at, updated_at) "
                + "values (?, ?, ?, ?, 1, ?, ?)", id.value(), identifier, title, standard.name(),
                Timestamp.from(now), Timestamp.from(now));
    }

    int nextVersion(PackageId id) {
        Integer last = jdbc.queryForObject("select max(version) from package_version where package_id = ?",
                Integer.class, id.value());
        return last == null ? 1 : last + 1;
    }

    void insertVersion(PackageVersion version, @Nullable UUID importedBy) {
        jdbc.update("""
                insert into package_version (id, package_id, version, standard, title, content_sha256, file_count,
                    byte_count, manifest, imported_at, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""", version.id().value(), version.packageId().value(),
                version.version(), version.standard().name(), version.title(), version.contentSha256(),
                version.fileCount(), version.byteCount(), JSON.writeValueAsString(version.manifest()),
                Timestamp.from(version.importedAt()), importedBy);
        jdbc.update("update package set title = ?, standard = ?, latest_version = ?, updated_at = ? where id = ?",
                version.title(), version.standard().name(), version.version(), Timestamp.from(version.importedAt()),
                version.packageId().value());
    }

    private Optional<PackageVersion> one(String where, Object... arguments) {
        return jdbc.query("select " + VERSION_COLUMNS + " from package_version " + where, (row, n) -> version(row),
                arguments).stream().findFirst();
    }

    private static PackageSummary summary(ResultSet row) throws SQLException {
        return new PackageSummary(new PackageId(row.getObject(1, UUID.class)), row.getString(2), row.getString(3),
                Standard.valueOf(row.getString(4)), row.getInt(5), new PackageVersionId(row.getObject(6, UUID.class)),
                row.getTimestamp(7).toInstant());
    }

    private static PackageVersion version(ResultSet row) throws SQLException {
        return new PackageVersion(new PackageVersionId(row.getObject(1, UUID.class)),
                new PackageId(row.getObject(2, UUID.class)), row.getInt(3), Standard.valueOf(row.getString(4)),
                row.getString(5), row.getString(6), row.getInt(7), row.getLong(8), row.getTimestamp(9).toInstant(),
                JSON.readValue(row.getString(10), PackageManifest.class));
    }
}
