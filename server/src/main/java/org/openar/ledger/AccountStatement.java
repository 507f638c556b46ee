package org.openar.ledger;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * A customer's statement of account for a period, one section per currency with activity or a balance. The balance is
 * the net of what the customer owes (debits less credits); allocations move no balance, so the lines are the items
 * posted in the period (by ledger date: document date of debits, value date of credits) and {@code applications} says
 * which credit settled which debit. {@code closing} = {@code opening} + {@code debits} − {@code credits}, and equals
 * the customer's net balance on {@code to}.
 */
public record AccountStatement(CustomerId customerId, LocalDate from, LocalDate to, List<Section> sections) {

  public AccountStatement {
    sections = List.copyOf(sections);
  }

  public record Section(CurrencyCode currency, Money opening, List<Line> lines, Money debits, Money credits,
      Money closing, List<Application> applications) {

    public Section {
      lines = List.copyOf(lines);
      applications = List.copyOf(applications);
    }
  }

  /**
   * One item posted in the period: exactly one of {@code debit} / {@code credit} is set, {@code balance} is the running
   * balance after it. {@code reversedType} / {@code reversedDocumentNumber} describe the item a REVERSAL cancels;
   * for a DISCOUNT or WRITE_OFF, {@code documentNumber} is the debit it reduced and {@code reference} (discounts) the
   * receipt that earned it.
   */
  public record Line(ItemId itemId, LocalDate date, ItemType type, Side side, String documentNumber,
      Integer installmentNo, String reference, LocalDate dueDate, ItemType reversedType, String reversedDocumentNumber,
      Money debit, Money credit, Money balance) {}

  /**
   * A receipt or credit note applied to a debit in the period ({@code amount} positive), or such an application undone
   * ({@code undo}, amount negative). Discounts, write-offs and reversals are lines of their own and not repeated here.
   */
  public record Application(LocalDate date, ItemType creditType, String creditDocumentNumber,
      String debitDocumentNumber, Integer debitInstallmentNo, Money amount, boolean undo) {}
}
