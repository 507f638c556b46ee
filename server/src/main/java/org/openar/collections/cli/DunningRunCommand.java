package org.openar.collections.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openar.collections.DecisionView;
import org.openar.collections.DunningRuns;
import org.openar.collections.DunningRuns.DecisionQuery;
import org.openar.collections.DunningRuns.RunRequest;
import org.openar.collections.RunView;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code openar dunning run --as-of D [--dry-run]}: the same run as the API's, printed. A dry run lists every decision
 * with its reason, recipient and items, so "what would go out tomorrow" can be checked before it does.
 */
@OpenArCommand(parent = "dunning", parentDescription = "Dunning (collections) commands")
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run dunning as of a date: decide per customer, queue messages in the outbox, open tasks, post"
        + " late fees. With --dry-run nothing is sent or changed; the decisions are printed and kept for review.")
public class DunningRunCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "business date to dun as (default today)")
  LocalDate asOf;

  @Option(names = "--dry-run", description = "decide and show, but send and change nothing")
  boolean dryRun;

  @Option(names = "--company", paramLabel = "CODE", description = "only this company's customers")
  String company;

  @Option(names = "--customer", paramLabel = "CODE", description = "only these customers (code; needs --company"
      + " when codes repeat across companies)", split = ",")
  List<String> customerCodes = new ArrayList<>();

  @Option(names = "--show", paramLabel = "N", defaultValue = "200",
      description = "decisions to print (default ${DEFAULT-VALUE}; 0: summary only)")
  int show;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext ctx = SpringCli.start(data)) {
      Customers customers = ctx.getBean(Customers.class);
      CompanyId companyId = company == null ? null : customers.companies().stream()
          .filter(c -> c.code().equalsIgnoreCase(company)).map(CompanyView::id).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no company with code " + company));
      List<CustomerId> ids = customerCodes.stream().map(code -> customer(customers, companyId, code)).toList();
      DunningRuns runs = ctx.getBean(DunningRuns.class);
      long started = System.nanoTime();
      RunView run = runs.run(new RunRequest(asOf, dryRun, companyId, ids));
      print(System.out, run, (System.nanoTime() - started) / 1_000_000);
      printDecisions(System.out, runs, run);
      return 0;
    }
  }

  private static CustomerId customer(Customers customers, CompanyId company, String code) {
    List<CompanyId> companies = company != null ? List.of(company)
        : customers.companies().stream().map(CompanyView::id).toList();
    return companies.stream().map(c -> customers.findByCode(c, code)).flatMap(java.util.Optional::stream)
        .map(CustomerView::id).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no customer with code " + code));
  }

  private static void print(PrintStream out, RunView r, long ms) {
    out.printf("Dunning %s as of %s: %s, %d customers with decisions, %s (%d ms)%n",
        r.dryRun() ? "DRY RUN" : "run", r.asOf(), r.status(), r.customers(), r.outcomes(), ms);
    out.printf("Run id %s%n", r.id());
  }

  private void printDecisions(PrintStream out, DunningRuns runs, RunView run) {
    int printed = 0;
    for (int page = 0; printed < show; page++) {
      Page<DecisionView> p = runs.decisions(new DecisionQuery(run.id(), null, null, null, null),
          PageQuery.of(page, 500, "customerCode", DunningRuns.DECISION_SORT_FIELDS, null));
      for (DecisionView d : p.items()) {
        if (printed++ >= show) {
          break;
        }
        out.println(line(d));
      }
      if ((long) (page + 1) * 500 >= p.total()) {
        break;
      }
    }
  }

  static String line(DecisionView d) {
    String items = String.join(" ", d.items().stream().map(i -> i.documentNumber() + "(" + i.daysOverdue() + "d"
        + (i.excluded() == null ? "" : "," + i.excluded()) + ")").toList());
    return String.format("%-12s %-8s L%-2s %-8s %-18s %-28s %s %s | %s %s", d.customerCode(),
        d.channel() == null ? "-" : d.channel(), d.level() == null ? "-" : d.level(), d.outcome(), d.reason(),
        d.recipient() == null ? "" : d.recipient(), d.language() == null ? "" : d.language(),
        d.notBefore() == null ? "" : "at " + d.notBefore(), items, d.detail().isEmpty() ? "" : d.detail());
  }
}
