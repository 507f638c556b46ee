package org.openar.demo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.collections.Worklists;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.demo.DemoData;
import org.openar.demo.DemoData.DemoLogin;
import org.openar.demo.DemoData.SeedReport;
import org.openar.identity.Users;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingReport;
import org.openar.ledger.CustomerBalance;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seeds the demo company (at a smaller size than {@code serve --demo}, whose full-size plan {@link DemoPlannerTest}
 * checks) into a fresh database through the real modules, then checks that the book is true to the ledger: open
 * balances equal the aging as of past dates, allocations explain every open amount, the audit chain verifies, every
 * demo user signs in, and a second seeding writes nothing.
 */
@OpenArIntegrationTest
@TestPropertySource(properties = {"openar.demo.customers=40", "openar.demo.invoices=700"})
class DemoSeedingTest {

  private static SeedReport report;

  @Autowired DemoData demo;
  @Autowired Customers customers;
  @Autowired LedgerQueries ledger;
  @Autowired AuditTrail audit;
  @Autowired BusinessCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired Worklists worklists;
  @Autowired Users users;

  @BeforeEach
  void seedOnce() {
    if (report == null) {
      report = demo.seedIfAbsent().orElseThrow();
    }
  }

  @Test
  void seedsCustomersInvoicesReceiptsCreditNotesAndDisputes() {
    CompanyView company = company();
    assertThat(company.baseCurrency().code()).isEqualTo("CNY");
    assertThat(company.timeZone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(count("select count(*) from customers_customer where company_id = :c")).isEqualTo(40);
    assertThat(count("select count(*) from customers_customer where company_id = :c and name_zh is not null"))
        .isPositive();
    assertThat(count("select count(*) from customers_customer where company_id = :c and name_zh is null"
        + " and name_en is not null")).isPositive();
    assertThat(jdbc.sql("select distinct k.language from customers_contact k join customers_customer c"
        + " on c.id = k.customer_id where c.company_id = :c").param("c", company.id().value())
        .query(String.class).list()).containsExactlyInAnyOrder("zh-CN", "en");
    assertThat(count("select count(*) from customers_customer where company_id = :c and sales_rep_id is null"))
        .isZero();
    assertThat(count("select count(*) from invoicing_invoice where company_id = :c and status <> 'DRAFT'"))
        .isEqualTo(report.invoices()).isGreaterThanOrEqualTo(700);
    assertThat(count("select count(*) from ledger_item where company_id = :c and type = 'PAYMENT'"))
        .isEqualTo(report.receipts()).isPositive();
    assertThat(count("select count(*) from ledger_item where company_id = :c and type = 'DISCOUNT'"))
        .isEqualTo(report.discountsTaken()).isPositive();
    assertThat(report.partialReceipts()).isPositive();
    // an invoice paid in part first: two or more receipts on it
    assertThat(count("select count(*) from (select a.debit_item_id from ledger_allocation a join ledger_item c"
        + " on c.id = a.credit_item_id where c.company_id = :c and c.type = 'PAYMENT' group by a.debit_item_id"
        + " having count(*) > 1) x")).isPositive();
    assertThat(count("select count(*) from ledger_item where company_id = :c and type = 'CREDIT_NOTE'"))
        .isEqualTo(report.creditNotes()).isPositive();
    assertThat(count("select count(*) from disputes_dispute d join ledger_item i on i.id = d.item_id"
        + " where i.company_id = :c")).isEqualTo(report.disputes()).isPositive();
    LocalDate today = calendar.today();
    assertThat(jdbc.sql("select min(document_date) from ledger_item where company_id = :c and type = 'INVOICE'")
        .param("c", company.id().value()).query(LocalDate.class).single()).isBefore(today.minusMonths(17));
    assertThat(count("select count(*) from identity_approval where status = 'PENDING'"))
        .isEqualTo(report.pendingApprovals()).isEqualTo(2);
  }

  @Test
  void openBalancesEqualTheAgingAndTheAllocationHistoryAsOfSeveralDates() {
    LocalDate today = calendar.today();
    List<CustomerId> ids = jdbc.sql("select id from customers_customer where company_id = :c")
        .param("c", company().id().value()).query((rs, n) -> new CustomerId(rs.getObject(1, java.util.UUID.class)))
        .list();
    for (LocalDate asOf : List.of(today, today.minusDays(45), today.minusDays(200), today.minusDays(400))) {
      Map<String, Long> fromSql = openAsOfBySql(asOf);
      Map<String, Long> fromAging = new HashMap<>();
      for (CustomerId id : ids) {
        AgingReport aging = ledger.aging(id, asOf, AgingBasis.DUE_DATE, AgingBuckets.DEFAULT);
        Map<String, Long> net = new HashMap<>();
        for (CustomerBalance b : ledger.balances(id, asOf)) {
          net.put(b.currency().code(), b.net().minor());
        }
        for (AgingReport.Row row : aging.rows()) {
          assertThat(row.total().minor()).as("aging of %s on %s", id, asOf)
              .isEqualTo(net.getOrDefault(row.currency().code(), 0L));
          assertThat(row.amounts().stream().mapToLong(m -> m.minor()).sum()).isEqualTo(row.total().minor());
          fromAging.merge(id.value() + "/" + row.currency().code(), row.total().minor(), Long::sum);
        }
      }
      fromSql.values().removeIf(v -> v == 0);
      fromAging.values().removeIf(v -> v == 0);
      assertThat(fromAging).as("net open per customer and currency on %s", asOf).isEqualTo(fromSql)
          .isNotEmpty();
    }
  }

  @Test
  void everyOpenAmountIsTheOriginalLessWhatWasAppliedToIt() {
    var rows = jdbc.sql("""
        select i.customer_id, i.currency, i.side, sum(i.original_minor) original, sum(i.open_minor) open,
               sum(coalesce((select sum(a.amount_minor) from ledger_allocation a
                             where a.debit_item_id = i.id or a.credit_item_id = i.id), 0)) applied
        from ledger_item i where i.company_id = :c group by 1, 2, 3""")
        .param("c", company().id().value())
        .query((rs, n) -> new long[] {rs.getLong("original"), rs.getLong("open"), rs.getLong("applied")}).list();
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r[0] - r[2]).isEqualTo(r[1]));
    // every allocation moves the same amount off a debit and a credit: net debit = net credit applied
    Long unbalanced = jdbc.sql("""
        select count(*) from (select i.customer_id, i.currency,
            sum(case when i.side = 'D' then i.original_minor - i.open_minor else 0 end)
          - sum(case when i.side = 'C' then i.original_minor - i.open_minor else 0 end) diff
          from ledger_item i where i.company_id = :c group by 1, 2) x where diff <> 0""")
        .param("c", company().id().value()).query(Long.class).single();
    assertThat(unbalanced).isZero();
  }

  /**
   * Receipts and credit notes reach invoicing through the ledger's events (one bulk event per thousand receipts);
   * once the listeners have run, every invoice's mirrored open amount, payment state and installments agree with the
   * ledger.
   */
  @Test
  void invoiceOpenAmountsMirrorTheLedgerOnceTheListenersHaveRun() throws InterruptedException {
    String mismatches = """
        select count(*) from invoicing_installment s join invoicing_invoice i on i.id = s.invoice_id
          join ledger_item l on l.id = s.ledger_item_id
         where i.company_id = :c and (s.open_minor <> l.open_minor
            or i.open_minor <> (select sum(x.open_minor) from invoicing_installment x where x.invoice_id = i.id))""";
    long wrong = count(mismatches);
    for (int i = 0; i < 300 && wrong > 0; i++) {
      Thread.sleep(100);
      wrong = count(mismatches);
    }
    assertThat(wrong).isZero();
    assertThat(count("select count(*) from invoicing_invoice where company_id = :c and status = 'ISSUED'"
        + " and open_minor = 0")).isPositive();
    assertThat(count("select count(*) from invoicing_invoice where company_id = :c and status = 'CANCELLED'"))
        .isPositive();
  }

  @Test
  void theAuditChainVerifiesAndEveryDemoUserSignsIn() throws Exception {
    AuditTrail.AuditVerification verification = audit.verify();
    assertThat(verification.problems()).isEmpty();
    assertThat(verification.ok()).isTrue();
    assertThat(report.logins()).extracting(DemoLogin::roles).contains("ADMIN", "AR_CLERK", "COLLECTOR",
        "CREDIT_MANAGER", "CONTROLLER", "SALES_REP", "AUDITOR");
    for (DemoLogin login : report.logins()) {
      assertThat(login.password()).isNotBlank();
      Api.login(mvc, login.username(), login.password());
    }
  }

  @Test
  void theDemoCollectorWorksTheOverdueCustomers() {
    java.util.UUID collector = users.findByUsername(DemoUsers.COLLECTOR).orElseThrow().id();
    var page = worklists.worklist(collector, org.openar.shared.paging.PageQuery.of(0, 50, null,
        Worklists.SORT_FIELDS, "-score"));
    assertThat(page.total()).isPositive();
    assertThat(page.items()).allSatisfy(e -> {
      assertThat(e.collectorId()).isEqualTo(collector);
      assertThat(e.overdueItems()).isPositive();
    });
  }

  @Test
  void seedingAgainWritesNothing() {
    long audited = audit.count(new AuditTrail.AuditQuery(null, null, null, null, null, 0, 1));
    long items = jdbc.sql("select count(*) from ledger_item").query(Long.class).single();
    assertThat(demo.skipReason()).contains(DemoData.Skip.ALREADY_SEEDED);
    assertThat(demo.seedIfAbsent()).isEmpty();
    assertThat(customers.companies().stream().filter(c -> DemoData.COMPANY_CODE.equals(c.code()))).hasSize(1);
    assertThat(jdbc.sql("select count(*) from ledger_item").query(Long.class).single()).isEqualTo(items);
    assertThat(audit.count(new AuditTrail.AuditQuery(null, null, null, null, null, 0, 1))).isEqualTo(audited);
  }

  /** Net open per customer and currency on {@code asOf}, replayed in SQL from items and dated allocations. */
  private Map<String, Long> openAsOfBySql(LocalDate asOf) {
    Map<String, Long> open = new HashMap<>();
    jdbc.sql("""
        select i.customer_id, i.currency, sum((i.original_minor - coalesce((select sum(a.amount_minor)
                 from ledger_allocation a where (a.debit_item_id = i.id or a.credit_item_id = i.id)
                 and a.effective_date <= :d), 0)) * case when i.side = 'D' then 1 else -1 end) net
        from ledger_item i
        where i.company_id = :c and (case when i.side = 'D' then i.document_date else i.value_date end) <= :d
        group by 1, 2""")
        .param("c", company().id().value()).param("d", asOf)
        .query(rs -> {
          open.put(rs.getObject(1) + "/" + rs.getString(2), rs.getLong(3));
        });
    return open;
  }

  private long count(String sql) {
    return jdbc.sql(sql).param("c", company().id().value()).query(Long.class).single();
  }

  private CompanyView company() {
    return customers.companies().stream().filter(c -> DemoData.COMPANY_CODE.equals(c.code())).findFirst()
        .orElseThrow();
  }
}
