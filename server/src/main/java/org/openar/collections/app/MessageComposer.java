package org.openar.collections.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.openar.collections.DecisionItem;
import org.openar.collections.domain.ContactChoice;
import org.openar.collections.domain.OpenItem;
import org.openar.collections.domain.PlannedDecision;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.ledger.ItemId;
import org.openar.notifications.Attachment;
import org.openar.notifications.MessageRequest;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.TemplatePreview;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Locales;
import org.openar.shared.money.Money;
import org.openar.shared.pdf.PdfDocument;
import org.openar.shared.pdf.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * Builds the outbox message of a dunning decision: the template variables from the decision's items, the recipient
 * in its language, and for e-mail the dunning letter (the template's letter text as a PDF) and the statement.
 */
@Component
class MessageComposer {

  private final NotificationTemplates templates;
  private final StatementAttachments statements;
  private final PdfRenderer pdf;
  private final Users users;
  private final CollectionsProperties properties;

  MessageComposer(NotificationTemplates templates, StatementAttachments statements, PdfRenderer pdf, Users users,
      CollectionsProperties properties) {
    this.templates = templates;
    this.statements = statements;
    this.pdf = pdf;
    this.users = users;
    this.properties = properties;
  }

  /** The outbox key: one message per customer, level, run date and channel. */
  static String key(CustomerId customer, int level, LocalDate asOf, String channel) {
    return "dunning:" + customer + ":" + level + ":" + asOf + ":" + channel;
  }

  MessageRequest request(LoadedCustomer c, PlannedDecision d, boolean withAttachments) {
    ContactChoice to = d.contact();
    Locale locale = Locales.fromTag(to.language());
    Map<String, Object> variables = variables(c, d, locale);
    MessageRequest r = new MessageRequest(key(c.kase().customerId(), d.level(), c.kase().asOf(), d.channel().name()),
        d.channel().messageChannel(), to.address(), to.name(), locale, d.step().templateKey(), variables, List.of(),
        "customer", c.kase().customerId().toString(), d.notBefore());
    return withAttachments ? r.withAttachments(attachments(c, d, variables, locale)) : r;
  }

  /**
   * A collector's e-mail from the worklist: the template with every open item of the customer, the dunning letter
   * attached as for a dunning e-mail, under the activity's own outbox key.
   */
  MessageRequest adHoc(LoadedCustomer c, ContactChoice to, String templateKey, String key) {
    List<DecisionItem> items = c.kase().items().stream().map(i -> new DecisionItem(i.id(), i.documentNumber(),
        i.dueDate(), i.daysOverdue(c.kase().asOf()), i.open(), 0, null)).toList();
    org.openar.collections.StrategyStep step = org.openar.collections.StrategyStep.message("E-mail / 邮件", 0,
        org.openar.collections.StepChannel.EMAIL, templateKey);
    PlannedDecision d = new PlannedDecision(org.openar.collections.StepChannel.EMAIL, 0, step,
        org.openar.collections.DecisionOutcome.SEND, org.openar.collections.DecisionReason.STEP_DUE, Map.of(), items,
        to, null, Map.of(), java.util.Set.of());
    Locale locale = Locales.fromTag(to.language());
    Map<String, Object> variables = variables(c, d, locale);
    return new MessageRequest(key, org.openar.notifications.Channel.EMAIL, to.address(), to.name(), locale,
        templateKey, variables, attachments(c, d, variables, locale), "customer", c.kase().customerId().toString(),
        null);
  }

  Map<String, Object> variables(LoadedCustomer c, PlannedDecision d, Locale locale) {
    boolean zh = locale.equals(I18nConfig.ZH_CN);
    Map<ItemId, OpenItem> byId = new HashMap<>();
    c.kase().items().forEach(i -> byId.put(i.id(), i));
    List<Map<String, Object>> overdue = new ArrayList<>();
    List<Map<String, Object>> upcoming = new ArrayList<>();
    for (DecisionItem i : d.items()) {
      if (i.excluded() == null) {
        (i.daysOverdue() > 0 ? overdue : upcoming).add(item(i, byId.get(i.itemId())));
      }
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("customer", Map.of("name", c.detail().customer().displayName(zh), "code", c.kase().code()));
    v.put("contact", Map.of("name", d.contact() == null || d.contact().name() == null
        ? c.detail().customer().displayName(zh) : d.contact().name()));
    v.put("company", Map.of("name", companyName(c.company(), zh)));
    v.put("collector", collector(c.collectorId(), zh));
    v.put("asOf", c.kase().asOf());
    v.put("level", d.level());
    v.put("stepName", stepName(d.step().name(), zh));
    v.put("address", c.kase().postalAddress() == null ? "" : c.kase().postalAddress());
    v.put("items", overdue);
    v.put("upcoming", upcoming);
    v.put("totals", totals(overdue.isEmpty() ? upcoming : overdue));
    return v;
  }

  private List<Attachment> attachments(LoadedCustomer c, PlannedDecision d, Map<String, Object> variables,
      Locale locale) {
    List<Attachment> files = new ArrayList<>();
    boolean zh = locale.equals(I18nConfig.ZH_CN);
    if (d.channel() == org.openar.collections.StepChannel.EMAIL) {
      TemplatePreview.Rendered r = templates.preview(d.step().templateKey(), null, variables).languages()
          .get(Locales.tag(locale));
      if (r != null && r.letterHtml() != null) {
        String title = (zh ? "付款提醒函-" : "payment-reminder-") + c.kase().code() + "-" + c.kase().asOf();
        files.add(Attachment.pdf(title + ".pdf",
            pdf.render(PdfDocument.of(r.letterHtml(), locale).withTitle(title))));
      }
    }
    statements.statement(c.kase().customerId(), c.kase().asOf(), locale).ifPresent(files::add);
    return files;
  }

  private static Map<String, Object> item(DecisionItem i, OpenItem open) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documentNumber", i.documentNumber());
    m.put("documentDate", open == null ? i.dueDate() : open.documentDate());
    m.put("dueDate", i.dueDate());
    m.put("daysOverdue", Math.max(0, i.daysOverdue()));
    m.put("amount", open == null ? i.open() : open.original());
    m.put("open", i.open());
    return m;
  }

  private static List<Map<String, Object>> totals(List<Map<String, Object>> items) {
    Map<String, Money> sums = new TreeMap<>();
    items.forEach(i -> {
      Money m = (Money) i.get("open");
      sums.merge(m.currency().code(), m, Money::plus);
    });
    return sums.values().stream().map(m -> Map.<String, Object>of("amount", m)).toList();
  }

  private Map<String, Object> collector(UUID id, boolean zh) {
    UserView u = id == null ? null : users.find(id).orElse(null);
    String name = u != null ? u.displayName() : zh ? "应收账款部" : "Accounts Receivable";
    String email = u != null && u.email() != null ? u.email() : properties.arEmail();
    return Map.of("name", name, "email", email, "phone", properties.arPhone());
  }

  static String companyName(CompanyView company, boolean zh) {
    if (company == null) {
      return "";
    }
    return zh || company.nameEn() == null || company.nameEn().isBlank() ? company.name() : company.nameEn();
  }

  /** Step names written "English / 中文" show the part of the recipient's language. */
  static String stepName(String name, boolean zh) {
    int slash = name.indexOf(" / ");
    if (slash < 0) {
      return name;
    }
    return zh ? name.substring(slash + 3).strip() : name.substring(0, slash).strip();
  }
}
