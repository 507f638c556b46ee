package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.collections.CollectionsError;
import org.openar.collections.CollectionsProfiles;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.ContactChannel;
import org.openar.collections.CustomerProfile;
import org.openar.collections.CustomerProfile.OptOut;
import org.openar.collections.StrategyId;
import org.openar.collections.TimelineEntry;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.collections.persistence.StrategyRepository;
import org.openar.customers.CompanyId;
import org.openar.customers.ContactId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProfileService implements CollectionsProfiles {

  private final ProfileRepository profiles;
  private final StrategyRepository strategies;
  private final WorkAssignment assignment;
  private final TimelineService timeline;
  private final Customers customers;
  private final CustomerAccess access;
  private final CollectionsProperties properties;
  private final AuditTrail audit;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public ProfileService(ProfileRepository profiles, StrategyRepository strategies, WorkAssignment assignment,
      TimelineService timeline, Customers customers, CustomerAccess access, CollectionsProperties properties,
      AuditTrail audit, BusinessCalendar calendar, Clock clock) {
    this.profiles = profiles;
    this.strategies = strategies;
    this.assignment = assignment;
    this.timeline = timeline;
    this.customers = customers;
    this.access = access;
    this.properties = properties;
    this.audit = audit;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public CustomerProfile profile(CustomerId customer) {
    access.require(customer);
    return profiles.find(customer).orElse(CustomerProfile.empty(customer));
  }

  @Override
  @Transactional
  public CustomerProfile update(CustomerId customer, long expectedVersion, StrategyId strategy, UUID collector,
      ZoneId timeZone) {
    if (strategy != null && strategies.find(strategy, null).isEmpty()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_STRATEGY_NOT_FOUND, strategy).onField("strategyId");
    }
    if (collector != null) {
      assignment.requireCollector(collector, "collectorId");
    }
    CustomerProfile p = profile(customer);
    return save(customer, expectedVersion, p, new CustomerProfile(customer, strategy, collector, timeZone,
        p.blockReason(), p.blockedUntil(), p.blockedBy(), p.blockedAt(), p.nextActionDate(), p.optOuts(),
        p.version()), "updated");
  }

  @Override
  @Transactional
  public CustomerProfile block(CustomerId customer, String reason, LocalDate until) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new OpenArException(CollectionsError.COLLECTIONS_REASON_REQUIRED).onField("reason");
    }
    if (until != null && until.isBefore(calendar.today())) {
      throw new OpenArException(CollectionsError.COLLECTIONS_BLOCK_IN_PAST, until).onField("until");
    }
    CustomerProfile p = profile(customer);
    return save(customer, p.version(), p, new CustomerProfile(customer, p.strategyId(), p.collectorId(),
        p.timeZone(), reason.strip(), until, CurrentActor.get().username(), clock.instant(), p.nextActionDate(),
        p.optOuts(), p.version()), "blocked");
  }

  @Override
  @Transactional
  public CustomerProfile unblock(CustomerId customer) {
    CustomerProfile p = profile(customer);
    return save(customer, p.version(), p, new CustomerProfile(customer, p.strategyId(), p.collectorId(),
        p.timeZone(), null, null, null, null, p.nextActionDate(), p.optOuts(), p.version()), "unblocked");
  }

  private CustomerProfile save(CustomerId customer, long expected, CustomerProfile before, CustomerProfile after,
      String action) {
    CustomerView c = customers.get(customer);
    if (!profiles.save(after, c.companyId(), expected, CurrentActor.get().username(), clock.instant())) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PROFILE_STALE_VERSION, expected, before.version())
          .onField("version");
    }
    CustomerProfile stored = profiles.find(customer).orElseThrow();
    audit.record("collections.profile", customer.toString(), action, before, stored);
    return stored;
  }

  @Override
  @Transactional
  public CustomerProfile optOut(CustomerId customer, ContactId contact, ContactChannel channel, String reason) {
    requireContact(customer, contact);
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new OpenArException(CollectionsError.COLLECTIONS_REASON_REQUIRED).onField("reason");
    }
    CustomerProfile before = profile(customer);
    profiles.optOut(customer, new OptOut(contact.value(), channel, reason.strip(), CurrentActor.get().username(),
        clock.instant()));
    CustomerProfile after = profile(customer);
    audit.record("collections.opt-out", contact.toString(), "opted-out " + channel, before.optOuts(),
        after.optOuts());
    return after;
  }

  @Override
  @Transactional
  public CustomerProfile optIn(CustomerId customer, ContactId contact, ContactChannel channel) {
    requireContact(customer, contact);
    CustomerProfile before = profile(customer);
    profiles.optIn(contact.value(), channel);
    CustomerProfile after = profile(customer);
    audit.record("collections.opt-out", contact.toString(), "opted-in " + channel, before.optOuts(), after.optOuts());
    return after;
  }

  private void requireContact(CustomerId customer, ContactId contact) {
    access.require(customer);
    if (customers.contacts(customer).stream().noneMatch(c -> c.id().equals(contact))) {
      throw new OpenArException(CollectionsError.COLLECTIONS_CONTACT_NOT_FOUND, contact).onField("contactId");
    }
  }

  @Override
  @Transactional(readOnly = true)
  public ComplianceSettings compliance(CompanyId company) {
    customers.getCompany(company);
    return profiles.compliance(company).orElse(properties.compliance());
  }

  @Override
  @Transactional
  public ComplianceSettings updateCompliance(CompanyId company, long expectedVersion, ComplianceSettings s) {
    ComplianceSettings before = compliance(company);
    List<FieldViolation> v = new ArrayList<>();
    if (s.maxContacts() < 1 || s.maxContacts() > 100) {
      v.add(FieldViolation.of("maxContacts", CollectionsError.COLLECTIONS_COMPLIANCE_INVALID, s.maxContacts()));
    }
    if (s.windowDays() < 1 || s.windowDays() > 365) {
      v.add(FieldViolation.of("windowDays", CollectionsError.COLLECTIONS_COMPLIANCE_INVALID, s.windowDays()));
    }
    if (s.quietStart() == null || s.quietEnd() == null) {
      v.add(FieldViolation.of("quietStart", CollectionsError.COLLECTIONS_COMPLIANCE_INVALID, "null"));
    }
    if (s.holidays().size() > 400) {
      v.add(FieldViolation.of("holidays", CollectionsError.COLLECTIONS_COMPLIANCE_INVALID, s.holidays().size()));
    }
    if (!v.isEmpty()) {
      throw OpenArException.invalid(v);
    }
    if (!profiles.saveCompliance(company, s, expectedVersion, CurrentActor.get().username(), clock.instant())) {
      throw new OpenArException(CollectionsError.COLLECTIONS_COMPLIANCE_STALE_VERSION, expectedVersion,
          before.version()).onField("version");
    }
    ComplianceSettings after = compliance(company);
    audit.record("collections.compliance", company.toString(), "updated", before, after);
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(CustomerId customer, int limit) {
    access.require(customer);
    return timeline.of(customer, Math.max(1, Math.min(limit, 1000)));
  }
}
