package no.medvirk.shared;

/**
 * Present as a bean only when Medvirk runs on its embedded PostgreSQL; demo data is loaded only then.
 *
 * @param jdbcUrl where the embedded database listens
 */
public record EmbeddedDatabase(String jdbcUrl) {}
