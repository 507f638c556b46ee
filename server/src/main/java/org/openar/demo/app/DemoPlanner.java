package org.openar.demo.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.openar.customers.AddressType;
import org.openar.customers.ContactRole;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.Tier;
import org.openar.demo.app.DemoPlan.Behaviour;
import org.openar.demo.app.DemoPlan.CreditPlan;
import org.openar.demo.app.DemoPlan.CustomerPlan;
import org.openar.demo.app.DemoPlan.InvoicePlan;
import org.openar.demo.app.DemoPlan.PaymentPlan;
import org.openar.invoicing.InvoiceDraft;
import org.openar.shared.terms.PaymentTerms;

/**
 * Decides the demo book from a seed and today's date: customers with a behaviour profile, invoices spread over the last
 * 18 months, and for each invoice its credit note, payments and dispute. The same seed and date give the same plan.
 */
final class DemoPlanner {

  static final int MONTHS = 18;
  static final int SALES_REPS = 4;
  private static final int DISPUTES = 24;

  private final Random random;
  private final DemoNames names;
  private final LocalDate today;
  private final LocalDate start;
  private final int customerCount;
  private final int invoiceTarget;

  DemoPlanner(long seed, LocalDate today, int customers, int invoices) {
    this.random = new Random(seed);
    this.names = new DemoNames(random);
    this.today = today;
    this.start = today.minusMonths(MONTHS);
    this.customerCount = customers;
    this.invoiceTarget = invoices;
  }

  DemoPlan plan() {
    List<CustomerPlan> customers = new ArrayList<>();
    List<InvoicePlan> invoices = new ArrayList<>();
    int[] counts = invoiceCounts();
    for (int i = 0; i < customerCount; i++) {
      CustomerDraft c = customer(i);
      long lineCents = 50_000L << random.nextInt(8);
      LocalDate first = random.nextInt(10) == 0 ? today.minusDays(30 + random.nextInt(150)) : start;
      LocalDate stop = today.minusDays(240 + random.nextInt(60));
      long gross = 0;
      for (LocalDate date : dates(first, counts[i])) {
        InvoicePlan invoice = invoice(i, c, date, lineCents, stop);
        gross += invoice.lines().stream().mapToLong(l -> l.quantity().multiply(l.unitPrice()).longValue()).sum();
        invoices.add(invoice);
      }
      long monthly = gross / Math.max(1, ChronoUnit.MONTHS.between(first, today) + 1);
      long limit = Math.max(50_000, (monthly * 3 / 50_000 + 1) * 50_000);
      customers.add(c.plan(limit, first.isAfter(start)));
    }
    disputes(invoices, customers);
    invoices.sort(Comparator.comparing(InvoicePlan::date).thenComparing(InvoicePlan::customer));
    return new DemoPlan(customers, invoices);
  }

  /** Invoice counts per customer: a few big accounts, many small ones; they add up to at least the target. */
  private int[] invoiceCounts() {
    int[] weights = new int[customerCount];
    long total = 0;
    for (int i = 0; i < customerCount; i++) {
      weights[i] = 1 + random.nextInt(4) * (1 + random.nextInt(3));
      total += weights[i];
    }
    int[] counts = new int[customerCount];
    for (int i = 0; i < customerCount; i++) {
      counts[i] = (int) Math.max(4, (invoiceTarget * (long) weights[i] + total - 1) / total);
    }
    return counts;
  }

