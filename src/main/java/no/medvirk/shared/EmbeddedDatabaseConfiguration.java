package no.medvirk.shared;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 under the data directory unless {@code MEDVIRK_DB_URL} names a real one. When
 * it does, Spring Boot's own DataSource is used (see application.properties) and nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(MedvirkProperties properties,
            @Value("${medvirk.embedded-db.start-clean:false}") boolean startClean) {
        return new EmbeddedDatabase(EmbeddedPostgresServer.jdbcUrl(properties.dataDir(), startClean));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase embeddedDatabase, MedvirkProperties properties) {
        // Closing the pool (the context closing) tells the server one user fewer: it stops only after the last.
        var dataSource = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                EmbeddedPostgresServer.release(properties.dataDir());
            }
        };
        dataSource.setJdbcUrl(embeddedDatabase.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setMaximumPoolSize(10);
        // Idle connections are few: the tests' several Spring contexts share one server and its connection limit.
        dataSource.setMinimumIdle(2);
        dataSource.setPoolName("medvirk-embedded");
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("medvirk.db.url"));
        }
    }
}
