package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.openar.collections.CustomerProfile;
import org.openar.collections.PromiseStatus;
import org.openar.collections.PromiseView;
import org.openar.collections.SalesCollaboration;
import org.openar.collections.domain.OpenItem;
import org.openar.collections.persistence.LedgerReader;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.collections.persistence.PromiseRepository;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.notifications.Channel;
import org.openar.notifications.MessageRequest;
import org.openar.notifications.Notifications;
import org.openar.shared.i18n.Locales;
import org.openar.shared.money.Money;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SalesDigestService implements SalesCollaboration {

  private static final Logger log = LoggerFactory.getLogger(SalesDigestService.class);
  static final String TEMPLATE = "collections.sales.digest";

  private final Customers customers;
  private final Users users;
  private final LedgerReader ledger;
  private final PromiseRepository promises;
  private final ProfileRepository profiles;
  private final Notifications notifications;
  private final CollectionsProperties properties;
  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public SalesDigestService(Customers customers, Users users, LedgerReader ledger, PromiseRepository promises,
      ProfileRepository profiles, Notifications notifications, CollectionsProperties properties, JdbcClient jdbc,
      BusinessCalendar calendar, Clock clock) {
    this.customers = customers;
    this.users = users;
    this.ledger = ledger;
    this.promises = promises;
    this.profiles = profiles;
    this.notifications = notifications;
    this.properties = properties;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<SalesCustomer> view(UUID rep) {
    Actor actor = CurrentActor.get();
    UUID who = actor.restrictedToOwnCustomers() || rep == null ? actor.userId() : rep;
    return customersOf(who, calendar.today());
  }

  private List<SalesCustomer> customersOf(UUID rep, LocalDate today) {
    Set<CustomerId> ids = customers.ofSalesRep(rep);
    Map<CustomerId, CustomerDetail> details = customers.details(ids);
    Map<CustomerId, List<OpenItem>> overdue = ledger.overdueToday(ids, today);
    Map<CustomerId, CustomerProfile> stored = profiles.profiles(ids);
    List<SalesCustomer> out = new ArrayList<>();
    for (CustomerId id : ids) {
      List<OpenItem> items = overdue.getOrDefault(id, List.of());
      List<PromiseView> recent = promises.ofCustomer(id).stream().filter(p -> p.status() == PromiseStatus.OPEN
          || p.resolvedOn() != null && !p.resolvedOn().isBefore(today.minusDays(7))).toList();
      CustomerDetail d = details.get(id);
      if (d == null || items.isEmpty() && recent.isEmpty()) {
        continue;
      }
      Map<String, Money> sums = new TreeMap<>();
      items.forEach(i -> sums.merge(i.open().currency().code(), i.open(), Money::plus));
      out.add(new SalesCustomer(id, d.customer().code(), d.customer().displayName(true), List.copyOf(sums.values()),
          items.stream().mapToInt(i -> (int) i.daysOverdue(today)).max().orElse(0), items.stream()
          .map(i -> new OverdueItem(i.documentNumber(), i.dueDate(), (int) i.daysOverdue(today), i.open())).toList(),
          recent, stored.getOrDefault(id, CustomerProfile.empty(id)).blockedOn(today)));
    }
    out.sort(Comparator.comparingInt(SalesCustomer::maxDaysOverdue).reversed().thenComparing(SalesCustomer::code));
    return out;
  }

  @Override
  public int sendDigestsIfDue() {
    LocalDate today = calendar.today();
    if (today.getDayOfWeek() != properties.digestDay()
        || clock.instant().atZone(calendar.zone()).toLocalTime().isBefore(properties.dailyRunAt())) {
      return 0;
    }
    String week = week(today);
    if (jdbc.sql("select count(*) from collections_digest_week where week = :w").param("w", week)
        .query(Integer.class).single() > 0) {
      return 0;
    }
    int sent = sendDigests(today);
    jdbc.sql("insert into collections_digest_week (week, messages, created_at) values (:w, :n, :at)"
            + " on conflict do nothing")
        .param("w", week).param("n", sent).param("at", java.time.OffsetDateTime.ofInstant(clock.instant(),
            java.time.ZoneOffset.UTC)).update();
    return sent;
  }

  @Override
  public int sendDigests(LocalDate day) {
    int sent = 0;
    for (UserView rep : users.withRole(Role.SALES_REP)) {
      if (!rep.enabled() || rep.email() == null || rep.email().isBlank()) {
        log.info("sales digest: {} has no e-mail address; skipped", rep.username());
        continue;
      }
      List<SalesCustomer> list = customersOf(rep.id(), day);
      if (list.isEmpty()) {
        continue;
      }
      notifications.enqueue(MessageRequest.of("collections:sales-digest:" + rep.id() + ":" + week(day),
          Channel.EMAIL, rep.email(), Locales.fromTag(rep.language()), TEMPLATE, variables(rep, list, day))
          .withRecipientName(rep.displayName()));
      sent++;
    }
    return sent;
  }

  private Map<String, Object> variables(UserView rep, List<SalesCustomer> list, LocalDate day) {
    boolean zh = Locales.fromTag(rep.language()).equals(org.openar.shared.i18n.I18nConfig.ZH_CN);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> items = new ArrayList<>();
    List<Map<String, Object>> promised = new ArrayList<>();
    for (SalesCustomer c : list) {
      String overdue = String.join(" ", c.overdue().stream().map(m -> formatted(m, zh)).toList());
      rows.add(Map.of("name", c.name(), "code", c.code(), "overdue", overdue, "maxDaysOverdue", c.maxDaysOverdue()));
      c.items().forEach(i -> items.add(Map.of("customer", c.name(), "documentNumber", i.documentNumber(), "dueDate",
          i.dueDate(), "daysOverdue", i.daysOverdue(), "open", i.open())));
      c.promises().forEach(p -> promised.add(Map.of("customer", c.name(), "amount", p.amount(), "promisedDate",
          p.promisedDate(), "status", p.status().name())));
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("rep", Map.of("name", rep.displayName()));
    v.put("company", Map.of("name", customers.companies().stream().findFirst().map(c -> zh || c.nameEn() == null
        ? c.name() : c.nameEn()).orElse("OpenAR")));
    v.put("weekOf", day.minusDays(ChronoUnit.DAYS.between(day.with(java.time.DayOfWeek.MONDAY), day)));
    v.put("customers", rows);
    v.put("items", items);
    v.put("promises", promised);
    return v;
  }

  private static String formatted(Money m, boolean zh) {
    String digits = new java.text.DecimalFormat("#,##0.00").format(m.amount());
    return zh && m.currency().code().equals("CNY") ? "¥" + digits : m.currency().code() + " " + digits;
  }

  static String week(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
