package org.openar.ledger.app;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomersError;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.AgingGroup;
import org.openar.ledger.AgingGrouping;
import org.openar.ledger.AgingItem;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.LedgerError;
import org.openar.ledger.LedgerReports;
import org.openar.ledger.PeriodActivity;
import org.openar.ledger.persistence.AgingItemRepository;
import org.openar.ledger.persistence.AgingRepository;
import org.openar.ledger.persistence.PeriodActivityRepository;
import org.openar.ledger.persistence.StatementRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's SQL reports; what an actor may not see is filtered out before the SQL runs. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class LedgerReportService implements LedgerReports {

  private final AgingRepository aging;
  private final AgingItemRepository agingItems;
  private final StatementRepository statements;
  private final PeriodActivityRepository activity;
  private final CustomerDirectory directory;

  public LedgerReportService(AgingRepository aging, AgingItemRepository agingItems, StatementRepository statements,
      PeriodActivityRepository activity, CustomerDirectory directory) {
    this.aging = aging;
    this.agingItems = agingItems;
    this.statements = statements;
    this.activity = activity;
    this.directory = directory;
  }

  @Override
  public List<AgingGroup> agingSummary(AgingQuery query, AgingGrouping grouping) {
    return aging.summary(query, customers(query.customers()), grouping).stream().map(r -> {
      CurrencyCode ccy = CurrencyCode.of(r.currency());
      long total = 0;
      Money[] buckets = new Money[r.buckets().length];
      for (int k = 0; k < buckets.length; k++) {
        buckets[k] = Money.ofMinor(r.buckets()[k], ccy);
        total += r.buckets()[k];
      }
      return new AgingGroup(r.key(), ccy, List.of(buckets), Money.ofMinor(total, ccy),
          Money.ofMinor(r.openDebit(), ccy), Money.ofMinor(r.openCredit(), ccy), Money.ofMinor(r.overdue(), ccy));
    }).toList();
  }

  @Override
  public Page<AgingItem> agingItems(AgingQuery query, Integer bucket, PageQuery page) {
    checkBucket(query, bucket);
    UUID[] customers = customers(query.customers());
    AgingItemRepository.Path path = agingItems.pathFor(query.asOf());
    List<AgingItem> list = agingItems.page(path, query, customers, bucket, page);
    return Page.of(list, agingItems.total(path, query, customers, bucket, page, list.size()), page);
  }

  @Override
  public long forEachAgingItem(AgingQuery query, Integer bucket, String sort, Consumer<AgingItem> sink) {
    checkBucket(query, bucket);
    PageQuery order = PageQuery.of(0, 1, sort, AGING_ITEM_SORT_FIELDS, "-daysPast");
    return agingItems.forEach(query, customers(query.customers()), bucket, order.sortField(), order.descending(),
        sink);
  }

  @Override
  public AccountStatement statement(CustomerId customer, LocalDate from, LocalDate to) {
    if (directory.companyOf(customer).isEmpty() || !directory.canSee(CurrentActor.get(), customer)) {
      throw new OpenArException(CustomersError.CUSTOMERS_CUSTOMER_NOT_FOUND, customer);
    }
    if (from.isAfter(to)) {
      throw new OpenArException(LedgerError.LEDGER_INVALID_RANGE, "from", "to").onField("from");
    }
    return StatementAssembler.assemble(customer, from, to, statements.openings(customer, from),
        statements.lines(customer, from, to), statements.applications(customer, from, to));
  }

  @Override
  public List<PeriodActivity> periodActivity(CompanyId company, List<LocalDate> periodEnds) {
    if (periodEnds.isEmpty()) {
      throw new OpenArException(SharedError.MISSING_FIELD, "periodEnds");
    }
    for (int k = 1; k < periodEnds.size(); k++) {
      if (!periodEnds.get(k).isAfter(periodEnds.get(k - 1))) {
        throw new OpenArException(LedgerError.LEDGER_INVALID_RANGE, periodEnds.get(k - 1), periodEnds.get(k));
      }
    }
    return activity.activity(company, customers(null), periodEnds).stream().map(r -> {
      CurrencyCode ccy = CurrencyCode.of(r.currency());
      return new PeriodActivity(ccy, r.period(), Money.ofMinor(r.net(), ccy), Money.ofMinor(r.sales(), ccy),
          Money.ofMinor(r.cash(), ccy), Money.ofMinor(r.debitPosted(), ccy), Money.ofMinor(r.debitSettled(), ccy),
          Money.ofMinor(r.overdue(), ccy));
    }).toList();
  }

  /** The customers the query may touch: its own restriction intersected with the actor's; null = no restriction. */
  private UUID[] customers(Set<CustomerId> requested) {
    Set<CustomerId> visible = directory.visibleTo(CurrentActor.get());
    Set<CustomerId> allowed;
    if (visible == null) {
      allowed = requested;
    } else if (requested == null) {
      allowed = visible;
    } else {
      allowed = new HashSet<>(requested);
      allowed.retainAll(visible);
    }
    return allowed == null ? null : allowed.stream().map(CustomerId::value).toArray(UUID[]::new);
  }

  private static void checkBucket(AgingQuery query, Integer bucket) {
    if (bucket != null && (bucket < 0 || bucket >= query.buckets().size())) {
      throw new OpenArException(SharedError.INVALID_VALUE, "bucket", bucket).onField("bucket");
    }
  }
}
