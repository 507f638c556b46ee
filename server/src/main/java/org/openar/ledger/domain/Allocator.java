package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.ledger.LedgerError;
import org.openar.ledger.Side;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.Money;

/**
 * Applies credits to debits. All lines of a request are planned and checked first (amounts, currencies, customers,
 * dates, the open amounts on every date), then written together, so a request is applied completely or not at all.
 */
public final class Allocator {

  /** One written allocation; {@code discount}/{@code discountItem} are set when it earned an early-payment discount. */
  public record Applied(Entry entry, Item credit, Item debit, Entry discount, Item discountItem) {}

  private record Plan(Item debit, long amount, LocalDate date, long discount) {}

  private final LedgerBook book;

  Allocator(LedgerBook book) {
    this.book = book;
  }

  List<Applied> allocate(Ledger.Allocate request, LocalDate today) {
    Item credit = book.require(request.creditItemId(), "creditItemId");
    checkCredit(credit);
    List<AllocationLine> lines = request.lines() == null ? List.of() : request.lines();
    if (lines.isEmpty()) {
      throw new OpenArException(LedgerError.LEDGER_NO_LINES).onField("lines");
    }
    List<Plan> plans = new ArrayList<>();
    List<Timeline.Pending> creditPending = new ArrayList<>();
    Set<ItemId> seen = new HashSet<>();
    long creditLeft = credit.openMinor();
    for (int i = 0; i < lines.size(); i++) {
      String field = "lines[" + i + "]";
      AllocationLine line = lines.get(i);
      if (line == null || line.debitItemId() == null) {
        throw new OpenArException(SharedError.MISSING_FIELD, "debitItemId").onField(field + ".debitItemId");
      }
      if (!seen.add(line.debitItemId())) {
        throw new OpenArException(LedgerError.LEDGER_DUPLICATE_LINE, line.debitItemId()).onField(field + ".debitItemId");
      }
      Plan plan = plan(credit, creditLeft, line, request.effectiveDate(), today, field);
      creditPending.add(new Timeline.Pending(plan.date(), plan.amount()));
      breachCheck(credit, creditPending, field + ".amount");
      creditLeft -= plan.amount();
      plans.add(plan);
    }
    List<Applied> applied = new ArrayList<>();
    for (Plan p : plans) {
      applied.add(write(credit, p, request.note()));
    }
    return applied;
  }

  Applied writeOff(Ledger.WriteOff request, LocalDate today) {
    if (request.reason() == null || request.reason().isBlank()) {
      throw new OpenArException(LedgerError.LEDGER_REASON_REQUIRED).onField("reason");
    }
    Item debit = book.require(request.debitItemId(), "debitItemId");
    checkDebit(debit, debit, "debitItemId");
    LocalDate date = Dates.effective(request.date() == null ? today : request.date(), today, debit.ledgerDate(),
        "date");
    long amount = amountOrDefault(request.amount(), debit, debit.openMinor(), "amount");
    checkFits(debit, amount, debit.openMinor(), "amount");
    breachCheck(debit, List.of(new Timeline.Pending(date, amount)), "amount");
    ItemFacts facts = systemCredit(ItemType.WRITE_OFF, debit, amount, date, null, request.reason().trim());
    Item writeOff = book.add(facts);
    Entry e = book.record(new Entry(book.newAllocationId(), writeOff.id(), debit.id(), debit.currency(), amount, date,
        null, null, request.reason().trim()));
    return new Applied(e, writeOff, debit, null, null);
  }

  private Plan plan(Item credit, long creditLeft, AllocationLine line, LocalDate requested, LocalDate today,
      String field) {
    Item debit = book.require(line.debitItemId(), field + ".debitItemId");
    checkDebit(credit, debit, field + ".debitItemId");
    LocalDate earliest = Dates.later(credit.ledgerDate(), debit.ledgerDate());
    LocalDate date = Dates.effective(requested == null ? earliest : requested, today, earliest, "effectiveDate");
    long open = debit.openMinor();
    long offer = line.discountWanted() && credit.type().isCash() ? Discounts.on(debit, date).discountMinor() : 0;
    long amount;
    if (line.amount() == null) {
      amount = offer > 0 && creditLeft >= open - offer ? open - offer : Math.min(creditLeft, open);
    } else {
      amount = amountOrDefault(line.amount(), debit, 0, field + ".amount");
    }
    if (amount <= 0 || amount > creditLeft) {
      throw overAllocation(credit, amount, creditLeft, field + ".amount");
    }
    checkFits(debit, amount, open, field + ".amount");
    long discount = offer > 0 && open - amount > 0 && open - amount <= offer ? open - amount : 0;
    breachCheck(debit, List.of(new Timeline.Pending(date, amount + discount)), field + ".amount");
    return new Plan(debit, amount, date, discount);
  }

