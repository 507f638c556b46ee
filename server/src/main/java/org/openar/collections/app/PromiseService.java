package org.openar.collections.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.audit.AuditTrail;
import org.openar.collections.CollectionsError;
import org.openar.collections.PromiseId;
import org.openar.collections.PromiseMade;
import org.openar.collections.PromiseStatus;
import org.openar.collections.PromiseView;
import org.openar.collections.Promises;
import org.openar.collections.domain.OpenItem;
import org.openar.collections.persistence.LedgerReader;
import org.openar.collections.persistence.PromiseRepository;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.ledger.ItemId;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PromiseService implements Promises {

  private final PromiseRepository promises;
  private final PromiseOutcomes outcomes;
  private final LedgerReader ledger;
  private final CustomerAccess access;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final CollectionsProperties properties;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public PromiseService(PromiseRepository promises, PromiseOutcomes outcomes, LedgerReader ledger,
      CustomerAccess access, AuditTrail audit, ApplicationEventPublisher events, CollectionsProperties properties,
      BusinessCalendar calendar, Clock clock) {
    this.promises = promises;
    this.outcomes = outcomes;
    this.ledger = ledger;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional
  public PromiseView make(CustomerId customer, NewPromise p) {
    CustomerView c = access.require(customer);
    LocalDate today = calendar.today();
    int grace = checkFields(p, today);
    Map<ItemId, Long> covered = coveredItems(c, p, today);
    PromiseView view = new PromiseView(new PromiseId(Ids.newId()), customer, p.amount(), p.promisedDate(), grace,
        p.channel(), trim(p.promisedBy()), trim(p.note()), PromiseStatus.OPEN, Money.zero(p.amount().currency()),
        List.copyOf(covered.keySet()), CurrentActor.get().username(), clock.instant(), null);
    if (!promises.activeAmong(covered.keySet()).isEmpty()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_ITEM_PROMISED,
          promises.activeAmong(covered.keySet()).get(0)).onField("items");
    }
    try {
      promises.insert(view, c.companyId(), covered);
    } catch (DuplicateKeyException concurrent) {
      throw new OpenArException(CollectionsError.COLLECTIONS_ITEM_PROMISED, customer).onField("items");
    }
    audit.record("collections.promise", view.id().toString(), "made", null, view);
    events.publishEvent(new PromiseMade(view.id(), customer, p.amount(), p.promisedDate()));
    return view;
  }

  private int checkFields(NewPromise p, LocalDate today) {
    if (p.amount() == null || p.amount().signum() <= 0) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PROMISE_AMOUNT_INVALID).onField("amount");
    }
    if (p.promisedDate() == null || p.promisedDate().isBefore(today)
        || p.promisedDate().isAfter(today.plusDays(properties.maxPromiseDays()))) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PROMISE_DATE_INVALID, String.valueOf(p.promisedDate()),
          today, today.plusDays(properties.maxPromiseDays())).onField("promisedDate");
    }
    int grace = p.graceDays() == null ? properties.promiseGraceDays() : p.graceDays();
    if (grace < 0 || grace > 60) {
      throw new OpenArException(CollectionsError.COLLECTIONS_STEP_INVALID_DAYS, grace).onField("graceDays");
    }
    if (p.channel() == null) {
      throw new OpenArException(org.openar.shared.error.SharedError.MISSING_FIELD, "channel").onField("channel");
    }
    if (p.promisedBy() != null && p.promisedBy().length() > 200 || p.note() != null && p.note().length() > 2000) {
      throw new OpenArException(CollectionsError.COLLECTIONS_TEXT_TOO_LONG, 2000).onField("note");
    }
    return grace;
  }

  /** The covered items with their open amounts now: the requested ones, or every overdue one. */
  private Map<ItemId, Long> coveredItems(CustomerView c, NewPromise p, LocalDate today) {
    List<OpenItem> open = ledger.openDebits(List.of(c.id()), today, today.plusYears(50), false)
        .getOrDefault(c.id(), List.of());
    Map<ItemId, OpenItem> byId = new LinkedHashMap<>();
    open.forEach(i -> byId.put(i.id(), i));
    List<ItemId> wanted = p.items() == null || p.items().isEmpty()
        ? open.stream().filter(i -> i.daysOverdue(today) > 0).map(OpenItem::id).toList() : p.items();
    if (wanted.isEmpty()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PROMISE_NO_ITEMS, c.code()).onField("items");
    }
    Map<ItemId, Long> out = new LinkedHashMap<>();
    Money total = Money.zero(p.amount().currency());
    for (int i = 0; i < wanted.size(); i++) {
      OpenItem item = byId.get(wanted.get(i));
      if (item == null) {
        throw new OpenArException(CollectionsError.COLLECTIONS_ITEM_NOT_OPEN_DEBIT, wanted.get(i))
            .onField("items[" + i + "]");
      }
      if (!item.open().currency().equals(p.amount().currency())) {
        throw new OpenArException(CollectionsError.COLLECTIONS_CURRENCY_MIXED, item.open().currency().code(),
            p.amount().currency().code()).onField("items[" + i + "]");
      }
      out.put(item.id(), item.open().minor());
      total = total.plus(item.open());
    }
    if (p.amount().isGreaterThan(total)) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PROMISE_AMOUNT_TOO_HIGH, total.amount().toPlainString(),
          total.currency().code()).onField("amount");
    }
    return out;
  }

  @Override
  @Transactional
  public PromiseView cancel(PromiseId id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_REASON_REQUIRED).onField("reason");
    }
    PromiseView before = get(id);
    if (!promises.resolve(id, PromiseStatus.CANCELLED, before.paid().minor(), calendar.today(), clock.instant())) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PROMISE_NOT_OPEN, id, before.status());
    }
    PromiseView after = get(id);
    audit.record("collections.promise", id.toString(), "cancelled: " + reason.strip(), before, after);
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public PromiseView get(PromiseId id) {
    PromiseView p = promises.find(id)
        .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_PROMISE_NOT_FOUND, id));
    try {
      access.require(p.customerId());
    } catch (OpenArException hidden) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PROMISE_NOT_FOUND, id);
    }
    return p;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PromiseView> ofCustomer(CustomerId customer) {
    access.require(customer);
    return promises.ofCustomer(customer);
  }

  @Override
  @Transactional(readOnly = true)
  public PromiseRate rate(CustomerId customer) {
    access.require(customer);
    int[] kb = promises.outcomes(List.of(customer), calendar.today().minusYears(1)).getOrDefault(customer,
        new int[] {0, 0});
    BigDecimal rate = kb[0] + kb[1] == 0 ? null
        : BigDecimal.valueOf(kb[0]).divide(BigDecimal.valueOf(kb[0] + kb[1]), 4, RoundingMode.HALF_EVEN);
    return new PromiseRate(kb[0], kb[1], rate);
  }

  @Override
  public int checkDue(LocalDate today) {
    int broken = 0;
    for (PromiseId id : promises.openDueBefore(today)) {
      if (outcomes.settle(id, today, true) == PromiseStatus.BROKEN) {
        broken++;
      }
    }
    return broken;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
