package org.openar.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.invoicing.persistence.NumberSequenceRepository;
import org.openar.invoicing.persistence.NumberSequenceRepository.Kind;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Invoice numbers are consecutive per company and year, under concurrency and when an issue fails. */
@OpenArIntegrationTest
class InvoiceNumberingTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired Invoicing invoicing;
  @Autowired InvoiceQueries queries;
  @Autowired NumberSequenceRepository sequences;
  @Autowired Ledger ledger;
  @Autowired LedgerQueries ledgerQueries;
  @Autowired TransactionTemplate tx;
  final ExecutorService threads = Executors.newFixedThreadPool(4);
  InvoicingFixture f;

  @BeforeEach
  void setUp() {
    f = new InvoicingFixture(customers, users, mvc);
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  InvoiceId draft(String date) throws Exception {
    return InvoiceId.of(f.createId(InvoicingFixture.body(f.acme.id().value(), date, "1 x 100.00 @ 13")));
  }

  @Test
  void whileOneIssueHoldsTheSequenceTheOtherWaitsAndTakesTheNextNumber() throws Exception {
    InvoiceId a = draft("2026-05-01");
    InvoiceId b = draft("2026-05-02");
    CountDownLatch firstNumbered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> first = threads.submit(() -> tx.execute(s -> {
      String n = invoicing.issue(a, null).number();
      firstNumbered.countDown();
      await(release);
      return n;
    }));
    assertThat(firstNumbered.await(30, TimeUnit.SECONDS)).isTrue();
    Future<String> second = threads.submit(() -> invoicing.issue(b, null).number());
    Thread.sleep(500);
    assertThat(second.isDone()).as("the second issue waits for the sequence row").isFalse();
    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("INV-2026-000001");
    assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("INV-2026-000002");
  }

  @Test
  void manyConcurrentIssuesGetEveryNumberExactlyOnce() throws Exception {
    List<InvoiceId> drafts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      drafts.add(draft("2026-06-" + String.format("%02d", i + 1)));
    }
    CyclicBarrier start = new CyclicBarrier(4);
    List<Future<List<String>>> workers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      List<InvoiceId> mine = drafts.subList(w * 3, w * 3 + 3);
      workers.add(threads.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        List<String> numbers = new ArrayList<>();
        for (InvoiceId id : mine) {
          numbers.add(invoicing.issue(id, null).number());
        }
        return numbers;
      }));
    }
    List<String> numbers = new ArrayList<>();
    for (Future<List<String>> w : workers) {
      numbers.addAll(w.get(60, TimeUnit.SECONDS));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      expected.add(String.format("INV-2026-%06d", i));
    }
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aRolledBackIssueGivesItsNumberBack() throws Exception {
    InvoiceId a = draft("2026-07-01");
    InvoiceId b = draft("2026-07-02");
    tx.executeWithoutResult(s -> {
      assertThat(invoicing.issue(a, null).number()).isEqualTo("INV-2026-000001");
      s.setRollbackOnly();
    });
    assertThat(sequences.last(f.company.id(), Kind.INVOICE, 2026)).isZero();
    assertThat(queries.get(a).status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(invoicing.issue(b, null).number()).isEqualTo("INV-2026-000001");
    assertThat(invoicing.issue(a, null).number()).isEqualTo("INV-2026-000002");
  }

  @Test
  void anIssueTheLedgerRefusesWritesNothingAndLeavesNoGap() throws Exception {
    // an imported invoice already carries the number the sequence would give next
    ledger.post(Ledger.PostItem.invoice(f.acme.id(), "INV-2025-000001", Money.of("5.00", "CNY"),
        LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")));
    InvoiceId clash = draft("2025-06-01");
    f.issue(clash.toString(), null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("LEDGER_DUPLICATE_DOCUMENT"));
    assertThat(sequences.last(f.company.id(), Kind.INVOICE, 2025)).isZero();
    InvoiceView still = queries.get(clash);
    assertThat(still.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(still.number()).isNull();
    assertThat(ledgerQueries.search(new LedgerQueries.ItemQuery(f.company.id(), null, null, null, null, null, null,
        null, null, null, "INV-2025"), org.openar.shared.paging.PageQuery.of(0, 10)).total()).isEqualTo(1);

    InvoiceId future = draft("2099-01-01");
    assertThatThrownBy(() -> invoicing.issue(future, null)).isInstanceOfSatisfying(OpenArException.class,
        e -> assertThat(e.errorCode()).isEqualTo(InvoicingError.INVOICING_DATE_IN_FUTURE));
    assertThat(invoicing.issue(draft("2026-08-01"), null).number()).isEqualTo("INV-2026-000001");
  }

  @Test
  void numbersArePerCompanyAndPerYearOfTheInvoiceDate() throws Exception {
    assertThat(invoicing.issue(draft("2025-12-31"), null).number()).isEqualTo("INV-2025-000001");
    assertThat(invoicing.issue(draft("2026-01-01"), null).number()).isEqualTo("INV-2026-000001");
    assertThat(invoicing.issue(draft("2025-11-30"), null).number()).isEqualTo("INV-2025-000002");
    InvoicingFixture other = new InvoicingFixture(customers, users, mvc);
    String otherDraft = other.createId(InvoicingFixture.body(other.acme.id().value(), "2026-01-05", "1 x 1.00 @ 0"));
    assertThat(invoicing.issue(InvoiceId.of(otherDraft), null).number()).isEqualTo("INV-2026-000001");
  }

  @Test
  void issuingTwiceIsIdempotentWithTheKeyAndAConflictWithout() throws Exception {
    InvoiceId id = draft("2026-09-01");
    String first = f.issue(id.toString(), "issue-" + id).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    String again = f.issue(id.toString(), "issue-" + id).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(again).isEqualTo(first);
    f.issue(id.toString(), null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("INVOICING_ALREADY_ISSUED"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("INV-2026-000001")));
    f.issue(id.toString(), "another-key").andExpect(status().isConflict());
    assertThat(sequences.last(f.company.id(), Kind.INVOICE, 2026)).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
