package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.customers.Customers;
import org.openar.shared.money.Money;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every change is audited in its transaction and announced with a past-tense event other modules can react to. */
@OpenArIntegrationTest
@RecordApplicationEvents
class LedgerEventsAndAuditTest {

  @Autowired Ledger ledger;
  @Autowired Customers customers;
  @Autowired AuditTrail audit;
  @Autowired ApplicationEvents events;
  LedgerFixture f;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
  }

  @Test
  void postingAllocatingUndoingReversingAndWritingOffAreAnnouncedAndAudited() {
    ItemView inv = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "100.00 CNY",
        "2026-01-10", "2026-02-10"));
    ItemView pay = ledger.post(LedgerFixture.payment(f.acme.id(), LedgerFixture.unique("PAY"), "60.00 CNY",
        "2026-01-20"));
    Ledger.AllocationResult applied = ledger.allocate(new Ledger.Allocate(pay.id(), null,
        List.of(new Ledger.AllocationLine(inv.id(), null, null)), "first"));
    ledger.unallocate(new Ledger.Unallocate(applied.lines().get(0).allocationId(), LocalDate.parse("2026-02-01"),
        "wrong invoice"));
    Ledger.WriteOffResult w = ledger.writeOff(new Ledger.WriteOff(inv.id(), Money.of("0.50", "CNY"), null,
        "rounding difference"));
    ledger.reverse(new Ledger.Reverse(pay.id(), "bounced", null));

    assertThat(events.stream(ItemPosted.class).map(ItemPosted::itemId)).containsExactly(inv.id(), pay.id());
    assertThat(events.stream(ItemsAllocated.class)).hasSize(2).first().satisfies(e -> {
      assertThat(e.creditItemId()).isEqualTo(pay.id());
      assertThat(e.lines().get(0).debitOpenAfter()).isEqualTo(Money.of("40.00", "CNY"));
    });
    assertThat(events.stream(AllocationReversed.class)).singleElement()
        .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.of("60.00", "CNY")));
    assertThat(events.stream(ItemReversed.class)).singleElement().satisfies(e -> {
      assertThat(e.itemId()).isEqualTo(pay.id());
      assertThat(e.reason()).isEqualTo("bounced");
    });
    assertThat(w.debit().openAmount()).isEqualTo(Money.of("99.50", "CNY"));

    assertThat(actions("ledger.item", inv.id().toString())).containsExactly("written-off", "posted");
    assertThat(actions("ledger.item", pay.id().toString())).containsExactly("reversed", "allocated", "posted");
    assertThat(actions("ledger.allocation", applied.lines().get(0).allocationId().toString()))
        .containsExactly("unallocated");
    assertThat(audit.verify().ok()).isTrue();
  }

  private List<String> actions(String type, String id) {
    return audit.search(new AuditTrail.AuditQuery(type, id, null, null, null, 0, 20)).stream()
        .map(AuditTrail.AuditEntryView::action).toList();
  }
}
