package org.openar.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@link Invoicing#issueAll} and {@link Ledger#receiveAll} against one call per document: two fresh companies get the
 * same invoices and receipts, one through each path, and end with the same numbers, ledger items, allocations
 * (discounts included), invoice open amounts (kept by the listener of the bulk event) and audit records (but for the
 * drafts, which a bulk issue does not audit on their own).
 */
@OpenArIntegrationTest
class BulkFacadesMatchOneByOneTest {

  @Autowired Customers customers;
  @Autowired Users users;
  @Autowired MockMvc mvc;
  @Autowired Invoicing invoicing;
  @Autowired Ledger ledger;
  @Autowired LedgerQueries ledgerQueries;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired BusinessCalendar calendar;

  @Test
  void bulkIssueAndReceiveWriteExactlyWhatOneCallPerDocumentWrites() throws Exception {
    InvoicingFixture single = new InvoicingFixture(customers, users, mvc);
    InvoicingFixture bulk = new InvoicingFixture(customers, users, mvc);
    LocalDate today = calendar.today();

    long start = lastSeq();
    List<InvoiceView> one = new ArrayList<>();
    for (InvoiceDraft d : drafts(single, today)) {
      InvoiceView draft = invoicing.createDraft(d);
      one.add(invoicing.issue(draft.id(), draft.version()));
    }
    creditNotes(one, today).forEach(invoicing::issueCreditNote);
    for (Receipt r : receipts(one, today)) {
      List<Ledger.AllocationLine> lines = new ArrayList<>();
      Money total = null;
      for (int k = 0; k < r.items().size(); k++) {
        Money amount = r.amounts().get(k);
        if (amount == null) {
          amount = ledgerQueries.discountAvailable(r.items().get(k), r.day()).payable();
        }
        lines.add(new Ledger.AllocationLine(r.items().get(k), amount, r.amounts().get(k) == null));
        total = total == null ? amount : total.plus(amount);
      }
      ledger.receive(payment(single, r, total), r.day(), lines);
    }
    long middle = lastSeq();

    List<InvoiceView> many = invoicing.issueAll(drafts(bulk, today));
    List<CreditNoteView> notes = invoicing.issueCreditNotes(creditNotes(many, today));
    List<Ledger.Receipt> batch = new ArrayList<>();
    for (Receipt r : receipts(many, today)) {
      List<Ledger.AllocationLine> lines = new ArrayList<>();
      for (int k = 0; k < r.items().size(); k++) {
        lines.add(new Ledger.AllocationLine(r.items().get(k), r.amounts().get(k), r.amounts().get(k) == null));
      }
      batch.add(new Ledger.Receipt(payment(bulk, r, null), r.day(), lines));
    }
    List<Ledger.AllocationResult> results = ledger.receiveAll(batch);
    long end = lastSeq();

    assertThat(many).extracting(InvoiceView::number).isEqualTo(one.stream().map(InvoiceView::number).toList())
        .startsWith("INV-" + today.minusDays(40).getYear() + "-000001");
    assertThat(many).extracting(v -> v.totals().gross()).isEqualTo(one.stream().map(v -> v.totals().gross()).toList());
    assertThat(many).extracting(v -> v.installments().size()).containsExactly(1, 2, 1, 1, 1);
    assertThat(notes).extracting(CreditNoteView::number).containsExactly(
        "CN-" + today.minusDays(25).getYear() + "-000001", "CN-" + today.minusDays(15).getYear() + "-000002");
    assertThat(results).hasSize(3);
    assertThat(results.get(2).lines()).singleElement().satisfies(l -> assertThat(l.discount()).isNotNull());
    assertThat(results.get(2).credit().originalAmount()).isEqualTo(Money.of(new BigDecimal("98.00"),
        results.get(2).credit().originalAmount().currency()).times(BigDecimal.valueOf(113, 2),
        java.math.RoundingMode.HALF_UP));
    assertThat(ledgerRows(bulk)).isEqualTo(ledgerRows(single)).isNotEmpty();
    assertThat(allocationRows(bulk)).isEqualTo(allocationRows(single)).hasSize(7);
    awaitMirror(single, bulk);
    // the same audit records, except that a bulk-issued invoice has one "issued" record without before-image instead
    // of "draft-created" + "issued" (its draft never existed outside the bulk call's transaction; see BulkIssuer)
    Map<String, Long> oneByOne = auditActions(start, middle);
    assertThat(oneByOne.remove("invoicing.invoice draft-created")).isEqualTo((long) one.size());
    assertThat(auditActions(middle, end)).isEqualTo(oneByOne);
    for (InvoiceView v : many) {
      var history = audit.search(new AuditTrail.AuditQuery("invoicing.invoice", v.id().toString(), null, null, null, 0,
          10));
      assertThat(history).extracting(AuditTrail.AuditEntryView::action).doesNotContain("draft-created");
      assertThat(history.stream().filter(e -> e.action().equals("issued"))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("issued");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("\"number\": \"" + v.number() + "\"", "\"status\": \"ISSUED\"");
          });
    }
    assertThat(audit.verify().ok()).isTrue();
  }

  @Test
  void aSecondCreditNoteOnTheSameInvoiceIsRefusedInOneBulkCall() {
    InvoicingFixture f = new InvoicingFixture(customers, users, mvc);
    LocalDate today = calendar.today();
    InvoiceView invoice = invoicing.issueAll(drafts(f, today).subList(0, 1)).get(0);
    Money part = Money.of(new BigDecimal("10.00"), invoice.currency());
    CreditNoteRequest r = new CreditNoteRequest(invoice.id(), today, CreditMode.AMOUNT, "price", null, part);
    assertThatThrownBy(() -> invoicing.issueCreditNotes(List.of(r, r))).isInstanceOf(OpenArException.class)
        .hasMessageContaining("INVALID_VALUE");
    assertThat(jdbc.sql("select count(*) from ledger_item where company_id = :c and type = 'CREDIT_NOTE'")
        .param("c", f.company.id().value()).query(Long.class).single()).isZero();
  }

  @Test
  void aRefusedDraftLeavesNothingBehindNotEvenANumber() {
    InvoicingFixture f = new InvoicingFixture(customers, users, mvc);
    LocalDate today = calendar.today();
    List<InvoiceDraft> drafts = new ArrayList<>(drafts(f, today));
    drafts.add(draft(f, f.acme.id(), today.plusDays(3), null));
    long before = lastSeq();
    assertThatThrownBy(() -> invoicing.issueAll(drafts)).isInstanceOf(OpenArException.class)
        .hasMessageContaining("INVOICING_DATE_IN_FUTURE");
    assertThat(lastSeq()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from invoicing_invoice where company_id = :c")
        .param("c", f.company.id().value()).query(Long.class).single()).isZero();
    InvoiceView next = invoicing.issueAll(drafts.subList(0, 1)).get(0);
    assertThat(next.number()).endsWith("-000001");
  }

  private record Receipt(String number, LocalDate day, List<ItemId> items, List<Money> amounts) {}

  /** A partial payment, the rest of it later with another invoice, and one inside the 2/10 discount window. */
  private static List<Receipt> receipts(List<InvoiceView> invoices, LocalDate today) {
    ItemId first = invoices.get(0).installments().get(0).ledgerItemId();
    ItemId second = invoices.get(1).installments().get(0).ledgerItemId();
    ItemId last = invoices.get(3).installments().get(0).ledgerItemId();
    Money gross = invoices.get(0).totals().gross();
    Money part = Money.of(new BigDecimal("50.00"), gross.currency());
    return List.of(
        new Receipt("RC-1", today.minusDays(20), List.of(first), List.of(part)),
        new Receipt("RC-2", today.minusDays(10), List.of(first, second),
            List.of(gross.minus(part), invoices.get(1).installments().get(0).amount())),
        new Receipt("RC-3", today.minusDays(1), List.of(last), java.util.Arrays.asList((Money) null)));
  }

  private static Ledger.PostItem payment(InvoicingFixture f, Receipt r, Money total) {
    return new Ledger.PostItem(ItemType.PAYMENT, f.company.id(), f.acme.id(), r.number(), null, total, r.day(), null,
        r.day(), null, "transfer", null, null);
  }

  private static List<InvoiceDraft> drafts(InvoicingFixture f, LocalDate today) {
    return List.of(
        draft(f, f.acme.id(), today.minusDays(40), null),
        draft(f, f.acme.id(), today.minusDays(35), new InvoiceDraft.Schedule(ScheduleMode.EQUAL, 2, 1, null)),
        draft(f, f.globex.id(), today.minusDays(30), null),
        draft(f, f.acme.id(), today.minusDays(5), null),
        draft(f, f.acme.id(), today.minusDays(20), null));
  }

  /** A full credit note (cancels the invoice) and a partial one. */
  private static List<CreditNoteRequest> creditNotes(List<InvoiceView> invoices, LocalDate today) {
    Money part = Money.of(new BigDecimal("30.00"), invoices.get(4).currency());
    return List.of(
        new CreditNoteRequest(invoices.get(2).id(), today.minusDays(25), CreditMode.FULL, "退货", null, null),
        new CreditNoteRequest(invoices.get(4).id(), today.minusDays(15), CreditMode.AMOUNT, "price", null, part));
  }

  private static InvoiceDraft draft(InvoicingFixture f, org.openar.customers.CustomerId customer, LocalDate date,
      InvoiceDraft.Schedule schedule) {
    return new InvoiceDraft(f.company.id(), customer, null, date, null, null, false, null, "PO-" + date, null,
        List.of(new InvoiceDraft.Line("商品", "件", BigDecimal.ONE, new BigDecimal("100.00"), null, BigDecimal.valueOf(13))),
        schedule);
  }

  private List<String> ledgerRows(InvoicingFixture f) {
    return jdbc.sql("""
        select type, document_number, installment_no, currency, original_minor, open_minor, status, document_date,
               due_date, value_date, payment_terms, reference, description
          from ledger_item where company_id = :c
         order by type, document_number, installment_no, original_minor""")
        .param("c", f.company.id().value()).query((rs, n) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 1; i <= 13; i++) {
            sb.append(rs.getString(i)).append('|');
          }
          return sb.toString().replace(f.acme.code(), "ACME").replace(f.globex.code(), "GLOBEX");
        }).list();
  }

  private List<String> allocationRows(InvoicingFixture f) {
    return jdbc.sql("""
        select c.type, c.document_number, d.document_number, d.installment_no, a.amount_minor, a.effective_date,
               a.linked_to_id is not null, a.note
          from ledger_allocation a join ledger_item c on c.id = a.credit_item_id
          join ledger_item d on d.id = a.debit_item_id
         where c.company_id = :c order by a.effective_date, c.type, c.document_number, d.document_number""")
        .param("c", f.company.id().value()).query((rs, n) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 1; i <= 8; i++) {
            sb.append(rs.getString(i)).append('|');
          }
          return sb.toString();
        }).list();
  }

  /** The invoices' open amounts are mirrored by listeners after the commit; both paths must end the same. */
  private void awaitMirror(InvoicingFixture single, InvoicingFixture bulk) throws InterruptedException {
    List<String> a = List.of();
    List<String> b = List.of("-");
    for (int i = 0; i < 100 && !(a.equals(b) && a.stream().anyMatch(s -> s.contains("|ISSUED|0|"))); i++) {
      Thread.sleep(100);
      a = invoiceRows(single);
      b = invoiceRows(bulk);
    }
    assertThat(b).isEqualTo(a).hasSize(5);
    assertThat(a).anyMatch(s -> s.contains("|CANCELLED|"));
    assertThat(a).anyMatch(s -> s.contains("|ISSUED|0|"));
  }

  private List<String> invoiceRows(InvoicingFixture f) {
    return jdbc.sql("""
        select number, status, open_minor, next_due_date, credited_minor,
               (select string_agg(installment_no || ':' || open_minor, ',' order by installment_no)
                  from invoicing_installment s where s.invoice_id = i.id)
          from invoicing_invoice i where company_id = :c order by number""")
        .param("c", f.company.id().value()).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|"
            + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getString(6)).list();
  }

  private Map<String, Long> auditActions(long after, long upTo) {
    Map<String, Long> out = new TreeMap<>();
    jdbc.sql("select entity_type || ' ' || action, count(*) from audit_log where seq > :a and seq <= :b group by 1")
        .param("a", after).param("b", upTo).query(rs -> {
          out.put(rs.getString(1), rs.getLong(2));
        });
    return out;
  }

  private long lastSeq() {
    return jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
  }
}
