package org.openar.reporting.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openar.customers.AddressType;
import org.openar.customers.AddressView;
import org.openar.customers.ContactRole;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingGroup;
import org.openar.ledger.AgingGrouping;
import org.openar.ledger.AgingItem;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.LedgerReports;
import org.openar.reporting.StatementDocument;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes a statement of account: the ledger's figures with the parties' names and addresses, read in one snapshot.
 * Rendering happens outside (in {@link StatementService}), so no database connection waits for the PDF.
 */
@Component
public class StatementComposer {

  private final LedgerReports reports;
  private final Customers customers;
  private final BusinessCalendar calendar;

  public StatementComposer(LedgerReports reports, Customers customers, BusinessCalendar calendar) {
    this.reports = reports;
    this.customers = customers;
    this.calendar = calendar;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public StatementDocument compose(CustomerId customer, LocalDate from, LocalDate to) {
    LocalDate today = calendar.today();
    ReportDates.period(from, to, today);
    AccountStatement account = reports.statement(customer, from, to); // also refuses a customer the actor may not see
    CustomerDetail detail = customers.detail(customer);
    AgingQuery atEnd = AgingQuery.of(to).withCustomers(Set.of(customer));
    Map<CurrencyCode, AgingGroup> aging = new TreeMap<>(Comparator.comparing(CurrencyCode::code));
    reports.agingSummary(atEnd, AgingGrouping.CUSTOMER).forEach(g -> aging.put(g.currency(), g));
    Map<CurrencyCode, List<AgingItem>> open = new TreeMap<>(Comparator.comparing(CurrencyCode::code));
    reports.forEachAgingItem(atEnd, null, "documentDate",
        i -> open.computeIfAbsent(i.openAmount().currency(), c -> new ArrayList<>()).add(i));
    Map<CurrencyCode, AccountStatement.Section> sections = new TreeMap<>(Comparator.comparing(CurrencyCode::code));
    account.sections().forEach(s -> sections.put(s.currency(), s));
    aging.keySet().forEach(c -> sections.computeIfAbsent(c, StatementComposer::quiet));
    List<StatementDocument.Section> result = sections.values().stream()
        .map(s -> new StatementDocument.Section(s, footer(aging.get(s.currency()), s.currency()),
            open.getOrDefault(s.currency(), List.of())))
        .toList();
    return new StatementDocument(customers.getCompany(detail.customer().companyId()), detail.customer(),
        address(detail), contact(detail), from, to, today, result);
  }

  /** A currency with items open at the end but neither a balance brought forward nor activity in the period. */
  private static AccountStatement.Section quiet(CurrencyCode ccy) {
    Money zero = Money.zero(ccy);
    return new AccountStatement.Section(ccy, zero, List.of(), zero, zero, zero, List.of());
  }

  private static StatementDocument.Aging footer(AgingGroup group, CurrencyCode ccy) {
    AgingBuckets buckets = AgingBuckets.DEFAULT;
    if (group == null) {
      List<Money> zeros = new ArrayList<>();
      for (int k = 0; k < buckets.size(); k++) {
        zeros.add(Money.zero(ccy));
      }
      return new StatementDocument.Aging(buckets.labels(), zeros, Money.zero(ccy));
    }
    return new StatementDocument.Aging(buckets.labels(), group.buckets(), group.total());
  }

  private static List<String> address(CustomerDetail d) {
    AddressView a = d.addresses().stream().filter(x -> x.type() == AddressType.BILLING).findFirst()
        .or(() -> d.addresses().stream().filter(x -> x.type() == AddressType.REGISTERED).findFirst())
        .orElse(null);
    if (a == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    addIfPresent(lines, a.line());
    addIfPresent(lines, join(a.district(), a.city(), a.province()));
    addIfPresent(lines, join(a.postcode(), a.country()));
    return lines;
  }

  private static ContactView contact(CustomerDetail d) {
    return d.contacts().stream().filter(ContactView::primary).findFirst()
        .or(() -> d.contacts().stream().filter(c -> c.role() == ContactRole.BILLING
            || c.role() == ContactRole.ACCOUNTS_PAYABLE).findFirst())
        .or(() -> d.contacts().stream().findFirst())
        .orElse(null);
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        present.add(p.trim());
      }
    }
    return String.join(" ", present);
  }

  private static void addIfPresent(List<String> lines, String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line.trim());
    }
  }
}
