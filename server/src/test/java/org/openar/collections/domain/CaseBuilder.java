package org.openar.collections.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.ContactChannel;
import org.openar.collections.CustomerProfile;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyId;
import org.openar.collections.StrategyStep;
import org.openar.collections.StrategyView;
import org.openar.customers.CompanyId;
import org.openar.customers.ContactRole;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.shared.money.Money;

/** Fixture builder: {@code aCase().on("2026-03-10").invoice("INV-1", "1000.00 CNY", due "2026-03-01")...}. */
final class CaseBuilder {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final StrategyId STRATEGY = new StrategyId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

  LocalDate asOf = LocalDate.parse("2026-03-10");
  LocalTime time = LocalTime.NOON;
  StrategyView strategy = standard(1);
  final List<OpenItem> items = new ArrayList<>();
  final Map<ItemId, Map<StepChannel, ItemProgress>> progress = new HashMap<>();
  final Set<ItemId> escalated = new HashSet<>();
  final Set<ItemId> disputed = new HashSet<>();
  final Map<ItemId, LocalDate> promised = new HashMap<>();
  final Set<ItemId> placed = new HashSet<>();
  CustomerProfile profile = CustomerProfile.empty(new CustomerId(UUID.randomUUID()));
  final List<ContactOption> contacts = new ArrayList<>(List.of(contact("Li Lei", "li@example.com", "+8613800138000",
      "zh-CN", ContactRole.BILLING)));
  String address = "上海市浦东新区世纪大道100号";
  int contactsInWindow;
  LocalDate lastContact;
  ComplianceSettings compliance = ComplianceSettings.defaults();

  static CaseBuilder aCase() {
    return new CaseBuilder();
  }

  /** Standard test ladder: -3 email, 3 email, 10 SMS, 15 email, 21 phone, 30 letter (min 1000 CNY), 60 escalate. */
  static StrategyView standard(int version) {
    return strategy(version, List.of(
        StrategyStep.message("Pre-due", -3, StepChannel.EMAIL, "t.predue"),
        StrategyStep.message("First", 3, StepChannel.EMAIL, "t.first"),
        StrategyStep.message("SMS", 10, StepChannel.SMS, "t.sms"),
        StrategyStep.message("Second", 15, StepChannel.EMAIL, "t.second"),
        new StrategyStep("Call", 21, StepChannel.PHONE_TASK, null, null, true, true, null, null),
        StrategyStep.message("Letter", 30, StepChannel.LETTER, "t.letter").withMinOverdue(Money.of("1000.00", "CNY")),
        new StrategyStep("Agency", 60, StepChannel.ESCALATE_AGENCY, null, null, true, true, null, null)));
  }

  static StrategyView strategy(int version, List<StrategyStep> steps) {
    return new StrategyView(STRATEGY, null, "standard", version, version, true, "Standard", null, null, null, 100,
        steps, null, "test", Instant.EPOCH);
  }

  static ContactOption contact(String name, String email, String phone, String language, ContactRole role) {
    return new ContactOption(UUID.nameUUIDFromBytes(name.getBytes()), name, ContactOption.canonicalEmail(email),
        ContactOption.canonicalPhone(phone), language, role, false, Set.of(), false, false);
  }

  CaseBuilder on(String date) {
    asOf = LocalDate.parse(date);
    return this;
  }

  CaseBuilder at(String localTime) {
    time = LocalTime.parse(localTime);
    return this;
  }

  ItemId invoice(String number, String amount, String due) {
    ItemId id = new ItemId(UUID.nameUUIDFromBytes(number.getBytes()));
    LocalDate dueDate = LocalDate.parse(due);
    items.add(new OpenItem(id, ItemType.INVOICE, number, dueDate.minusDays(30), dueDate, Money.parse(amount),
        Money.parse(amount)));
    return id;
  }

  CaseBuilder done(ItemId item, StepChannel channel, int level) {
    progress.computeIfAbsent(item, k -> new EnumMap<>(StepChannel.class)).put(channel,
        new ItemProgress(level, strategy.step(level).offsetDays(), strategy.id(), strategy.version()));
    return this;
  }

  CaseBuilder optOut(int contact, ContactChannel channel) {
    ContactOption c = contacts.get(contact);
    Set<ContactChannel> out = new HashSet<>(c.optedOut());
    out.add(channel);
    contacts.set(contact, new ContactOption(c.id(), c.name(), c.email(), c.phone(), c.language(), c.role(),
        c.primary(), out, c.emailSuppressed(), c.smsSuppressed()));
    return this;
  }

  CustomerCase build() {
    Instant now = asOf.atTime(time).atZone(SHANGHAI).toInstant();
    return new CustomerCase(profile.customerId(), new CompanyId(UUID.randomUUID()), "C-1", "上海示例", strategy,
        items, progress, escalated, disputed, promised, placed, profile, SHANGHAI, contacts, address, "zh-CN",
        contactsInWindow, lastContact, compliance, null, asOf, now);
  }

  List<PlannedDecision> plan() {
    return DunningPlanner.plan(build());
  }
}
