package org.openar.reporting.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.shared.money.CurrencyCode;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Synthetic open items for the aging benchmark, written with COPY straight into the tables (generation is not what
 * is measured): one company, its customers, and open items of which 92% are invoices (due 30-90 days after a document
 * date up to two years back) and 8% unapplied payments; 90% CNY, 7% USD, 3% EUR; amounts 100.00-50,000.00. A company
 * with the same size and seed is reused, so a second run measures without generating again.
 */
final class AgingBenchData {

  private static final String[] CURRENCIES = {"CNY", "USD", "EUR"};

  private final DataSource dataSource;
  private final Customers customers;

  AgingBenchData(DataSource dataSource, Customers customers) {
    this.dataSource = dataSource;
    this.customers = customers;
  }

  /** The bench company, generated unless one with this shape exists already (then {@code reused} says so). */
  record Book(CompanyView company, boolean reused) {}

  Book prepare(int items, int customerCount, long seed, LocalDate today) throws SQLException, IOException {
    String code = "BENCH-AGING-" + items + "-" + customerCount + "-" + seed;
    Optional<CompanyView> existing = customers.companies().stream().filter(c -> c.code().equals(code)).findFirst();
    if (existing.isPresent()) {
      return new Book(existing.get(), true);
    }
    CompanyView company = customers.createCompany(new Customers.NewCompany(code, "账龄基准测试公司 " + seed,
        "Aging benchmark company " + seed, CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
    Random random = new Random(seed);
    UUID[] ids = new UUID[customerCount];
    for (int i = 0; i < customerCount; i++) {
      ids[i] = new UUID(random.nextLong(), random.nextLong());
    }
    try (Connection con = dataSource.getConnection()) {
      con.setAutoCommit(false);
      copyCustomers(con, company, ids);
      copyItems(con, company, ids, items, random, today);
      con.commit();
      try (var st = con.createStatement()) {
        con.setAutoCommit(true);
        st.execute("analyze ledger_item");
        st.execute("analyze customers_customer");
      }
    }
    return new Book(company, false);
  }

  private static void copyCustomers(Connection con, CompanyView company, UUID[] ids) throws SQLException, IOException {
    String now = Instant.EPOCH.plusSeconds(1_780_000_000L).toString();
    try (Writer w = writer(con, "copy customers_customer (id, company_id, code, name_zh, name_en, created_at,"
        + " updated_at) from stdin")) {
      for (int i = 0; i < ids.length; i++) {
        w.write(ids[i] + "\t" + company.id().value() + "\tB" + i + "\t基准客户 " + i + "\tBench customer " + i + "\t"
            + now + "\t" + now + "\n");
      }
    }
  }

  private static void copyItems(Connection con, CompanyView company, UUID[] customers, int items, Random random,
      LocalDate today) throws SQLException, IOException {
    String companyId = company.id().value().toString();
    String now = Instant.EPOCH.plusSeconds(1_780_000_000L).toString();
    StringBuilder row = new StringBuilder(256);
    try (Writer w = writer(con, "copy ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at,"
        + " document_date, due_date, value_date, side, currency, type, status, document_number, created_by)"
        + " from stdin")) {
      for (int i = 0; i < items; i++) {
        boolean payment = random.nextInt(100) < 8;
        int c = random.nextInt(100);
        String ccy = CURRENCIES[c < 90 ? 0 : c < 97 ? 1 : 2];
        long amount = 10_000 + random.nextInt(4_990_001);
        LocalDate date = today.minusDays(random.nextInt(720));
        row.setLength(0);
        row.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(companyId).append('\t')
            .append(customers[random.nextInt(customers.length)]).append('\t').append(amount).append('\t')
            .append(amount).append('\t').append(now).append('\t').append(date).append('\t');
        if (payment) {
          row.append("\\N\t").append(date).append("\tC\t").append(ccy).append("\tPAYMENT");
        } else {
          row.append(date.plusDays(30L + 15L * random.nextInt(5))).append("\t\\N\tD\t").append(ccy).append("\tINVOICE");
        }
        row.append("\tOPEN\tB").append(i).append("\tbench\n");
        w.write(row.toString());
      }
    }
  }

  private static Writer writer(Connection con, String copy) throws SQLException {
    PGCopyOutputStream out = new PGCopyOutputStream(con.unwrap(PGConnection.class), copy, 1 << 20);
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20);
  }
}
