package org.openar.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} (env {@code OPENAR_DB_URL}) OpenAR starts its embedded PostgreSQL in
 * {@code <openar.data-dir>/pgdata}; with one it uses that server.
 *
 * @param url JDBC URL of an external PostgreSQL, e.g. {@code jdbc:postgresql://db:5432/openar}
 * @param user its user ({@code OPENAR_DB_USER})
 * @param password its password ({@code OPENAR_DB_PASSWORD})
 * @param poolSize maximum connections in the pool
 * @param durable whether the embedded server keeps fsync on (off only for throw-away test databases)
 */
@ConfigurationProperties("openar.db")
public record DatabaseProperties(String url, String user, String password, Integer poolSize, Boolean durable) {

  public DatabaseProperties {
    poolSize = poolSize == null ? 20 : poolSize;
    durable = durable == null || durable;
  }

  public boolean external() {
    return url != null && !url.isBlank();
  }
}
