package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Two clerks applying the same payment at the same moment: exactly one wins, the other gets a 409. */
@OpenArIntegrationTest
class LedgerConcurrencyTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired Ledger ledger;
  @Autowired LedgerQueries queries;
  @Autowired TransactionTemplate tx;
  final ExecutorService threads = Executors.newFixedThreadPool(2);
  LedgerFixture f;
  String clerk;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
    clerk = Api.bearer(users, "race-clerk", Role.AR_CLERK);
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void whileOneClerksAllocationIsInFlightTheOtherGets409AndTheFirstStillCommits() throws Exception {
    ItemView a = invoice("100.00 CNY");
    ItemView b = invoice("100.00 CNY");
    ItemView pay = ledger.post(LedgerFixture.payment(f.acme.id(), LedgerFixture.unique("PAY"), "100.00 CNY",
        "2026-02-01"));
    CountDownLatch allocated = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<?> first = threads.submit(() -> tx.executeWithoutResult(s -> {
      ledger.allocate(new Ledger.Allocate(pay.id(), null, List.of(line(a)), "clerk 1"));
      allocated.countDown();
      await(release);
    }));
    assertThat(allocated.await(30, TimeUnit.SECONDS)).isTrue();

    mvc.perform(post("/api/v1/ledger/allocations").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"creditItemId\":\"%s\",\"lines\":[{\"debitItemId\":\"%s\"}]}".formatted(pay.id(), b.id())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("LEDGER_ITEM_BUSY"));

    release.countDown();
    first.get(30, TimeUnit.SECONDS);
    assertThat(queries.get(pay.id()).openAmount()).isEqualTo(Money.of("0.00", "CNY"));
    assertThat(queries.get(a.id()).status()).isEqualTo(ItemStatus.CLEARED);
    assertThat(queries.get(b.id()).openAmount()).isEqualTo(Money.of("100.00", "CNY"));
  }

  @Test
  void twoClerksRacingOverHttpNeverBothApplyTheSamePayment() throws Exception {
    for (int round = 0; round < 5; round++) {
      ItemView a = invoice("100.00 CNY");
      ItemView b = invoice("100.00 CNY");
      ItemView pay = ledger.post(LedgerFixture.payment(f.acme.id(), LedgerFixture.unique("PAY"), "100.00 CNY",
          "2026-02-01"));
      CyclicBarrier start = new CyclicBarrier(2);
      List<CompletableFuture<MvcResult>> calls = new ArrayList<>();
      for (ItemView target : List.of(a, b)) {
        calls.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await(10, TimeUnit.SECONDS);
            return mvc.perform(post("/api/v1/ledger/allocations").header("Authorization", clerk)
                .contentType(MediaType.APPLICATION_JSON).content("{\"creditItemId\":\"%s\",\"lines\":[{\"debitItemId\":\"%s\"}]}"
                    .formatted(pay.id(), target.id()))).andReturn();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }, threads));
      }
      List<Integer> statuses = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (CompletableFuture<MvcResult> c : calls) {
        MvcResult r = c.get(30, TimeUnit.SECONDS);
        statuses.add(r.getResponse().getStatus());
        bodies.add(r.getResponse().getContentAsString());
      }
      assertThat(statuses).as("exactly one wins").containsOnlyOnce(201);
      // truly simultaneous: the loser finds the payment locked (409); if it came second it finds nothing left (422)
      assertThat(bodies).anySatisfy(body -> assertThat(body).containsAnyOf("LEDGER_ITEM_BUSY", "LEDGER_OVER_ALLOCATION"));
      long cleared = List.of(a, b).stream().filter(i -> queries.get(i.id()).status() == ItemStatus.CLEARED).count();
      assertThat(cleared).isEqualTo(1);
      assertThat(queries.get(pay.id()).status()).isEqualTo(ItemStatus.CLEARED);
    }
  }

  private ItemView invoice(String amount) {
    return ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), amount, "2026-01-10",
        "2026-02-10"));
  }

  private static Ledger.AllocationLine line(ItemView debit) {
    return new Ledger.AllocationLine(debit.id(), null, null);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
