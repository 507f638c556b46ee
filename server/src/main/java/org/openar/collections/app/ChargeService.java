package org.openar.collections.app;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.audit.AuditTrail;
import org.openar.collections.ChargeId;
import org.openar.collections.ChargeStatus;
import org.openar.collections.ChargeTerms;
import org.openar.collections.ChargeView;
import org.openar.collections.CollectionsError;
import org.openar.collections.LateCharges;
import org.openar.collections.persistence.ChargeRepository;
import org.openar.collections.persistence.LedgerReader;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.ApprovalRequest;
import org.openar.identity.ApprovalView;
import org.openar.identity.Approvals;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ChargeService implements LateCharges {

  /** The approval type of fee and interest waivers. */
  public static final String WAIVER = "collections.fee-waiver";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ChargeRepository charges;
  private final ChargePoster poster;
  private final LedgerReader ledger;
  private final Customers customers;
  private final CustomerAccess access;
  private final Approvals approvals;
  private final AuditTrail audit;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public ChargeService(ChargeRepository charges, ChargePoster poster, LedgerReader ledger, Customers customers,
      CustomerAccess access, Approvals approvals, AuditTrail audit, BusinessCalendar calendar, Clock clock) {
    this.charges = charges;
    this.poster = poster;
    this.ledger = ledger;
    this.customers = customers;
    this.access = access;
    this.approvals = approvals;
    this.audit = audit;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public ChargeTerms termsFor(CustomerId customer) {
    CustomerView c = access.require(customer);
    return charges.customerTerms(customer)
        .orElseGet(() -> charges.companyTerms(c.companyId()).orElse(ChargeTerms.none()));
  }

  @Override
  @Transactional(readOnly = true)
  public ChargeTerms companyTerms(CompanyId company) {
    customers.getCompany(company);
    return charges.companyTerms(company).orElse(ChargeTerms.none());
  }

  @Override
  @Transactional
  public ChargeTerms saveCompanyTerms(CompanyId company, long expectedVersion, ChargeTerms terms) {
    customers.getCompany(company);
    ChargeTerms before = charges.companyTerms(company).orElse(null);
    save(company, null, expectedVersion, terms);
    ChargeTerms after = charges.companyTerms(company).orElseThrow();
    audit.record("collections.charge-terms", company.toString(), "saved", before, after);
    return after;
  }

  @Override
  @Transactional
  public ChargeTerms saveCustomerTerms(CustomerId customer, long expectedVersion, ChargeTerms terms) {
    CustomerView c = access.require(customer);
    ChargeTerms before = charges.customerTerms(customer).orElse(null);
    if (terms == null) {
      charges.deleteCustomerTerms(customer);
      audit.record("collections.charge-terms", customer.toString(), "removed", before, null);
      return charges.companyTerms(c.companyId()).orElse(ChargeTerms.none());
    }
    save(c.companyId(), customer, expectedVersion, terms);
    ChargeTerms after = charges.customerTerms(customer).orElseThrow();
    audit.record("collections.charge-terms", customer.toString(), "saved", before, after);
    return after;
  }

  private void save(CompanyId company, CustomerId customer, long expected, ChargeTerms t) {
    List<FieldViolation> v = validate(t);
    if (!v.isEmpty()) {
      throw OpenArException.invalid(v);
    }
    if (!charges.saveTerms(company, customer, t, expected, CurrentActor.get().username(), clock.instant())) {
      throw new OpenArException(CollectionsError.COLLECTIONS_TERMS_STALE_VERSION, expected).onField("version");
    }
  }

  static List<FieldViolation> validate(ChargeTerms t) {
    List<FieldViolation> v = new ArrayList<>();
    percent(v, "lateFeePercent", t.lateFeePercent());
    percent(v, "annualInterestPercent", t.annualInterestPercent());
    percent(v, "interestCapPercent", t.interestCapPercent());
    if (t.graceDays() < 0 || t.graceDays() > 365) {
      v.add(FieldViolation.of("graceDays", CollectionsError.COLLECTIONS_TERMS_INVALID, t.graceDays()));
    }
    Set<String> currencies = new java.util.HashSet<>();
    Map.of("lateFeeFixed", opt(t.lateFeeFixed()), "feeCap", opt(t.feeCap()), "minCharge", opt(t.minCharge()))
        .forEach((field, m) -> m.ifPresent(money -> {
          currencies.add(money.currency().code());
          if (money.signum() < 0) {
            v.add(FieldViolation.of(field, CollectionsError.COLLECTIONS_TERMS_INVALID, money.amount()));
          }
        }));
    if (currencies.size() > 1) {
      v.add(FieldViolation.of("lateFeeFixed", CollectionsError.COLLECTIONS_TERMS_CURRENCIES, String.join(", ", currencies)));
    }
    return v;
  }

  private static java.util.Optional<org.openar.shared.money.Money> opt(org.openar.shared.money.Money m) {
    return java.util.Optional.ofNullable(m);
  }

  private static void percent(List<FieldViolation> v, String field, BigDecimal p) {
    if (p != null && (p.signum() < 0 || p.compareTo(HUNDRED) > 0 || p.scale() > 4)) {
      v.add(FieldViolation.of(field, CollectionsError.COLLECTIONS_INVALID_PERCENT, p));
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<ChargeView> ofCustomer(CustomerId customer) {
    access.require(customer);
    return charges.ofCustomer(customer);
  }

  @Override
  @Transactional
  public ChargeView requestWaiver(ChargeId id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_REASON_REQUIRED).onField("reason");
    }
    ChargeView c = charges.find(id).orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_CHARGE_NOT_FOUND, id));
    access.require(c.customerId());
    if (c.status() != ChargeStatus.POSTED) {
      throw new OpenArException(CollectionsError.COLLECTIONS_CHARGE_NOT_WAIVABLE, c.chargeNumber(), c.status());
    }
    ApprovalView approval = approvals.request(new ApprovalRequest(WAIVER, "collections.charge", id.toString(),
        "Waive " + c.kind() + " " + c.chargeNumber() + " on " + c.invoiceNumber() + ": " + reason.strip(), c.amount(),
        Map.of("chargeId", id.toString(), "reason", reason.strip())));
    charges.setStatus(id, ChargeStatus.POSTED, ChargeStatus.WAIVER_REQUESTED, approval.id().toString(), reason.strip(),
        null);
    ChargeView after = charges.find(id).orElseThrow();
    audit.record("collections.charge", id.toString(), "waiver-requested", c, after);
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ChargeView> due(CustomerId customer, LocalDate asOf) {
    CustomerView c = access.require(customer);
    ChargeTerms terms = charges.customerTerms(customer)
        .orElseGet(() -> charges.companyTerms(c.companyId()).orElse(ChargeTerms.none()));
    LocalDate date = asOf == null ? calendar.today() : asOf;
    var items = ledger.openDebits(List.of(customer), date, date, date.isBefore(calendar.today()))
        .getOrDefault(customer, List.of());
    return poster.due(items, terms, date, Set.of()).stream().map(d -> new ChargeView(null, d.kind(), customer,
        d.invoice().id(), d.invoice().documentNumber(), null, d.number(), d.amount(), d.from(), d.to(),
        ChargeStatus.POSTED, null, null, null, null)).toList();
  }
}
