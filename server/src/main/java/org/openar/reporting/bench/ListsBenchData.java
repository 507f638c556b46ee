package org.openar.reporting.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Synthetic book for the list-page benchmark, written with COPY straight into the real tables (generation is not
 * what is measured): one company, {@code customers} customers spread over the sales reps, {@code invoices} invoice
 * documents (2% drafts, 1% cancelled by a full credit note, the rest issued: 55% settled, 10% part-paid, 35% open),
 * a ledger INVOICE item for every issued or cancelled invoice with the same open amount, one PAYMENT item per ten
 * invoices (15% with money still on account), the credit notes of the cancelled invoices, and one audit row per
 * issued invoice. Invoice dates up to two years back, terms 30/60/90 days, amounts 100.00-50,000.00, 90% CNY, 7% USD,
 * 3% EUR.
 *
 * <p>Settled ledger items are written without their allocation rows (the lists read only the item rows), so the
 * ledger's insert triggers are switched off for the load ({@code session_replication_role = replica}, which needs the
 * embedded database's superuser), and the audit rows carry placeholder hashes: {@code openar audit verify} fails on a
 * bench database by design. A company with the same shape is reused, so a second run measures without generating.
 */
final class ListsBenchData {

  private static final String[] CURRENCIES = {"CNY", "USD", "EUR"};
  private static final String[] TERMS = {"NET30", "NET60", "NET90"};
  private static final String[] ACTORS = {"clerk.li", "clerk.wang", "clerk.zhang", "clerk.chen", "clerk.liu",
      "import", "cashapp", "controller.zhao", "collector.sun", "system"};

  private final DataSource dataSource;

  ListsBenchData(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The generated (or found) book: its company, customers and sales reps. */
  record Book(UUID company, List<UUID> reps, boolean reused) {}

  Book prepare(int invoices, int customerCount, List<UUID> reps, long seed, LocalDate today)
      throws SQLException, IOException {
    String code = "BENCH-LISTS-" + invoices + "-" + customerCount + "-" + seed;
    try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
      var rs = st.executeQuery("select id from customers_company where code = '" + code + "'");
      if (rs.next()) {
        return new Book(rs.getObject(1, UUID.class), reps, true);
      }
      UUID company = new UUID(seed, invoices);
      Random random = new Random(seed);
      UUID[] customers = new UUID[customerCount];
      for (int i = 0; i < customerCount; i++) {
        customers[i] = new UUID(random.nextLong(), random.nextLong());
      }
      con.setAutoCommit(false);
      st.execute("set local session_replication_role = replica");
      st.execute("insert into customers_company (id, code, name, name_en, base_currency, time_zone, created_at)"
          + " values ('" + company + "', '" + code + "', '列表基准测试公司', 'List benchmark company', 'CNY',"
          + " 'Asia/Shanghai', now())");
      copyCustomers(con, company, customers, reps, random);
      long audits = new Documents(con, company, customers, random, today).copy(invoices);
      st.execute("update audit_chain_head set last_seq = last_seq + " + audits + ", last_hash = 'bench' where id = 1");
      con.commit();
      con.setAutoCommit(true);
      for (String t : List.of("customers_customer", "invoicing_invoice", "invoicing_credit_note", "ledger_item",
          "audit_log")) {
        st.execute("vacuum analyze " + t);
      }
      return new Book(company, reps, false);
    }
  }

  private static void copyCustomers(Connection con, UUID company, UUID[] ids, List<UUID> reps, Random random)
      throws SQLException, IOException {
    String now = Instant.EPOCH.plusSeconds(1_780_000_000L).toString();
    try (Writer w = writer(con, "copy customers_customer (id, company_id, code, name_zh, name_en, tier, payment_terms,"
        + " sales_rep_id, status, created_at, updated_at) from stdin")) {
      for (int i = 0; i < ids.length; i++) {
        int s = random.nextInt(100);
        w.write(ids[i] + "\t" + company + "\t" + code(i) + "\t列表基准客户" + i + "有限公司\tList bench customer " + i
            + " Ltd.\t" + "ABC".charAt(random.nextInt(3)) + "\t" + TERMS[i % 3] + "\t" + reps.get(i % reps.size())
            + "\t" + (s < 94 ? "ACTIVE" : s < 97 ? "BLOCKED" : "INACTIVE") + "\t" + now + "\t" + now + "\n");
      }
    }
  }

  static String code(int customer) {
    return String.format("L%05d", customer);
  }

  /** The invoices with their ledger items, payments, credit notes and audit rows, in one pass. */
  private static final class Documents {
    private final Connection con;
    private final UUID company;
    private final UUID[] customers;
    private final Random random;
    private final LocalDate today;
    private final String now = Instant.EPOCH.plusSeconds(1_780_000_000L).toString();

    Documents(Connection con, UUID company, UUID[] customers, Random random, LocalDate today) {
      this.con = con;
      this.company = company;
      this.customers = customers;
      this.random = random;
      this.today = today;
    }

