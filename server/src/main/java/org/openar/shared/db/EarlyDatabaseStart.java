package org.openar.shared.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a background thread while the Spring context is still being built (initdb, the
 * postmaster's start and the migrations of a new database take two seconds, and the context needs the database only
 * when Flyway runs), then hands it to
 * {@link DatabaseConfig}. The context claims it only for the same data directory and durability it would have
 * started itself; otherwise it stops it and starts its own, so an early start can never pick the wrong database. A
 * start that nobody claims (the context failed first) is stopped when the JVM exits.
 */
public final class EarlyDatabaseStart {

  private static final Logger log = LoggerFactory.getLogger(EarlyDatabaseStart.class);

  private record Pending(Path dataDir, boolean durable, CompletableFuture<EmbeddedDatabase> database) {}

  private static volatile Pending pending;

  private EarlyDatabaseStart() {}

  /** Begins starting the embedded database of {@code dataDir} (durable) unless an early start is under way. */
  public static synchronized void begin(Path dataDir) {
    if (pending != null) {
      return;
    }
    Path dir = dataDir.toAbsolutePath().normalize();
    CompletableFuture<EmbeddedDatabase> future = new CompletableFuture<>();
    Pending p = new Pending(dir, true, future);
    pending = p;
    Thread starter = new Thread(() -> {
      try {
        EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(dir, true);
        db.ensureDatabase("openar", null);
        migrate(db);
        future.complete(db);
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    }, "openar-db-start");
    starter.setDaemon(true);
    starter.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopUnclaimed(p), "openar-db-unclaimed"));
  }

  /**
   * Applies the migrations right away, while the context is still being built; its own Flyway then finds them applied
   * and only validates. Same locations and defaults as the context's Flyway ({@code spring.flyway} in
   * application.yml; an early start happens only when no {@code spring.*} setting is given). A failure here is left
   * to the context's Flyway, which reports it.
   */
  private static void migrate(EmbeddedDatabase db) {
    try {
      org.flywaydb.core.Flyway.configure().dataSource(db.jdbcUrl("openar"), EmbeddedDatabase.SUPERUSER, "")
          .locations(MIGRATIONS).load().migrate();
    } catch (RuntimeException e) {
      log.warn("Migrating the early-started database failed; the application context will migrate it", e);
    }
  }

  /** {@code spring.flyway.locations} of application.yml. */
  static final String MIGRATIONS = "classpath:db/migration";

  /**
   * The early-started database when it is for {@code dataDir} with this durability (waiting for it to be up), else
   * empty: a mismatched one is stopped, a failed one is left to the caller's own start, which reports the error.
   */
  static synchronized Optional<EmbeddedDatabase> claim(Path dataDir, boolean durable) {
    Pending p = pending;
    pending = null;
    if (p == null) {
      return Optional.empty();
    }
    EmbeddedDatabase db;
    try {
      db = p.database().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      log.warn("The early start of the embedded PostgreSQL failed; starting it again", e.getCause());
      return Optional.empty();
    }
    if (p.dataDir().equals(dataDir.toAbsolutePath().normalize()) && p.durable() == durable) {
      return Optional.of(db);
    }
    db.close();
    return Optional.empty();
  }

  private static void stopUnclaimed(Pending p) {
    synchronized (EarlyDatabaseStart.class) {
      if (pending != p) {
        return; // claimed: the context stops it
      }
      pending = null;
    }
    p.database().thenAccept(EmbeddedDatabase::close);
  }
}
