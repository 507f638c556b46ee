package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database keeps the ledger's invariants by itself: SQL that bypasses the domain and would break one is refused,
 * at the statement or at commit, and nothing of it stays.
 */
@OpenArIntegrationTest
class LedgerDatabaseConstraintsTest {

  @Autowired Ledger ledger;
  @Autowired Customers customers;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  LedgerFixture f;
  ItemView inv;
  ItemView pay;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
    inv = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "100.00 CNY", "2026-01-10",
        "2026-02-10"));
    pay = ledger.post(LedgerFixture.payment(f.acme.id(), LedgerFixture.unique("PAY"), "200.00 CNY", "2026-01-20"));
  }

  @Test
  void openAmountsStayWithinZeroAndTheOriginalAndMatchTheStatus() {
    refused("ledger_item_open_within_original", "update ledger_item set open_minor = -1 where id = '%s'", inv.id());
    refused("ledger_item_open_within_original", "update ledger_item set open_minor = 10001 where id = '%s'", inv.id());
    refused("ledger_item_status_matches_open", "update ledger_item set status = 'CLEARED' where id = '%s'", inv.id());
    refused("is not original", "update ledger_item set open_minor = 5000 where id = '%s'", inv.id());
  }

  @Test
  void itemsAreNeverDeletedAndOnlyTheirOpenAmountAndStatusChange() {
    refused("not allowed", "delete from ledger_item where id = '%s'", inv.id());
    refused("not allowed", "truncate ledger_item cascade");
    refused("only the open amount and status", "update ledger_item set document_number = 'X' where id = '%s'",
        inv.id());
    refused("only the open amount and status", "update ledger_item set original_minor = 20000, open_minor = 20000"
        + " where id = '%s'", inv.id());
    refused("whole amount", """
        insert into ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at, document_date,
            due_date, side, currency, type, status, document_number, created_by)
        values ('%s', '%s', '%s', 100, 50, now(), '2026-01-01', '2026-01-31', 'D', 'CNY', 'INVOICE', 'OPEN', 'Z', 'x')""",
        UUID.randomUUID(), f.companyId(), f.acme.id());
    refused("ledger_item_dates", """
        insert into ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at, document_date,
            due_date, side, currency, type, status, document_number, created_by)
        values ('%s', '%s', '%s', 100, 100, now(), '2026-02-01', '2026-01-31', 'D', 'CNY', 'INVOICE', 'OPEN', 'Z', 'x')""",
        UUID.randomUUID(), f.companyId(), f.acme.id());
    refused("ledger_item_document", """
        insert into ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at, document_date,
            due_date, side, currency, type, status, document_number, created_by)
        values ('%s', '%s', '%s', 100, 100, now(), '2026-01-01', '2026-01-31', 'D', 'CNY', 'INVOICE', 'OPEN', '%s', 'x')""",
        UUID.randomUUID(), f.companyId(), f.acme.id(), inv.documentNumber());
  }

  @Test
  void anAllocationJoinsACreditAndADebitOfOneCustomerAndCurrencyOnceBothExist() {
    ItemView usd = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "1.00 USD",
        "2026-01-10", "2026-02-10"));
    ItemView foreign = ledger.post(LedgerFixture.invoice(f.globex.id(), LedgerFixture.unique("INV"), "1.00 CNY",
        "2026-01-10", "2026-02-10"));
    refused("currency", allocation(pay.id(), usd.id(), 100, "2026-01-20", "USD"));
    refused("credit must be a credit item", allocation(inv.id(), usd.id(), 100, "2026-01-20", "CNY"));
    refused("one customer", allocation(pay.id(), foreign.id(), 100, "2026-01-20", "CNY"));
    refused("effective before both items exist", allocation(pay.id(), inv.id(), 100, "2026-01-19", "CNY"));
    refused("ledger_allocation_sign", allocation(pay.id(), inv.id(), -100, "2026-01-20", "CNY"));
  }

  @Test
  void overAllocationIsRefusedEvenWhenTheOpenAmountsAreUpdatedToMatch() {
    refused("ledger_item_open_within_original", allocation(pay.id(), inv.id(), 15000, "2026-01-20", "CNY"),
        "update ledger_item set open_minor = 5000 where id = '" + pay.id() + "'",
        "update ledger_item set open_minor = -5000 where id = '" + inv.id() + "'");
    refused("is not original", allocation(pay.id(), inv.id(), 5000, "2026-01-20", "CNY"));
  }

  @Test
  void anAllocationThatWouldOverApplyAPastDateIsRefusedAtCommit() {
    ItemView other = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "200.00 CNY",
        "2026-01-10", "2026-02-10"));
    var applied = ledger.allocate(new Ledger.Allocate(pay.id(), LocalDate.parse("2026-01-20"),
        List.of(new Ledger.AllocationLine(other.id(), null, null)), null));
    ledger.unallocate(new Ledger.Unallocate(applied.lines().get(0).allocationId(), LocalDate.parse("2026-03-01"),
        null));
    // today the payment is free, but between 20 Jan and 1 Mar it was fully applied
    refused("leaves [0, original] on 2026-01-25", allocation(pay.id(), inv.id(), 10000, "2026-01-25", "CNY"),
        "update ledger_item set open_minor = 10000 where id = '" + pay.id() + "'",
        "update ledger_item set open_minor = 0, status = 'CLEARED' where id = '" + inv.id() + "'");
  }

  @Test
  void unallocationsMirrorTheirAllocationOnceAndRowsNeverChange() {
    var applied = ledger.allocate(new Ledger.Allocate(pay.id(), LocalDate.parse("2026-02-01"),
        List.of(new Ledger.AllocationLine(inv.id(), null, null)), null));
    UUID row = applied.lines().get(0).allocationId().value();
    refused("not allowed", "update ledger_allocation set amount_minor = 1 where id = '%s'", row);
    refused("not allowed", "delete from ledger_allocation where id = '%s'", row);
    refused("does not mirror", undo(row, 5000, "2026-02-01"));
    refused("does not mirror", undo(row, 10000, "2026-01-25"));
    ledger.unallocate(new Ledger.Unallocate(applied.lines().get(0).allocationId(), null, null));
    refused("ledger_allocation_undone_once", undo(row, 10000, "2026-02-02"),
        "update ledger_item set open_minor = 10000, status = 'OPEN' where id = '" + inv.id() + "'");
  }

  @Test
  void aReversedItemIsFinalAndTakesNoAllocation() {
    ledger.reverse(new Ledger.Reverse(inv.id(), "test", null));
    refused("a reversed item takes no allocation", allocation(pay.id(), inv.id(), 100, "2026-01-20", "CNY"));
    refused("reversed; it cannot change", "update ledger_item set status = 'CLEARED' where id = '%s'", inv.id());
  }

  private void refused(String why, String sqlTemplate, Object... args) {
    refusedAll(why, List.of(sqlTemplate.formatted(args)));
  }

  private void refused(String why, String first, String... more) {
    List<String> all = new java.util.ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    refusedAll(why, all);
  }

  private void refusedAll(String why, List<String> statements) {
    String before = state();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> statements.forEach(sql -> jdbc.sql(sql).update())))
        .isInstanceOf(DataAccessException.class)
        .satisfies(e -> assertThat(messages(e)).contains(why));
    assertThat(state()).as("nothing stays").isEqualTo(before);
  }

  private String allocation(ItemId credit, ItemId debit, long amount, String date, String currency) {
    return """
        insert into ledger_allocation (id, credit_item_id, debit_item_id, amount_minor, effective_date, created_at,
            currency, created_by)
        values ('%s', '%s', '%s', %d, '%s', now(), '%s', 'sql')""".formatted(UUID.randomUUID(), credit, debit, amount,
        date, currency);
  }

  private String undo(UUID row, long amount, String date) {
    return """
        insert into ledger_allocation (id, credit_item_id, debit_item_id, amount_minor, effective_date, created_at,
            currency, undoes_id, created_by)
        values ('%s', '%s', '%s', %d, '%s', now(), 'CNY', '%s', 'sql')""".formatted(UUID.randomUUID(), pay.id(),
        inv.id(), -amount, date, row);
  }

  private String state() {
    return jdbc.sql("""
            select string_agg(id || ':' || open_minor || ':' || status, ',' order by id)
                   || '|' || (select count(*) from ledger_allocation)
              from ledger_item where company_id = :c""").param("c", f.companyId().value())
        .query(String.class).single();
  }

  private static String messages(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append(" / ");
    }
    return sb.toString();
  }
}
