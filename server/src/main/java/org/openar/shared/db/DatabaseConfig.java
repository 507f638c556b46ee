package org.openar.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one DataSource: the external PostgreSQL when configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfig {

  @Bean(destroyMethod = "close")
  public EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties props, @Value("${openar.data-dir:data}") String dataDir) {
    if (props.external()) {
      return new EmbeddedDatabaseHolder(null);
    }
    EmbeddedDatabase early = EarlyDatabaseStart.claim(Path.of(dataDir), props.durable()).orElse(null);
    if (early != null) {
      return new EmbeddedDatabaseHolder(early);
    }
    EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(Path.of(dataDir), props.durable());
    db.ensureDatabase("openar", null);
    return new EmbeddedDatabaseHolder(db);
  }

  @Bean(destroyMethod = "close")
  public HikariDataSource dataSource(DatabaseProperties props, EmbeddedDatabaseHolder embedded) {
    HikariConfig config = new HikariConfig();
    if (props.external()) {
      config.setJdbcUrl(props.url());
      config.setUsername(props.user());
      config.setPassword(props.password());
    } else {
      config.setJdbcUrl(embedded.database().jdbcUrl("openar"));
      config.setUsername(EmbeddedDatabase.SUPERUSER);
      config.setPassword("");
    }
    EmbeddedDatabase.connectionProperties().forEach(config::addDataSourceProperty);
    config.setMaximumPoolSize(props.poolSize());
    config.setPoolName("openar");
    return new HikariDataSource(config);
  }

  /** Keeps the embedded server (if any) alive for as long as the context, and stops it last. */
  public record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
    @Override
    public void close() {
      if (database != null) {
        database.close();
      }
    }
  }

}