  private List<LocalDate> dates(LocalDate first, int count) {
    int span = (int) ChronoUnit.DAYS.between(first, today);
    List<LocalDate> dates = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      dates.add(first.plusDays(random.nextInt(span)));
    }
    Collections.sort(dates);
    return dates;
  }

  private record CustomerDraft(String code, String nameZh, String nameEn, String taxId, String country,
      String region, String currency, String terms, Behaviour behaviour, boolean zh, List<ContactData> contacts,
      List<AddressData> addresses, List<String> tags, int salesRep) {

    CustomerPlan plan(long limit, boolean isNew) {
      Tier tier = switch (behaviour) {
        case PROMPT -> Tier.A;
        case STEADY -> Tier.B;
        case LATE, PARTIAL -> limit > 500_000 ? Tier.B : Tier.C;
        case NEVER -> Tier.C;
      };
      List<String> allTags = new ArrayList<>(tags);
      if (limit >= 1_000_000) {
        allTags.add("key-account");
      }
      if (isNew) {
        allTags.add("new");
      }
      if (behaviour == Behaviour.NEVER) {
        allTags.add("watchlist");
      }
      return new CustomerPlan(code, nameZh, nameEn, taxId, country, region, tier, currency, terms, limit, salesRep,
          List.copyOf(allTags), behaviour, contacts, addresses);
    }
  }

  private CustomerDraft customer(int i) {
    Behaviour behaviour = behaviour();
    String terms = terms(behaviour);
    String code = "C%04d".formatted(i + 1);
    int overseas = customerCount - customerCount / 11;
    int foreignInvested = overseas - customerCount / 6;
    List<ContactData> contacts = new ArrayList<>();
    List<AddressData> addresses = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String nameZh;
    String nameEn;
    String taxId = null;
    String country = "CN";
    String region;
    String currency = "CNY";
    boolean zh;
    if (i < foreignInvested) {
      DemoNames.City city = names.pick(DemoNames.CITIES);
      String[] n = names.chinese(city, random.nextInt(10) < 6);
      nameZh = n[0];
      nameEn = n[1];
      taxId = names.creditCode(city.division());
      region = city.province();
      zh = true;
      contacts.add(contact(names.chinesePerson(), code, "zh-CN", ContactRole.BILLING, true, true));
      if (random.nextInt(10) < 4) {
        contacts.add(contact(names.chinesePerson(), code, "zh-CN", ContactRole.ACCOUNTS_PAYABLE, false, true));
      }
      if (nameEn != null && random.nextInt(4) == 0) {
        contacts.add(contact(names.englishPerson(), code, "en", ContactRole.FINANCE_MANAGER, false, false));
      }
      addresses.add(new AddressData(AddressType.BILLING, "CN", city.province(), city.zh() + "市", null,
          names.street(), city.division().substring(0, 3) + "000"));
      tags.add(random.nextBoolean() ? "manufacturing" : "distributor");
    } else {
      DemoNames.Foreign form = i < overseas ? DemoNames.FOREIGN_FORMS.get(0)
          : DemoNames.FOREIGN_FORMS.get(1 + random.nextInt(DemoNames.FOREIGN_FORMS.size() - 1));
      nameZh = null;
      if (i < overseas) {
        DemoNames.City city = names.pick(DemoNames.CITIES);
        nameEn = names.foreign(new DemoNames.Foreign("(" + city.en() + ") Co., Ltd.", "CN", "CNY"));
        taxId = names.creditCode(city.division());
        region = city.province();
        zh = random.nextBoolean();
        tags.add("foreign-invested");
      } else {
        nameEn = names.foreign(form);
        country = form.country();
        region = null;
        currency = form.currency();
        zh = false;
        tags.add("export");
      }
      contacts.add(contact(zh ? names.chinesePerson() : names.englishPerson(), code, zh ? "zh-CN" : "en",
          ContactRole.BILLING, true, zh));
      if (random.nextInt(10) < 3) {
        contacts.add(contact(names.englishPerson(), code, "en", ContactRole.FINANCE_MANAGER, false, false));
      }
    }
    return new CustomerDraft(code, nameZh, nameEn, taxId, country, region, currency, terms, behaviour, zh,
        List.copyOf(contacts), List.copyOf(addresses), tags, i % SALES_REPS);
  }

  private Behaviour behaviour() {
    int r = random.nextInt(100);
    if (r < 33) {
      return Behaviour.PROMPT;
    }
    if (r < 63) {
      return Behaviour.STEADY;
    }
    if (r < 83) {
      return Behaviour.LATE;
    }
    return r < 96 ? Behaviour.PARTIAL : Behaviour.NEVER;
  }

  private String terms(Behaviour behaviour) {
    int r = random.nextInt(100);
    if (behaviour == Behaviour.PROMPT && r < 45) {
      return "2/10,NET30";
    }
    if (r < 50) {
      return "NET30";
    }
    if (r < 75) {
      return "NET60";
    }
    return r < 92 ? "EOM30" : "2/10,NET30";
  }

  private ContactData contact(String name, String code, String language, ContactRole role, boolean primary,
      boolean phone) {
    String mailbox = switch (role) {
      case ACCOUNTS_PAYABLE -> "ap";
      case FINANCE_MANAGER -> "finance";
      default -> "billing";
    };
    String email = mailbox + "@" + code.toLowerCase() + ".example.com";
    String mobile = phone ? "+86138%08d".formatted(random.nextInt(100_000_000)) : null;
    return new ContactData(name, email, mobile, language, role, primary);
  }

  private InvoicePlan invoice(int customer, CustomerDraft c, LocalDate date, long lineCents, LocalDate stop) {
    List<InvoiceDraft.Line> lines = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    boolean export = !"CNY".equals(c.currency());
    for (int k = 0; k < count; k++) {
      DemoNames.Product p = names.pick(DemoNames.PRODUCTS);
      long unit = p.minCents() + (long) random.nextInt((int) (p.maxCents() - p.minCents()));
      if (export) {
        unit = unit / 7;
      }
      long quantity = Math.max(1, lineCents / unit + random.nextInt(3));
      lines.add(new InvoiceDraft.Line(c.zh() ? p.zh() : p.en(), c.zh() ? p.unitZh() : p.unitEn(),
          BigDecimal.valueOf(quantity), BigDecimal.valueOf(unit, 2), BigDecimal.ZERO,
          BigDecimal.valueOf(export ? 0 : p.taxRate())));
    }
    String reference = "PO-" + (100_000 + random.nextInt(900_000));
    LocalDate due = PaymentTerms.parse(c.terms()).dueDate(date);
    CreditPlan credit = credit(c, date);
    List<PaymentPlan> payments = credit != null && credit.percent() == 100 ? List.of()
        : payments(c, date, due, stop, credit);
    return new InvoicePlan(customer, date, reference, List.copyOf(lines), credit, payments, false);
  }

  private CreditPlan credit(CustomerDraft c, LocalDate date) {
    int r = random.nextInt(1000);
    if (r >= 40) {
      return null;
    }
    LocalDate when = date.plusDays(2 + random.nextInt(10));
    if (when.isAfter(today)) {
      return null;
    }
    boolean zh = c.zh();
    if (r < 6) {
      return new CreditPlan(when, 100, zh ? "开票错误，整张冲红" : "Invoiced in error, credited in full");
    }
    String reason = switch (r % 3) {
      case 0 -> zh ? "部分退货" : "Partial return of goods";
      case 1 -> zh ? "价格调整" : "Price adjustment";
      default -> zh ? "质量问题折让" : "Allowance for quality issue";
    };
    return new CreditPlan(when, 5 + random.nextInt(26), reason);
  }

  private List<PaymentPlan> payments(CustomerDraft c, LocalDate date, LocalDate due, LocalDate stop,
      CreditPlan credit) {
    List<PaymentPlan> payments = new ArrayList<>();
    boolean discountTerms = c.terms().startsWith("2/10");
    switch (c.behaviour()) {
      case PROMPT -> {
        if (discountTerms && credit == null && random.nextInt(10) < 7) {
          payments.add(new PaymentPlan(date.plusDays(3 + random.nextInt(8)), 100, true));
        } else {
          payments.add(new PaymentPlan(due.minusDays(random.nextInt(10)), 100, false));
        }
      }
      case STEADY -> payments.add(new PaymentPlan(due.plusDays(random.nextInt(22)), 100, false));
      case LATE -> payments.add(new PaymentPlan(on25th(due.plusDays(30 + random.nextInt(91))), 100, false));
      case PARTIAL -> {
        if (random.nextInt(10) < 6) {
          LocalDate first = due.plusDays(random.nextInt(31));
          payments.add(new PaymentPlan(first, 30 + random.nextInt(41), false));
          payments.add(new PaymentPlan(first.plusDays(20 + random.nextInt(71)), 100, false));
        } else {
          payments.add(new PaymentPlan(due.plusDays(random.nextInt(40)), 100, false));
        }
      }
      case NEVER -> {
        if (date.isBefore(stop)) {
          payments.add(new PaymentPlan(due.plusDays(10 + random.nextInt(50)), 100, false));
        }
      }
    }
    LocalDate earliest = credit != null ? credit.date().plusDays(1) : date.plusDays(1);
    List<PaymentPlan> kept = new ArrayList<>();
    for (PaymentPlan p : payments) {
      LocalDate when = p.date().isBefore(earliest) ? earliest : p.date();
      if (when.isAfter(today)) {
        break;
      }
      kept.add(new PaymentPlan(when, p.percent(), p.discount()));
      earliest = when;
    }
    return List.copyOf(kept);
  }

  private static LocalDate on25th(LocalDate date) {
    LocalDate d = date.withDayOfMonth(25);
    return d.isBefore(date) ? d.plusMonths(1) : d;
  }

  /** Invoices that customers contest: unpaid, not credited, issued 5 to 35 weeks ago, of customers that pay badly. */
  private void disputes(List<InvoicePlan> invoices, List<CustomerPlan> customers) {
    List<Integer> candidates = new ArrayList<>();
    for (int k = 0; k < invoices.size(); k++) {
      InvoicePlan p = invoices.get(k);
      Behaviour b = customers.get(p.customer()).behaviour();
      if ((b == Behaviour.LATE || b == Behaviour.PARTIAL || b == Behaviour.STEADY) && p.credit() == null
          && p.date().isAfter(today.minusWeeks(35)) && p.date().isBefore(today.minusWeeks(5))) {
        candidates.add(k);
      }
    }
    Collections.shuffle(candidates, random);
    for (int k : candidates.subList(0, Math.min(DISPUTES, candidates.size()))) {
      InvoicePlan p = invoices.get(k);
      invoices.set(k, new InvoicePlan(p.customer(), p.date(), p.reference(), p.lines(), null, List.of(), true));
    }
  }
}
