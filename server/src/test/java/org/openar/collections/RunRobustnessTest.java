package org.openar.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openar.OpenArApplication;
import org.openar.collections.app.RunLock;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.ledger.Ledger;
import org.openar.notifications.Notifications;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.openar.shared.cli.SpringCli;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What must hold when things go wrong: two application nodes on one database never both run the day's dunning, and a
 * process killed with SIGKILL in the middle of a run leaves nothing half done; the rerun adds exactly what is missing.
 */
@OpenArIntegrationTest
// noon of a working day in Shanghai for every node: with the system clock a run after 21:00 there is held by the
// quiet hours
@TestPropertySource(properties = {"openar.collections.daily-run-at=00:00", "openar.collections.node=node-a",
    "openar.clock.date=" + RunRobustnessTest.DAY})
class RunRobustnessTest {

  static final String DAY = "2026-11-18";

  @Autowired Customers customers;
  @Autowired CustomerMasterData master;
  @Autowired Ledger ledger;
  @Autowired Notifications notifications;
  @Autowired DunningRuns runs;
  @Autowired BusinessCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired RunLock lock;
  @Value("${openar.db.url}") String dbUrl;
  @Value("${openar.db.user}") String dbUser;
  @Value("${openar.db.password:}") String dbPassword;

  /** Customers each owed an e-mail (second reminder, level 4) and an SMS (level 3) today. */
  private List<CustomerId> overdueCustomers(CollectionsFixture fx, int count) {
    LocalDate today = calendar.today();
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CustomerId id = fx.customer("K" + i, Tier.B, "上海示例贸易有限公司" + i, "Example Trading " + i,
          List.of(CollectionsFixture.zh("李雷" + i, "li" + i + "-" + fx.tag.toLowerCase() + "@example.cn",
              "138001380" + String.format("%02d", i)))).customer().id();
      fx.invoice(id, "INV-K" + i, "2000.00 CNY", today.minusDays(46), today.minusDays(16));
      ids.add(id);
    }
    return ids;
  }

  private int messagesOf(List<CustomerId> ids) {
    return jdbc.sql("select count(*) from notifications_message where reference_id = any(:ids)")
        .param("ids", ids.stream().map(CustomerId::toString).toArray(String[]::new)).query(Integer.class).single();
  }

  private void assertEachExactlyOnce(List<CustomerId> ids) {
    LocalDate today = calendar.today();
    for (CustomerId id : ids) {
      for (String key : List.of(MessageKeys.of(id, 4, today, "EMAIL"), MessageKeys.of(id, 3, today, "SMS"))) {
        assertThat(jdbc.sql("select count(*) from notifications_message where idempotency_key = :k").param("k", key)
            .query(Integer.class).single()).as(key).isEqualTo(1);
      }
      assertThat(jdbc.sql("""
              select count(*) from collections_decision d join collections_run r on r.id = d.run_id
               where d.customer_id = :c and not r.dry_run and d.outcome = 'SEND'""")
          .param("c", id.value()).query(Integer.class).single()).as("SEND decisions of %s", id).isEqualTo(2);
    }
    assertThat(messagesOf(ids)).isEqualTo(ids.size() * 2);
  }

  @Test
  void twoNodesOnOneDatabaseNeverBothRunTheDailyRun() throws Exception {
    CollectionsFixture fx = new CollectionsFixture(customers, master, ledger);
    List<CustomerId> ids = overdueCustomers(fx, 8);
    try (ConfigurableApplicationContext nodeB = secondNode()) {
      DunningRuns runsB = nodeB.getBean(DunningRuns.class);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<Optional<RunView>> a = pool.submit(() -> {
          start.await();
          return runs.runDailyIfDue();
        });
        Future<Optional<RunView>> b = pool.submit(() -> {
          start.await();
          return runsB.runDailyIfDue();
        });
        start.countDown();
        RunLock lock = nodeB.getBean(RunLock.class);
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!lock.isHeld() && !(a.isDone() && b.isDone()) && System.nanoTime() < until) {
          Thread.sleep(10);
        }
        if (lock.isHeld()) {
          for (DunningRuns node : List.of(runs, runsB)) {
            assertThatThrownBy(() -> node.run(new DunningRuns.RunRequest(null, false, fx.companyId(), List.of())))
                .as("no second real run anywhere while one works")
                .hasMessageContaining("COLLECTIONS_RUN_IN_PROGRESS");
          }
        }
        Optional<RunView> ra = a.get(10, TimeUnit.MINUTES);
        Optional<RunView> rb = b.get(10, TimeUnit.MINUTES);
        assertThat(ra.isPresent() ^ rb.isPresent()).as("exactly one node ran: a=%s b=%s", ra, rb).isTrue();
        RunView ran = ra.orElseGet(rb::orElseThrow);
        assertThat(ran.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(ran.node()).isIn("node-a", "node-b");
      } finally {
        pool.shutdown();
      }
      assertThat(runs.runDailyIfDue()).isEmpty();
      assertThat(runsB.runDailyIfDue()).isEmpty();
    }
    assertThat(jdbc.sql("select count(*) from collections_run where kind = 'SCHEDULED' and as_of = :d")
        .param("d", calendar.today()).query(Integer.class).single()).isEqualTo(1);
    assertEachExactlyOnce(ids);
  }

  @Test
  void aRunKilledMidwayResumesWithoutDuplicatesOrGaps() throws Exception {
    CollectionsFixture fx = new CollectionsFixture(customers, master, ledger);
    List<CustomerId> ids = overdueCustomers(fx, 40);
    Process child = startCliRun(fx.company.code());
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
      while (messagesOf(ids) < 10 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(child.isAlive()).as("the CLI run must still be working when it is killed").isTrue();
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful anything
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    int stored = messagesOf(ids);
    assertThat(stored).as("killed mid-run").isGreaterThanOrEqualTo(10).isLessThan(ids.size() * 2);
    assertThat(stored % 2).as("each customer's messages commit together").isZero();
    // the killed JVM's run lock goes with its database session, which the server ends once it sees the connection
    // gone: a moment after the kill (a rerun inside that moment is refused as "in progress", rightly), never a lease
    long freed = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (lock.isHeld() && System.nanoTime() < freed) {
      Thread.sleep(50);
    }
    assertThat(lock.isHeld()).as("the killed run's lock is released with its session").isFalse();

    RunView rerun = runs.run(new DunningRuns.RunRequest(calendar.today(), false, fx.companyId(), List.of()));

    assertThat(rerun.customers()).isEqualTo(ids.size() - stored / 2);
    assertEachExactlyOnce(ids);
    assertThat(jdbc.sql("select status from collections_run where company_id = :c and id <> :r")
        .param("c", fx.companyId().value()).param("r", rerun.id().value()).query(String.class).list())
        .containsExactly("INTERRUPTED");
  }

  /** A second application node on the same database: the same beans, without web server and scheduler. */
  private ConfigurableApplicationContext secondNode() throws Exception {
    SpringCli.init(OpenArApplication.class);
    return SpringCli.start(null, "--openar.db.url=" + dbUrl, "--openar.db.user=" + dbUser,
        "--openar.db.password=" + dbPassword, "--openar.db.pool-size=5", "--openar.collections.node=node-b",
        "--openar.collections.daily-run-at=00:00", "--openar.admin-password=Admin-Passw0rd",
        "--openar.clock.date=" + DAY,
        "--openar.identity.bcrypt-strength=4", "--openar.data-dir=" + Files.createTempDirectory("openar-node-b"));
  }

  /** {@code openar dunning run} in a JVM of its own, against this test's database. */
  private Process startCliRun(String company) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile("dunning-cli-", ".log");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "org.openar.OpenAr", "dunning", "run",
        "--as-of", calendar.today().toString(), "--company", company, "--show", "0",
        "--db-url", dbUrl, "--data-dir", Files.createTempDirectory("openar-cli").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("OPENAR_DB_USER", dbUser);
    pb.environment().put("OPENAR_DB_PASSWORD", dbPassword);
    pb.environment().put("OPENAR_CLOCK_DATE", DAY);
    return pb.start();
  }

  /** The outbox keys dunning uses (see {@link DunningRuns}). */
  static final class MessageKeys {
    static String of(CustomerId customer, int level, LocalDate date, String channel) {
      return "dunning:" + customer + ":" + level + ":" + date + ":" + channel;
    }

    private MessageKeys() {}
  }
}
