package org.openar.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Seeds the demo company; the {@code serve --demo} start calls it, tests call it directly. */
public interface DemoData {

  /** The code of the demo company; its presence means the database was seeded already. */
  String COMPANY_CODE = "DEMO";

  /**
   * Seeds the demo company, its users and its books into an empty database. Empty (nothing written) when the demo
   * company exists already, so a restart never seeds twice, or when the database holds any other company, so a demo
   * is never mixed into real books. Deterministic for a given seed and clock date.
   */
  Optional<SeedReport> seedIfAbsent();

  /** Why {@link #seedIfAbsent} would write nothing now, or empty when it would seed. */
  Optional<Skip> skipReason();

  enum Skip { ALREADY_SEEDED, DATABASE_NOT_EMPTY }

  /** What was seeded, with the generated passwords of the demo users (shown this once; stored only as hashes). */
  record SeedReport(int customers, int invoices, int receipts, int partialReceipts, int discountsTaken,
      int creditNotes, int disputes, int pendingApprovals, List<DemoLogin> logins, Duration took) {
    public SeedReport {
      logins = List.copyOf(logins);
    }

    /** The same report with another duration (the seeder's, once its transaction has committed). */
    public SeedReport took(Duration duration) {
      return new SeedReport(customers, invoices, receipts, partialReceipts, discountsTaken, creditNotes, disputes,
          pendingApprovals, logins, duration);
    }
  }

  record DemoLogin(String username, String displayName, String roles, String password) {}
}
