package org.openar.cashapp.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.cashapp.matching.CustomerRecord;
import org.openar.cashapp.matching.FxRates;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerSearch;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.PayerIndex;
import org.openar.ledger.FxTable;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the engine needs for one company from the customers and ledger modules: every customer with its names,
 * bank accounts and learned aliases ({@link Customers#payerIndex}), every open debit with its payment terms, and the
 * exchange rates in force today for recognising payments in another currency.
 */
@Component
public class EngineBookLoader {

  private final Customers customers;
  private final LedgerQueries ledger;
  private final org.openar.ledger.FxRates rates;
  private final BusinessCalendar calendar;
  private final CashappProperties properties;

  public EngineBookLoader(Customers customers, LedgerQueries ledger, org.openar.ledger.FxRates rates,
      BusinessCalendar calendar, CashappProperties properties) {
    this.customers = customers;
    this.ledger = ledger;
    this.rates = rates;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public EngineBook load(CompanyId company) {
    PayerIndex index = customers.payerIndex(company);
    Map<UUID, List<String>> accounts = new HashMap<>();
    index.accounts().forEach(a -> accounts.computeIfAbsent(a.customerId().value(), k -> new ArrayList<>())
        .add(a.numberKey()));
    Map<UUID, List<String>> aliases = new HashMap<>();
    index.aliases().forEach(a -> aliases.computeIfAbsent(a.customerId().value(), k -> new ArrayList<>())
        .add(a.name()));
    List<CustomerRecord> records = new ArrayList<>();
    Map<UUID, String> names = new HashMap<>();
    for (CustomerView c : allCustomers(company)) {
      UUID id = c.id().value();
      String name = c.displayName(true);
      List<String> known = new ArrayList<>(aliases.getOrDefault(id, List.of()));
      String other = c.displayName(false);
      if (other != null && !other.equals(name)) {
        known.add(0, other);
      }
      records.add(new CustomerRecord(id.toString(), name, accounts.getOrDefault(id, List.of()), known));
      names.put(id, name);
    }
    List<ItemView> debits = new ArrayList<>();
    ledger.openDebits(company, debits::add);
    return new EngineBook(records, names, debits, properties.matching().settings(), fx(debits));
  }

  private List<CustomerView> allCustomers(CompanyId company) {
    List<CustomerView> all = new ArrayList<>();
    CustomerSearch criteria = new CustomerSearch(null, company, null, null, null, null, null, null);
    for (int page = 0; ; page++) {
      Page<CustomerSummary> p = customers.search(criteria, new PageQuery(page, PageQuery.MAX_SIZE, "code", false),
          Actor.SYSTEM);
      p.items().forEach(s -> all.add(s.customer()));
      if (p.items().size() < PageQuery.MAX_SIZE) {
        return all;
      }
    }
  }

  /** Today's rates between the currencies of the open items and any other currency with a rate into them. */
  private FxRates fx(List<ItemView> debits) {
    Set<CurrencyCode> currencies = new HashSet<>();
    debits.forEach(d -> currencies.add(d.currency()));
    Map<String, BigDecimal> pairs = new HashMap<>();
    for (CurrencyCode target : currencies) {
      FxTable table = rates.table(target, calendar.today());
      table.quotes().forEach((from, q) -> pairs.put(from.code() + "/" + target.code(),
          q.inverse() ? BigDecimal.ONE.divide(q.rate(), MathContext.DECIMAL64) : q.rate()));
    }
    return pairs.isEmpty() ? FxRates.NONE : FxRates.of(pairs);
  }
}
