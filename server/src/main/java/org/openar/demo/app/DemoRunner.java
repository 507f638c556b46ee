package org.openar.demo.app;

import java.io.PrintStream;
import java.util.function.Consumer;
import org.openar.demo.DemoData;
import org.openar.demo.DemoData.DemoLogin;
import org.openar.demo.DemoData.SeedReport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo}: after the admin exists, seeds the demo company unless it is there already, and prints what it
 * made and the demo users' passwords (shown this once, like the admin's).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "openar.demo.enabled", havingValue = "true")
class DemoRunner implements ApplicationRunner {

  private final DemoSeeder seeder;

  DemoRunner(DemoSeeder seeder) {
    this.seeder = seeder;
  }

  @Override
  public void run(ApplicationArguments args) {
    PrintStream out = System.out;
    var skip = seeder.skipReason();
    if (skip.isPresent()) {
      out.println(skip.get() == DemoData.Skip.ALREADY_SEEDED
          ? "OpenAR demo: the demo company exists already; nothing seeded. The demo users' passwords were printed at"
              + " the first start (an admin can reset them under Administration → Users)."
          : "OpenAR demo: this database already holds companies; the demo is seeded only into an empty database"
              + " (use a new --data-dir).");
      return;
    }
    out.println("OpenAR demo: seeding the demo company (first start only) ...");
    long started = System.nanoTime();
    Consumer<String> progress = message -> out.println("  demo: %5.1f s  %s".formatted(
        (System.nanoTime() - started) / 1e9, message));
    seeder.seedIfAbsent(progress).ifPresent(report -> {
      progress.accept("committed");
      print(out, report);
    });
  }

  static void print(PrintStream out, SeedReport r) {
    StringBuilder sb = new StringBuilder("\n=================================================================\n");
    sb.append(" OpenAR demo company seeded in %.1f s: %d customers, %d invoices, %d receipts (%d partial, %d with"
        .formatted(r.took().toMillis() / 1000.0, r.customers(), r.invoices(), r.receipts(), r.partialReceipts(),
            r.discountsTaken()))
        .append(" early-payment discount),\n %d credit notes, %d disputes, %d approvals waiting."
            .formatted(r.creditNotes(), r.disputes(), r.pendingApprovals()))
        .append("\n\n Demo users (passwords shown only this once):\n");
    sb.append(" %-18s %-16s %s%n".formatted("username", "role", "password"));
    for (DemoLogin l : r.logins()) {
      sb.append(" %-18s %-16s %s%n".formatted(l.username(), l.roles(),
          l.password() == null ? "(existed already, unchanged)" : l.password()));
    }
    sb.append(" admin              ADMIN            (printed above at first start, or OPENAR_ADMIN_PASSWORD)\n");
    sb.append("=================================================================\n");
    out.println(sb);
  }
}
