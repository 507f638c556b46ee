package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.openar.collections.ChargeId;
import org.openar.collections.ChargeKind;
import org.openar.collections.ChargePosted;
import org.openar.collections.ChargeStatus;
import org.openar.collections.ChargeTerms;
import org.openar.collections.ChargeView;
import org.openar.collections.RunId;
import org.openar.collections.domain.LateChargeCalculator;
import org.openar.collections.domain.OpenItem;
import org.openar.collections.persistence.ChargeRepository;
import org.openar.collections.persistence.ChargeRepository.Charged;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemDetail;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.id.Ids;
import org.openar.shared.money.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Works out the late fees and interest an invoice owes on a run date and posts them to the ledger as FEE and INTEREST
 * items. Disputed and placed invoices are not charged (the dispute decides first; an agency has the claim).
 */
@Component
class ChargePoster {

  /** A charge that is due, before it is posted. */
  record Due(OpenItem invoice, ChargeKind kind, Money amount, LocalDate from, LocalDate to) {

    String number() {
      String base = kind == ChargeKind.LATE_FEE ? "LF-" + invoice.documentNumber()
          : "INT-" + to.toString().substring(0, 7).replace("-", "") + "-" + invoice.documentNumber();
      return base.length() <= 64 ? base : base.substring(0, 64);
    }
  }

  private final ChargeRepository charges;
  private final Ledger ledger;
  private final LedgerQueries queries;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ChargePoster(ChargeRepository charges, Ledger ledger, LedgerQueries queries, ApplicationEventPublisher events,
      Clock clock) {
    this.charges = charges;
    this.ledger = ledger;
    this.queries = queries;
    this.events = events;
    this.clock = clock;
  }

  List<Due> due(List<OpenItem> items, ChargeTerms terms, LocalDate asOf, java.util.Set<ItemId> exempt) {
    List<OpenItem> invoices = items.stream().filter(i -> i.type() == ItemType.INVOICE)
        .filter(i -> !exempt.contains(i.id())).filter(i -> asOf.isAfter(i.dueDate().plusDays(terms.graceDays())))
        .toList();
    if (invoices.isEmpty()) {
      return List.of();
    }
    Map<ItemId, Charged> charged = charges.charged(invoices.stream().map(OpenItem::id).toList());
    List<Due> out = new ArrayList<>();
    for (OpenItem invoice : invoices) {
      Charged c = charged.getOrDefault(invoice.id(), new Charged(false, null, 0));
      if (!c.fee()) {
        LateChargeCalculator.lateFee(invoice, terms, asOf)
            .ifPresent(fee -> out.add(new Due(invoice, ChargeKind.LATE_FEE, fee, null, null)));
      }
      if (terms.chargesInterest()) {
        interest(invoice, terms, asOf, c).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Due> interest(OpenItem invoice, ChargeTerms terms, LocalDate asOf, Charged c) {
    LocalDate to = LateChargeCalculator.periodEnd(asOf);
    if (c.interestUntil() != null && !to.isAfter(c.interestUntil())) {
      return Optional.empty();
    }
    Money so = Money.ofMinor(c.interestMinor(), invoice.original().currency());
    LocalDate from = c.interestUntil() != null ? c.interestUntil() : invoice.dueDate().plusDays(terms.graceDays());
    return LateChargeCalculator.interest(invoice, terms, asOf, openChanges(invoice.id()), c.interestUntil(), so)
        .map(amount -> new Due(invoice, ChargeKind.INTEREST, amount, from.plusDays(1), to));
  }

  /** The invoice's open amount after each dated change, from the ledger's allocation history. */
  private NavigableMap<LocalDate, Money> openChanges(ItemId invoice) {
    NavigableMap<LocalDate, Money> out = new TreeMap<>();
    ItemDetail d = queries.detail(invoice);
    d.history().forEach(m -> out.put(m.effectiveDate(), m.openAfter()));
    return out;
  }

  ChargeView post(Due due, CustomerId customer, CompanyId company, LocalDate asOf, RunId run) {
    ChargeId id = new ChargeId(Ids.newId());
    ItemType type = due.kind() == ChargeKind.LATE_FEE ? ItemType.FEE : ItemType.INTEREST;
    String what = due.kind() == ChargeKind.LATE_FEE ? "Late fee on " + due.invoice().documentNumber() + " / 逾期费用"
        : "Interest " + due.from() + ".." + due.to() + " on " + due.invoice().documentNumber() + " / 逾期利息";
    ItemView posted = ledger.post(new PostItem(type, company, customer, due.number(), null, due.amount(), asOf, asOf,
        null, null, due.invoice().documentNumber(), what, id.toString()));
    ChargeView view = new ChargeView(id, due.kind(), customer, due.invoice().id(), due.invoice().documentNumber(),
        posted.id(), due.number(), due.amount(), due.from(), due.to(), ChargeStatus.POSTED, null, null,
        clock.instant(), null);
    charges.insert(view, company, run == null ? null : run.value());
    events.publishEvent(new ChargePosted(id, due.kind(), customer, due.invoice().id(), posted.id(), due.amount()));
    return view;
  }
}
