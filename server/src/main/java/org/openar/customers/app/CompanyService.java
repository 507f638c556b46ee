package org.openar.customers.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers.CompanyChanges;
import org.openar.customers.Customers.NewCompany;
import org.openar.customers.CustomersError;
import org.openar.customers.persistence.CompanyRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Companies: the legal entities that own customers and documents. */
@Service
public class CompanyService {

  static final String ENTITY = "customers.company";

  private final CompanyRepository companies;
  private final AuditTrail audit;
  private final Clock clock;

  public CompanyService(CompanyRepository companies, AuditTrail audit, Clock clock) {
    this.companies = companies;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public CompanyView create(NewCompany c) {
    Checks checks = new Checks();
    if (c.code() == null || !c.code().matches("[A-Za-z0-9_-]{1,32}")) {
      checks.add("code", CustomersError.CUSTOMERS_INVALID_CODE, String.valueOf(c.code()));
    }
    CompanyChanges fields = validate(new CompanyChanges(c.name(), c.nameEn(), c.baseCurrency(), c.timeZone()), checks);
    checks.throwIfAny();
    if (companies.findByCode(c.code()).isPresent()) {
      throw new OpenArException(CustomersError.CUSTOMERS_COMPANY_CODE_TAKEN, c.code()).onField("code");
    }
    CompanyView view = new CompanyView(new CompanyId(Ids.newId()), c.code(), fields.name(), fields.nameEn(),
        fields.baseCurrency(), fields.timeZone());
    companies.insert(view, clock.instant());
    audit.record(ENTITY, view.id().toString(), "created", null, view);
    return view;
  }

  /** The code never changes; the base currency only while the company has no customers (nothing is booked yet). */
  @Transactional
  public CompanyView update(CompanyId id, CompanyChanges changes) {
    CompanyView before = companies.lock(id)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_COMPANY_NOT_FOUND, id));
    Checks checks = new Checks();
    CompanyChanges fields = validate(changes, checks);
    checks.throwIfAny();
    if (!fields.baseCurrency().equals(before.baseCurrency()) && companies.hasCustomers(id)) {
      throw new OpenArException(CustomersError.CUSTOMERS_COMPANY_CURRENCY_LOCKED, before.code(),
          before.baseCurrency()).onField("baseCurrency");
    }
    CompanyView after = new CompanyView(id, before.code(), fields.name(), fields.nameEn(), fields.baseCurrency(),
        fields.timeZone());
    if (!after.equals(before)) {
      companies.update(after);
      audit.record(ENTITY, id.toString(), "updated", before, after);
    }
    return after;
  }

  @Transactional(readOnly = true)
  public Optional<CompanyView> find(CompanyId id) {
    return companies.find(id);
  }

  @Transactional(readOnly = true)
  public CompanyView get(CompanyId id) {
    return companies.find(id).orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_COMPANY_NOT_FOUND, id));
  }

  @Transactional(readOnly = true)
  public List<CompanyView> all() {
    return companies.all();
  }

  private static CompanyChanges validate(CompanyChanges c, Checks checks) {
    String name = checks.text("name", c.name(), 200, false);
    if (name == null && !checks.has("name")) {
      checks.add("name", CustomersError.CUSTOMERS_NAME_REQUIRED);
    }
    String nameEn = checks.text("nameEn", c.nameEn(), 200, false);
    checks.required("baseCurrency", c.baseCurrency());
    ZoneId zone = c.timeZone() == null ? BusinessCalendar.DEFAULT_ZONE : c.timeZone();
    return new CompanyChanges(name, nameEn, c.baseCurrency(), zone);
  }
}
