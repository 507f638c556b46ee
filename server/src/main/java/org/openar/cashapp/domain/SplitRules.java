package org.openar.cashapp.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.cashapp.CashappError;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemView;
import org.openar.ledger.Side;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.Money;

/**
 * Checks a clerk's split of a line across open items before anything is posted, reporting every problem on its field
 * ({@code allocations[2].amount}): each item must be an open debit of the line's company in the line's currency, the
 * cash plus the discount the ledger would earn plus the write-off may not exceed what is open, write-offs stay within
 * the fee tolerance, and the cash applied may not exceed the line.
 */
public final class SplitRules {

  /** One requested application; {@code writeOff} may be null. */
  public record Requested(ItemId itemId, Money amount, boolean takeDiscount, Money writeOff) {}

  /** The line being split. */
  public record Line(CompanyId company, Money amount) {}

  private SplitRules() {}

  /**
   * @param items the current state of every requested item that exists (missing ones are reported)
   * @param offers the early-payment discount each item offers on the line's value date (zero when none)
   * @param out receives the applications when there is no violation
   */
  public static List<FieldViolation> check(Line line, List<Requested> requested, Map<ItemId, ItemView> items,
      Map<ItemId, Money> offers, FeeTolerance tolerance, List<PostingPlan.Apply> out) {
    List<FieldViolation> v = new ArrayList<>();
    Set<ItemId> seen = new HashSet<>();
    Money total = Money.zero(line.amount().currency());
    for (int i = 0; i < requested.size(); i++) {
      String f = "allocations[" + i + "]";
      Requested r = requested.get(i);
      if (!seen.add(r.itemId())) {
        v.add(FieldViolation.of(f + ".itemId", CashappError.CASHAPP_DUPLICATE_ITEM, r.itemId()));
        continue;
      }
      int before = v.size();
      ItemView item = item(line, r, items.get(r.itemId()), f, v);
      if (item == null || !amountValid(line, r, f, v)) {
        continue;
      }
      Money discount = expectedDiscount(r, item, offers.getOrDefault(r.itemId(), Money.zero(item.currency())));
      Money writeOff = r.writeOff() == null ? Money.zero(item.currency()) : r.writeOff();
      checkWriteOff(r, item, writeOff, tolerance, f, v);
      Money cleared = r.amount().plus(discount).plus(writeOff);
      if (cleared.isGreaterThan(item.openAmount())) {
        v.add(FieldViolation.of(f + ".amount", CashappError.CASHAPP_EXCEEDS_OPEN, item.documentNumber(), cleared,
            item.openAmount()));
      }
      total = total.plus(r.amount());
      if (v.size() == before) {
        out.add(new PostingPlan.Apply(item.id(), item.customerId(), item.documentNumber(), r.amount(), discount,
            writeOff));
      }
    }
    if (total.isGreaterThan(line.amount())) {
      v.add(FieldViolation.of("allocations", CashappError.CASHAPP_EXCEEDS_LINE, total, line.amount()));
    }
    return v;
  }

  private static ItemView item(Line line, Requested r, ItemView item, String f, List<FieldViolation> v) {
    if (item == null) {
      v.add(FieldViolation.of(f + ".itemId", CashappError.CASHAPP_ITEM_NOT_OPEN, r.itemId()));
      return null;
    }
    if (!item.companyId().equals(line.company())) {
      v.add(FieldViolation.of(f + ".itemId", CashappError.CASHAPP_ITEM_OTHER_COMPANY, item.documentNumber()));
      return null;
    }
    if (item.side() != Side.DEBIT || item.type().isSystem() || item.status() != ItemStatus.OPEN) {
      v.add(FieldViolation.of(f + ".itemId", CashappError.CASHAPP_ITEM_NOT_OPEN, item.documentNumber()));
      return null;
    }
    if (!item.currency().equals(line.amount().currency())) {
      v.add(FieldViolation.of(f + ".itemId", CashappError.CASHAPP_ITEM_CURRENCY, item.documentNumber(),
          item.currency(), line.amount().currency()));
      return null;
    }
    return item;
  }

  private static boolean amountValid(Line line, Requested r, String f, List<FieldViolation> v) {
    if (r.amount() == null) {
      v.add(FieldViolation.of(f + ".amount", SharedError.MISSING_FIELD, "amount"));
      return false;
    }
    if (!r.amount().currency().equals(line.amount().currency())) {
      v.add(FieldViolation.of(f + ".amount", SharedError.CURRENCY_MISMATCH, r.amount().currency(),
          line.amount().currency()));
      return false;
    }
    if (!r.amount().isPositive()) {
      v.add(FieldViolation.of(f + ".amount", SharedError.AMOUNT_NOT_POSITIVE, f + ".amount"));
      return false;
    }
    if (r.writeOff() != null && (!r.writeOff().currency().equals(line.amount().currency())
        || r.writeOff().isNegative())) {
      v.add(FieldViolation.of(f + ".writeOff", SharedError.INVALID_AMOUNT, r.writeOff()));
      return false;
    }
    return true;
  }

  /** What the ledger will earn: the rest of the open amount when it is within the discount on offer. */
  static Money expectedDiscount(Requested r, ItemView item, Money offer) {
    Money rest = item.openAmount().minus(r.amount());
    if (!r.takeDiscount() || !offer.isPositive() || !rest.isPositive() || rest.isGreaterThan(offer)) {
      return Money.zero(item.currency());
    }
    return rest;
  }

  private static void checkWriteOff(Requested r, ItemView item, Money writeOff, FeeTolerance tolerance, String f,
      List<FieldViolation> v) {
    if (!writeOff.isPositive()) {
      return;
    }
    Money limit = tolerance.limitFor(item.openAmount());
    if (writeOff.isGreaterThan(limit)) {
      v.add(FieldViolation.of(f + ".writeOff", CashappError.CASHAPP_WRITE_OFF_TOO_LARGE, writeOff, limit));
    }
  }

  /** The customer whose account receives the remainder when the clerk names none: the first item's. */
  public static CustomerId defaultPayer(List<PostingPlan.Apply> applies) {
    return applies.isEmpty() ? null : applies.get(0).customer();
  }
}
