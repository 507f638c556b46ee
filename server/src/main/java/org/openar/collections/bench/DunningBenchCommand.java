package org.openar.collections.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DunningRuns;
import org.openar.collections.DunningRuns.RunRequest;
import org.openar.collections.RunView;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.ledger.Ledger;
import org.openar.notifications.Notifications;
import org.openar.notifications.SendReport;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code openar bench dunning}: plans a dunning run over a generated book (a dry run through the real engine: read,
 * plan, record every decision) next to a plain SQL GROUP BY of the overdue customers as baseline, then carries out the
 * run for a sample of customers (messages rendered and queued with their PDFs) and sends the outbox into a local SMTP
 * sink, next to raw Jakarta Mail sends of the same messages.
 */
@OpenArCommand(parent = "bench", parentDescription = "Benchmarks: generate data at scale, run the real path, print figures")
@Command(name = "dunning", mixinStandardHelpOptions = true,
    description = "Dunning benchmark: plan time over the whole book and send throughput into a local SMTP sink.")
public class DunningBenchCommand implements Callable<Integer> {

  @Option(names = "--open-items", defaultValue = "1000000", description = "open invoices (default ${DEFAULT-VALUE})")
  int openItems;

  @Option(names = "--customers", defaultValue = "100000", description = "customers (default ${DEFAULT-VALUE})")
  int customers;

  @Option(names = "--send", defaultValue = "300",
      description = "customers whose decisions are carried out and sent (default ${DEFAULT-VALUE})")
  int send;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws Exception {
    PrintStream o = System.out;
    try (SmtpSink sink = new SmtpSink(); ConfigurableApplicationContext ctx = SpringCli.start(data,
        "--openar.notifications.mail.host=127.0.0.1", "--openar.notifications.mail.port=" + sink.port(),
        "--openar.notifications.sms.provider=log", "--logging.level.org.openar.collections.app.RunProcessor=INFO")) {
      BusinessCalendar calendar = ctx.getBean(BusinessCalendar.class);
      CpuMeter cpu = new CpuMeter(pgDataDir(ctx));
      LocalDate today = calendar.today();
      JdbcClient jdbc = ctx.getBean(JdbcClient.class);
      long t0 = System.nanoTime();
      CompanyView company = BenchData.company(ctx.getBean(Customers.class), UUID.randomUUID().toString()
          .substring(0, 6).toUpperCase());
      List<CustomerId> ids = BenchData.customers(jdbc, company, customers);
      int items = BenchData.invoices(ctx.getBean(Ledger.class), ids, openItems, today, seed);
      o.printf("data: %,d customers, %,d open invoices in %.1f s (company %s)%n", ids.size(), items, secs(t0),
          company.code());

      long b0 = System.nanoTime();
      int overdueCustomers = baselinePlan(jdbc, company, today);
      double baseline = secs(b0);
      o.printf("baseline plan (SQL GROUP BY of overdue customers): %,d customers in %.2f s%n", overdueCustomers,
          baseline);

      DunningRuns runs = ctx.getBean(DunningRuns.class);
      double[] c0 = cpu.now();
      long p0 = System.nanoTime();
      RunView dry = runs.run(new RunRequest(today, true, company.id(), List.of()));
      double plan = secs(p0);
      o.printf("plan (dry run, read + plan + record decisions): %,d customers with decisions, %s in %.1f s"
          + " (target <= 60 s), %.1fx the baseline; %s%n", dry.customers(), dry.outcomes(), plan, plan / baseline,
          CpuMeter.since(c0, cpu.now()));
      o.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());

      sendSample(o, ctx, runs, jdbc, dry, sink, cpu);
    }
    return 0;
  }

  private void sendSample(PrintStream o, ConfigurableApplicationContext ctx, DunningRuns runs, JdbcClient jdbc,
      RunView dry, SmtpSink sink, CpuMeter cpu) throws Exception {
    List<CustomerId> sample = sampleWithMessages(jdbc, dry, send);
    long e0 = System.nanoTime();
    int queued = 0;
    for (int from = 0; from < sample.size(); from += 1000) {
      RunView real = runs.run(new RunRequest(dry.asOf(), false, null,
          sample.subList(from, Math.min(sample.size(), from + 1000))));
      queued += real.count(DecisionOutcome.SEND) + real.count(DecisionOutcome.DEFER);
    }
    double enqueue = secs(e0);
    o.printf("real run for %,d customers: %,d messages rendered and queued (e-mails with their dunning-letter PDF)"
        + " in %.1f s = %.1f messages/s%n", sample.size(), queued, enqueue, queued / enqueue);

    Notifications notifications = ctx.getBean(Notifications.class);
    double[] c0 = cpu.now();
    long s0 = System.nanoTime();
    int sent = 0;
    SendReport r;
    do {
      r = notifications.sendPending();
      sent += r.sent();
    } while (r.processed() > 0);
    double sending = secs(s0);
    String sendCpu = CpuMeter.since(c0, cpu.now());
    long mails = sink.messages.get();
    o.printf("send: %,d messages (%,d e-mails into the SMTP sink, %,d KB) in %.1f s = %.1f messages/s, %.1f e-mails/s"
        + " (target >= 50 messages/s); %s%n", sent, mails, sink.bytes.get() / 1024, sending, sent / sending,
        mails / sending, sendCpu);
    RawSend.Result raw = RawSend.run(ctx, sink.port(), 200);
    o.printf("baseline send (raw Jakarta Mail, same messages, one connection): %d e-mails in %.1f s = %.1f e-mails/s;"
        + " outbox e-mails/s = %.2fx the baseline%n", raw.count(), raw.seconds(), raw.count() / raw.seconds(),
        (mails / sending) / (raw.count() / raw.seconds()));
    o.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
  }

  /** Customers the dry run would write to, spread over the book. */
  private static List<CustomerId> sampleWithMessages(JdbcClient jdbc, RunView dry, int count) {
    Set<CustomerId> out = new LinkedHashSet<>(jdbc.sql("""
            select customer_id from collections_decision where run_id = :run and outcome in ('SEND', 'DEFER')
             group by customer_id order by md5(customer_id::text) limit :n""")
        .param("run", dry.id().value()).param("n", count)
        .query((rs, n) -> new CustomerId(rs.getObject(1, UUID.class))).list());
    return new ArrayList<>(out);
  }

  private static int baselinePlan(JdbcClient jdbc, CompanyView company, LocalDate today) {
    return jdbc.sql("""
            select count(*) from (select customer_id, max(:today - due_date), sum(open_minor) from ledger_item
             where company_id = :c and status = 'OPEN' and side = 'D' and due_date <= :today + 3
             group by customer_id) x""")
        .param("c", company.id().value()).param("today", today).query(Integer.class).single();
  }

  /** The embedded server's data directory, or null with an external database. */
  private static String pgDataDir(ConfigurableApplicationContext ctx) {
    var env = ctx.getEnvironment();
    String url = env.getProperty("openar.db.url");
    return url == null || url.isBlank()
        ? java.nio.file.Path.of(env.getProperty("openar.data-dir", "data"), "pgdata").toAbsolutePath().toString()
        : null;
  }

  /** Other work on the machine inflates wall-clock times; the figures say how much there was. */
  private static String loadAverage() {
    try {
      String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          .getSystemLoadAverage());
    }
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