    long copy(int invoices) throws SQLException, IOException {
      StringBuilder items = new StringBuilder(1 << 16);
      StringBuilder notes = new StringBuilder(1 << 16);
      StringBuilder audit = new StringBuilder(1 << 16);
      long seq = firstAuditSeq();
      long audits = 0;
      try (Writer w = writer(con, "copy invoicing_invoice (id, company_id, customer_id, customer_code, customer_name,"
          + " customer_name_en, status, number, currency, invoice_date, payment_terms, due_date, next_due_date,"
          + " prices_include_tax, tax_rounding, list_minor, discount_minor, net_minor, tax_minor, gross_minor,"
          + " open_minor, credited_minor, created_at, created_by, updated_at, updated_by, issued_at, issued_by)"
          + " from stdin")) {
        for (int i = 0; i < invoices; i++) {
          int c = random.nextInt(customers.length);
          UUID id = new UUID(random.nextLong(), random.nextLong());
          int s = random.nextInt(100);
          String status = s < 2 ? "DRAFT" : s < 3 ? "CANCELLED" : "ISSUED";
          String ccy = currency();
          long gross = 10_000 + random.nextInt(4_990_001);
          long net = gross * 100 / 113;
          LocalDate date = today.minusDays(random.nextInt(730));
          LocalDate due = date.plusDays(30L * (1 + c % 3));
          String number = status.equals("DRAFT") ? null : String.format("LB-%010d", i);
          long open = openAmount(status, gross);
          w.write(id + "\t" + company + "\t" + customers[c] + "\t" + code(c) + "\t列表基准客户" + c + "有限公司\t"
              + "List bench customer " + c + " Ltd.\t" + status + "\t" + nul(number) + "\t" + ccy + "\t" + date + "\t"
              + TERMS[c % 3] + "\t" + due + "\t" + (open > 0 ? due.toString() : "\\N") + "\tf\tCN_VAT_HALF_UP\t" + net
              + "\t0\t" + net + "\t" + (gross - net) + "\t" + gross + "\t" + (status.equals("DRAFT") ? "\\N" : open)
              + "\t" + (status.equals("CANCELLED") ? gross : 0) + "\t" + now + "\tbench\t" + now + "\tbench\t"
              + (number == null ? "\\N\t\\N" : now + "\tbench") + "\n");
          if (number == null) {
            continue;
          }
          items.append(item(UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8)), c, gross, open, date,
              due, null, "D", ccy, "INVOICE", number));
          if (status.equals("CANCELLED")) {
            LocalDate creditDate = date.plusDays(5).isAfter(today) ? today : date.plusDays(5);
            notes.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(company).append('\t')
                .append(customers[c]).append('\t').append(id).append('\t').append(number).append('\t')
                .append(code(c)).append("\t列表基准客户").append(c).append("有限公司\t")
                .append(String.format("LC-%010d", i)).append('\t').append(ccy).append('\t').append(creditDate)
                .append("\tFULL\tBench: order cancelled\t").append(net).append('\t').append(gross - net).append('\t')
                .append(gross).append('\t').append(gross).append('\t')
                .append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(now).append("\tbench\n");
          } else {
            audit.append(seq++).append('\t').append(date).append("T02:00:00Z\t").append(new UUID(0, i % 10 + 1))
                .append('\t').append(ACTORS[i % 10]).append("\tinvoicing.invoice\t").append(id)
                .append("\tISSUE\t\\N\t{\"number\": \"").append(number).append("\"}\tbench\tbench\n");
            audits++;
          }
          if (i % 10 == 0) {
            payment(items, i, date);
          }
        }
      }
      copyText(con, "copy ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at,"
          + " document_date, due_date, value_date, side, currency, type, status, document_number, created_by)"
          + " from stdin", items);
      copyText(con, "copy invoicing_credit_note (id, company_id, customer_id, invoice_id, invoice_number,"
          + " customer_code, customer_name, number, currency, credit_date, mode, reason, net_minor, tax_minor,"
          + " gross_minor, applied_minor, ledger_item_id, created_at, created_by) from stdin", notes);
      copyText(con, "copy audit_log (seq, occurred_at, actor_id, actor_name, entity_type, entity_id, action, before,"
          + " after, prev_hash, hash) from stdin", audit);
      return audits;
    }

    private long firstAuditSeq() throws SQLException {
      try (Statement st = con.createStatement();
          var rs = st.executeQuery("select last_seq + 1 from audit_chain_head where id = 1")) {
        rs.next();
        return rs.getLong(1);
      }
    }

    private void payment(StringBuilder items, int i, LocalDate date) {
      int c = random.nextInt(customers.length);
      long amount = 10_000 + random.nextInt(4_990_001);
      long open = random.nextInt(100) < 15 ? amount / (1 + random.nextInt(2)) : 0;
      String number = String.format("LP-%010d", i);
      LocalDate value = date.plusDays(20).isAfter(today) ? today : date.plusDays(20);
      items.append(item(UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8)), c, amount, open, value,
          null, value, "C", currency(), random.nextInt(10) == 0 ? "ADVANCE" : "PAYMENT", number));
    }

    private String item(UUID id, int c, long original, long open, LocalDate date, LocalDate due, LocalDate value,
        String side, String ccy, String type, String number) {
      return id + "\t" + company + "\t" + customers[c] + "\t" + original + "\t" + open + "\t" + now + "\t" + date
          + "\t" + (due == null ? "\\N" : due) + "\t" + (value == null ? "\\N" : value) + "\t" + side + "\t" + ccy
          + "\t" + type + "\t" + (open > 0 ? "OPEN" : "CLEARED") + "\t" + number + "\tbench\n";
    }

    private long openAmount(String status, long gross) {
      if (!status.equals("ISSUED")) {
        return 0;
      }
      int p = random.nextInt(100);
      return p < 55 ? 0 : p < 65 ? gross * (10 + random.nextInt(80)) / 100 : gross;
    }

    private String currency() {
      int c = random.nextInt(100);
      return CURRENCIES[c < 90 ? 0 : c < 97 ? 1 : 2];
    }

    private static String nul(String s) {
      return s == null ? "\\N" : s;
    }
  }

  private static void copyText(Connection con, String copy, StringBuilder rows) throws SQLException, IOException {
    try (Writer w = writer(con, copy)) {
      w.append(rows);
    }
  }

  private static Writer writer(Connection con, String copy) throws SQLException {
    PGCopyOutputStream out = new PGCopyOutputStream(con.unwrap(PGConnection.class), copy, 1 << 20);
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20);
  }
}
