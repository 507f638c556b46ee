package org.openar.collections.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.ContactChannel;
import org.openar.collections.CustomerProfile;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyView;
import org.openar.collections.domain.Assignment;
import org.openar.collections.domain.ContactOption;
import org.openar.collections.domain.CustomerCase;
import org.openar.collections.domain.ItemProgress;
import org.openar.collections.domain.OpenItem;
import org.openar.collections.domain.StrategySelector;
import org.openar.collections.persistence.PlacementRepository;
import org.openar.collections.persistence.ProgressRepository;
import org.openar.collections.persistence.ProgressRepository.ContactStats;
import org.openar.collections.persistence.PromiseRepository;
import org.openar.customers.AddressType;
import org.openar.customers.AddressView;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.disputes.Disputes;
import org.openar.ledger.FxTable;
import org.openar.ledger.ItemId;
import org.springframework.stereotype.Component;

/** Turns the bulk reads of a batch into one {@link CustomerCase} per customer. */
@Component
class CaseAssembler {

  private final ProgressRepository progress;
  private final PromiseRepository promises;
  private final PlacementRepository placements;
  private final Disputes disputes;

  CaseAssembler(ProgressRepository progress, PromiseRepository promises, PlacementRepository placements,
      Disputes disputes) {
    this.progress = progress;
    this.promises = promises;
    this.placements = placements;
    this.disputes = disputes;
  }

  /** The collections state of a batch of customers, read with one query per kind. */
  record Batch(Map<CustomerId, List<OpenItem>> items, Map<ItemId, Map<StepChannel, ItemProgress>> progress,
      Set<ItemId> escalated, Set<ItemId> disputed, Map<ItemId, LocalDate> promisedUntil, Set<ItemId> placed,
      Map<Integer, Map<CustomerId, ContactStats>> contactsByWindow) {}

  Batch batch(RunContext ctx, List<CustomerId> ids, Map<CustomerId, List<OpenItem>> items) {
    Map<Integer, Map<CustomerId, ContactStats>> stats = new HashMap<>();
    for (int window : ctx.compliance().values().stream().map(ComplianceSettings::windowDays)
        .collect(Collectors.toSet())) {
      stats.put(window, progress.contactStats(ids, ctx.asOf(), window));
    }
    stats.computeIfAbsent(7, w -> progress.contactStats(ids, ctx.asOf(), w));
    return new Batch(items, progress.progress(ids), progress.escalated(ids), disputes.openForCustomers(ids),
        promises.pausedItems(ids), placements.placedItems(ids), stats);
  }

  LoadedCustomer assemble(RunContext ctx, Batch b, CustomerDetail d, CustomerProfile p, Optional<FxTable> fx) {
    CustomerView c = d.customer();
    CompanyView company = ctx.companies().get(c.companyId());
    ComplianceSettings rules = ctx.compliance().get(c.companyId());
    ContactStats stats = b.contactsByWindow().getOrDefault(rules.windowDays(), Map.of())
        .getOrDefault(c.id(), new ContactStats(0, null));
    String language = "CN".equals(d.country()) ? "zh-CN" : "en";
    ZoneId zone = p.timeZone() != null ? p.timeZone() : company.timeZone();
    CustomerCase kase = new CustomerCase(c.id(), c.companyId(), c.code(), c.displayName(true), strategy(ctx, c, p),
        b.items().getOrDefault(c.id(), List.of()), b.progress(), b.escalated(), b.disputed(), b.promisedUntil(),
        b.placed(), p, zone, contacts(ctx, d.contacts(), p), postalAddress(d), language, stats.inWindow(),
        stats.last(), rules, fx.orElse(null), ctx.asOf(), ctx.now());
    UUID collector = Assignment.collectorFor(p.collectorId(), c.companyId(), c.tier(), d.region(), c.salesRepId(),
        ctx.rules()).orElse(null);
    return new LoadedCustomer(kase, d, company, collector);
  }

  private static StrategyView strategy(RunContext ctx, CustomerView c, CustomerProfile p) {
    if (p.strategyId() != null && ctx.strategiesById().containsKey(p.strategyId())) {
      return ctx.strategiesById().get(p.strategyId());
    }
    return StrategySelector.select(ctx.strategies(), c.companyId(), c.tier(), c.tags()).orElse(null);
  }

  private static List<ContactOption> contacts(RunContext ctx, Collection<ContactView> contacts, CustomerProfile p) {
    return contacts.stream().map(c -> {
      String email = ContactOption.canonicalEmail(c.email());
      String phone = ContactOption.canonicalPhone(c.phone());
      Set<ContactChannel> optedOut = p.optOuts().stream().filter(o -> o.contactId().equals(c.id().value()))
          .map(CustomerProfile.OptOut::channel).collect(Collectors.toSet());
      return new ContactOption(c.id().value(), c.name(), email, phone, c.language(), c.role(), c.primary(), optedOut,
          email != null && ctx.suppressedEmails().contains(email),
          phone != null && ctx.suppressedPhones().contains(phone));
    }).toList();
  }

  /** The billing address, else the registered one, on one line as the post expects it in the country. */
  static String postalAddress(CustomerDetail d) {
    Optional<AddressView> a = d.addresses().stream().filter(x -> x.type() == AddressType.BILLING).findFirst()
        .or(() -> d.addresses().stream().filter(x -> x.type() == AddressType.REGISTERED).findFirst());
    return a.map(CaseAssembler::format).orElse(null);
  }

  private static String format(AddressView a) {
    if ("CN".equals(a.country())) {
      return join("", a.province(), a.city(), a.district(), a.line()) + (a.postcode() == null ? ""
          : "（" + a.postcode() + "）");
    }
    return join(", ", a.line(), join(" ", a.postcode(), a.city()), a.province(), a.country());
  }

  private static String join(String sep, String... parts) {
    return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(sep));
  }
}