  private Applied write(Item credit, Plan p, String note) {
    Entry entry = book.record(new Entry(book.newAllocationId(), credit.id(), p.debit().id(), credit.currency(),
        p.amount(), p.date(), null, null, note));
    if (p.discount() == 0) {
      return new Applied(entry, credit, p.debit(), null, null);
    }
    Item discount = book.add(systemCredit(ItemType.DISCOUNT, p.debit(), p.discount(), p.date(),
        credit.documentNumber(), null));
    Entry discountEntry = book.record(new Entry(book.newAllocationId(), discount.id(), p.debit().id(),
        credit.currency(), p.discount(), p.date(), null, entry.id(), null));
    return new Applied(entry, credit, p.debit(), discountEntry, discount);
  }

  private ItemFacts systemCredit(ItemType type, Item debit, long amount, LocalDate date, String reference,
      String description) {
    ItemFacts d = debit.facts();
    return new ItemFacts(book.newItemId(), d.companyId(), d.customerId(), type, Side.CREDIT,
        d.documentNumber(), d.installmentNo(), d.currency(), amount, date, null, date, null, reference, description,
        null, null);
  }

  private void checkCredit(Item credit) {
    if (credit.side() != Side.CREDIT) {
      throw new OpenArException(LedgerError.LEDGER_NOT_A_CREDIT, credit.documentNumber(), credit.type())
          .onField("creditItemId");
    }
    if (credit.isReversed()) {
      throw new OpenArException(LedgerError.LEDGER_ITEM_REVERSED, credit.documentNumber()).onField("creditItemId");
    }
    if (credit.type().isSystem()) {
      throw new OpenArException(LedgerError.LEDGER_SYSTEM_TYPE, credit.type()).onField("creditItemId");
    }
  }

  private static void checkDebit(Item credit, Item debit, String field) {
    if (debit.side() != Side.DEBIT) {
      throw new OpenArException(LedgerError.LEDGER_NOT_A_DEBIT, debit.documentNumber(), debit.type()).onField(field);
    }
    if (debit.isReversed()) {
      throw new OpenArException(LedgerError.LEDGER_ITEM_REVERSED, debit.documentNumber()).onField(field);
    }
    if (debit.type().isSystem()) {
      throw new OpenArException(LedgerError.LEDGER_SYSTEM_TYPE, debit.type()).onField(field);
    }
    if (!debit.customerId().equals(credit.customerId())) {
      throw new OpenArException(LedgerError.LEDGER_CUSTOMER_MISMATCH, debit.documentNumber(), credit.documentNumber())
          .onField(field);
    }
    if (!debit.currency().equals(credit.currency())) {
      throw new OpenArException(LedgerError.LEDGER_CURRENCY_MISMATCH, credit.currency(), debit.currency())
          .onField(field);
    }
  }

  private static long amountOrDefault(Money amount, Item item, long dflt, String field) {
    if (amount == null) {
      return dflt;
    }
    if (!amount.currency().equals(item.currency())) {
      throw new OpenArException(LedgerError.LEDGER_CURRENCY_MISMATCH, amount.currency(), item.currency())
          .onField(field);
    }
    if (!amount.isPositive()) {
      throw new OpenArException(SharedError.AMOUNT_NOT_POSITIVE, field).onField(field);
    }
    return amount.minor();
  }

  private static void checkFits(Item debit, long amount, long open, String field) {
    if (amount <= 0 || amount > open) {
      throw overAllocation(debit, amount, open, field);
    }
  }

  private static void breachCheck(Item item, List<Timeline.Pending> pending, String field) {
    LocalDate breach = Timeline.firstBreach(item, pending);
    if (breach != null) {
      throw new OpenArException(LedgerError.LEDGER_OVER_ALLOCATION_AS_OF, item.documentNumber(), breach)
          .onField(field);
    }
  }

  private static OpenArException overAllocation(Item item, long requested, long available, String field) {
    return new OpenArException(LedgerError.LEDGER_OVER_ALLOCATION, item.type(), item.documentNumber(),
        Money.ofMinor(Math.max(requested, 0), item.currency()), Money.ofMinor(available, item.currency()))
        .onField(field);
  }
}
