package org.openar.demo.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.openar.collections.AssignmentRule;
import org.openar.collections.Worklists;
import org.openar.customers.CompanyView;
import org.openar.customers.CreditLimits;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.Customers;
import org.openar.demo.DemoData;
import org.openar.demo.app.DemoPlan.Behaviour;
import org.openar.demo.app.DemoPlan.CustomerPlan;
import org.openar.ledger.FxRates;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo company through the modules' facades: the company (CNY, Asia/Shanghai), a user per role, the customer
 * master, monthly USD and EUR rates, then the book ({@link BookWriter}) and two credit limit requests waiting for a
 * decision. The plan comes from {@link DemoPlanner}, so the same seed and date give the same company.
 */
@Service
class DemoSeeder implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final Customers customers;
  private final CustomerMasterData masterData;
  private final CreditLimits creditLimits;
  private final FxRates fxRates;
  private final DemoUsers users;
  private final BookWriter book;
  private final TransactionTemplate tx;
  private final BusinessCalendar calendar;
  private final DemoProperties properties;
  private final Worklists worklists;

  DemoSeeder(Customers customers, CustomerMasterData masterData, CreditLimits creditLimits, FxRates fxRates,
      DemoUsers users, BookWriter book, TransactionTemplate tx, BusinessCalendar calendar,
      DemoProperties properties, Worklists worklists) {
    this.worklists = worklists;
    this.customers = customers;
    this.masterData = masterData;
    this.creditLimits = creditLimits;
    this.fxRates = fxRates;
    this.users = users;
    this.book = book;
    this.tx = tx;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public Optional<SeedReport> seedIfAbsent() {
    return seedIfAbsent(message -> log.info("demo: {}", message));
  }

  /**
   * All in one transaction (the chunks inside only structure the work), so a start that fails half-way leaves nothing
   * behind and the next start seeds again instead of finding a half-seeded company.
   */
  Optional<SeedReport> seedIfAbsent(Consumer<String> progress) {
    long started = System.nanoTime();
    // the time reported includes the commit, which runs the deferred ledger checks and flushes the log
    return tx.execute(s -> seed(progress)).map(r -> r.took(Duration.ofNanos(System.nanoTime() - started)));
  }

  @Override
  public Optional<Skip> skipReason() {
    List<CompanyView> companies = customers.companies();
    if (companies.stream().anyMatch(c -> COMPANY_CODE.equals(c.code()))) {
      return Optional.of(Skip.ALREADY_SEEDED);
    }
    return companies.isEmpty() ? Optional.empty() : Optional.of(Skip.DATABASE_NOT_EMPTY);
  }

  private Optional<SeedReport> seed(Consumer<String> progress) {
    if (skipReason().isPresent()) {
      return Optional.empty();
    }
    long started = System.nanoTime();
    LocalDate today = calendar.today();
    DemoPlan plan = new DemoPlanner(properties.seed(), today, properties.customers(), properties.invoices()).plan();
    CompanyView company = customers.createCompany(new Customers.NewCompany(COMPANY_CODE, "华东精密制造有限公司",
        "East China Precision Manufacturing Co., Ltd.", CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
    DemoUsers.Created created = users.create();
    progress.accept("company " + company.code() + " and " + created.logins().size() + " users");
    List<CustomerId> ids = registerCustomers(company, plan.customers(), created.salesReps());
    progress.accept("customers " + ids.size());
    fxRates(today);
    BookWriter.Counts counts = book.write(company.id(), ids, plan.customers(), plan.invoices(), progress);
    int approvals = creditLimitRequests(ids, plan.customers());
    assignCollector(company);
    progress.accept("credit limit requests " + approvals + ", collector assigned");
    return Optional.of(new SeedReport(ids.size(), counts.invoices(), counts.receipts(), counts.partialReceipts(),
        counts.discounts(), counts.creditNotes(), counts.disputes(), approvals, created.logins(),
        Duration.ofNanos(System.nanoTime() - started)));
  }

  private List<CustomerId> registerCustomers(CompanyView company, List<CustomerPlan> plans,
      List<java.util.UUID> salesReps) {
    List<CustomerDraft> drafts = plans.stream().map(c -> new CustomerDraft(company.id(), c.code(),
        new CustomerData(c.nameZh(), c.nameEn(), c.taxId(), c.country(), c.region(), c.tier(),
            Money.of(BigDecimal.valueOf(c.creditLimitMajor()), CurrencyCode.of(c.currency())), c.terms(),
            salesReps.get(c.salesRep()), null, c.tags()),
        c.addresses(), c.contacts(), List.of(), List.of())).toList();
    return tx.execute(s -> masterData.registerAll(drafts).stream().map(d -> d.customer().id()).toList());
  }

  /** Month-start reference rates for the 18 months, a gentle random walk around 7.2 (USD) and 7.8 (EUR) CNY. */
  private void fxRates(LocalDate today) {
    java.util.Random random = new java.util.Random(properties.seed());
    long usd = 71_800;
    long eur = 77_500;
    LocalDate month = today.minusMonths(DemoPlanner.MONTHS + 1L).withDayOfMonth(1);
    List<FxRates.NewFxRate> rates = new ArrayList<>();
    for (; !month.isAfter(today); month = month.plusMonths(1)) {
      usd += random.nextInt(601) - 300;
      eur += random.nextInt(1001) - 500;
      rates.add(new FxRates.NewFxRate(CurrencyCode.USD, CurrencyCode.CNY, month, BigDecimal.valueOf(usd, 4), "demo"));
      rates.add(new FxRates.NewFxRate(CurrencyCode.EUR, CurrencyCode.CNY, month, BigDecimal.valueOf(eur, 4), "demo"));
    }
    tx.executeWithoutResult(s -> rates.forEach(fxRates::upsert));
  }

  /** The demo collector works every customer of the company: its worklist holds the overdue ones. */
  private void assignCollector(CompanyView company) {
    java.util.UUID collector = users.id(DemoUsers.COLLECTOR);
    users.as("demo.admin",
        () -> worklists.saveRule(new AssignmentRule(null, company.id(), null, null, null, collector, 0)));
  }

  /** Two credit limit increases asked by the credit manager, waiting in the controller's approvals inbox. */
  private int creditLimitRequests(List<CustomerId> ids, List<CustomerPlan> plans) {
    int made = 0;
    for (int i = 0; i < plans.size() && made < 2; i++) {
      CustomerPlan c = plans.get(i);
      if (c.behaviour() != Behaviour.PROMPT || !"CNY".equals(c.currency())) {
        continue;
      }
      CustomerId id = ids.get(i);
      Money raised = Money.of(BigDecimal.valueOf(c.creditLimitMajor() * 2), CurrencyCode.CNY);
      String reason = made == 0 ? "订单量增长，按时付款记录良好" : "New framework contract for next year; pays on time";
      users.as("demo.credit", () -> creditLimits.request(id, raised, reason));
      made++;
    }
    return made;
  }
}
