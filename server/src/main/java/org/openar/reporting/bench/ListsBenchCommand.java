package org.openar.reporting.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code openar bench lists}: the list pages' API calls at scale. Generates a book ({@link ListsBenchData}), starts
 * the whole server on a free port, signs in with an API token like any client and calls the real list endpoints with
 * the filters, sorts and pages the web app sends; each call is timed from request to the last byte of the JSON. The
 * baseline, measured alternately in the same run, is the bare SQL of the same page ({@code select ... where ...
 * order by ... limit 50}) over the same connection pool: what any list must pay at least.
 */
@OpenArCommand(parent = "bench",
    parentDescription = "Benchmarks: generate data at scale, run the real path, print figures")
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "List-page latency over HTTP at scale (p50/p95/p99) vs the bare SQL of the same page.")
public class ListsBenchCommand implements Callable<Integer> {

  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  @Option(names = "--invoices", defaultValue = "1000000", description = "invoices (default ${DEFAULT-VALUE})")
  int invoices;

  @Option(names = "--customers", defaultValue = "20000", description = "customers (default ${DEFAULT-VALUE})")
  int customers;

  @Option(names = "--sales-reps", defaultValue = "20", description = "sales reps (default ${DEFAULT-VALUE})")
  int reps;

  @Option(names = "--runs", defaultValue = "50", description = "measured calls per query (default ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--warmup", defaultValue = "5", description = "warm-up rounds over all queries (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--only", description = "run only the queries whose name contains this text")
  String only;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws Exception {
    PrintStream o = System.out;
    List<String> args = new ArrayList<>(data.springArgs());
    if (!data.namesDatabase() && System.getenv("OPENAR_DB_URL") == null) {
      args.add("--openar.data-dir=data-bench-lists");
    }
    args.addAll(List.of("--server.port=0", "--openar.jobs.enabled=false", "--spring.main.banner-mode=off",
        "--spring.main.log-startup-info=false", "--logging.level.root=WARN", "--logging.level.org.openar=WARN"));
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SpringCli.applicationClass())
        .run(args.toArray(String[]::new))) {
      LocalDate today = ctx.getBean(BusinessCalendar.class).today();
      Users users = ctx.getBean(Users.class);
      List<UUID> repIds = salesReps(users);
      long g0 = System.nanoTime();
      ListsBenchData.Book book = new ListsBenchData(ctx.getBean(DataSource.class))
          .prepare(invoices, customers, repIds, seed, today);
      o.printf("%s %,d invoices of %,d customers (%d s); today %s%n", book.reused() ? "Reusing" : "Generated",
          invoices, customers, (System.nanoTime() - g0) / 1_000_000_000, today);
      String token = token(users);
      int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
      JdbcClient jdbc = ctx.getBean(JdbcClient.class);
      List<ListsBenchQueries.Query> queries = new ListsBenchQueries(jdbc, book, today).all();
      measure(o, queries, new Http(port, token), jdbc);
    }
    return 0;
  }

  private List<UUID> salesReps(Users users) {
    List<UUID> ids = new ArrayList<>();
    for (int i = 1; i <= reps; i++) {
      String name = String.format("bench-rep-%02d", i);
      UserView rep = users.findByUsername(name).orElseGet(() -> users.create(new Users.NewUser(name,
          "Bench rep " + name.substring(10), null, UUID.randomUUID().toString(), Set.of(Role.SALES_REP), "zh-CN")));
      ids.add(rep.id());
    }
    return ids;
  }

  private static String token(Users users) {
    if (users.findByUsername("bench-lists").isEmpty()) {
      users.create(new Users.NewUser("bench-lists", "List benchmark", null, UUID.randomUUID().toString(),
          Set.of(Role.CONTROLLER), "en"));
    }
    return users.createToken("bench-lists", "bench lists", Duration.ofDays(1));
  }

  private void measure(PrintStream o, List<ListsBenchQueries.Query> queries, Http http, JdbcClient jdbc) {
    List<ListsBenchQueries.Query> chosen = queries.stream().filter(q -> only == null || q.name().contains(only))
        .toList();
    // warm-up round-robin over every query first, so no query pays for the JIT or cold caches of the others
    for (int i = 0; i < warmup; i++) {
      for (ListsBenchQueries.Query q : chosen) {
        http.get(q.path());
        q.baseline(jdbc);
      }
    }
    o.printf("%d warm-up rounds, then %d measured calls per query, API and bare SQL alternately; times in ms;"
        + " load average %s%n", warmup, runs, loadAverage());
    o.printf("%-34s %12s %7s %7s %7s %7s %7s %6s%n", "query", "total", "p50", "p95", "p99", "sql p50", "sql p95",
        "p95 ratio");
    List<String> slow = new ArrayList<>();
    for (ListsBenchQueries.Query q : chosen) {
      String body = http.get(q.path());
      Matcher m = TOTAL.matcher(body);
      String total = m.find() ? String.format("%,d", Long.parseLong(m.group(1))) : "-";
      if (body.contains("\"totalExact\":false")) {
        total = "~" + total;
      }
      long[] api = new long[runs];
      long[] sql = new long[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        http.get(q.path());
        api[i] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        q.baseline(jdbc);
        sql[i] = System.nanoTime() - t0;
      }
      double p95 = pct(api, 0.95);
      o.printf("%-34s %12s %7.1f %7.1f %7.1f %7.1f %7.1f %5.1fx%n", q.name(), total, pct(api, 0.5), p95,
          pct(api, 0.99), pct(sql, 0.5), pct(sql, 0.95), p95 / Math.max(pct(sql, 0.95), 0.001));
      if (p95 > 200) {
        slow.add(q.name());
      }
    }
    o.printf("Load average at the end: %s%n", loadAverage());
    o.println(slow.isEmpty() ? "Every list answers within 200 ms at p95." : "Above 200 ms at p95: " + slow);
  }

  private static String loadAverage() {
    try {
      String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The value below which {@code q} of the samples lie (nearest rank), in ms. */
  static double pct(long[] nanos, double q) {
    long[] s = nanos.clone();
    java.util.Arrays.sort(s);
    int rank = (int) Math.ceil(q * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))] / 1e6;
  }

  /** GETs of the API as a signed-in client; any answer but 200 stops the benchmark. */
  private static final class Http {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String token;

    Http(int port, String token) {
      this.base = "http://127.0.0.1:" + port + "/api/v1";
      this.token = token;
    }

    String get(String path) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
          .header("Accept", "application/json").header("Accept-Language", "zh-CN").GET().build();
      try {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
