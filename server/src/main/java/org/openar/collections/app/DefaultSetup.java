package org.openar.collections.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyDraft;
import org.openar.collections.StrategyStep;
import org.openar.collections.domain.DunningSchema;
import org.openar.collections.persistence.StrategyRepository;
import org.openar.customers.Tier;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateDraft;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateVariable;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ships the default dunning templates (zh-CN and en) and strategies: created when absent at every start, never
 * changed once they exist, so a company's edits survive upgrades. Several nodes starting at once may race; the loser
 * finds the winner's row.
 */
@Component
class DefaultSetup implements ApplicationRunner {

  static final List<String> TEMPLATE_KEYS = List.of("collections.dunning.predue", "collections.dunning.first",
      "collections.dunning.second", "collections.dunning.final", "collections.dunning.demand",
      "collections.dunning.sms", "collections.sales.digest");

  private static final Logger log = LoggerFactory.getLogger(DefaultSetup.class);

  private final NotificationTemplates templates;
  private final StrategyRepository strategies;
  private final StrategyService service;
  private final CollectionsProperties properties;
  private final JsonMapper json;

  DefaultSetup(NotificationTemplates templates, StrategyRepository strategies, StrategyService service,
      CollectionsProperties properties, JsonMapper json) {
    this.templates = templates;
    this.strategies = strategies;
    this.service = service;
    this.properties = properties;
    this.json = json;
  }

  /** Runs without a user: the audit trail shows the system created the defaults. */
  @Override
  public void run(ApplicationArguments args) {
    if (!properties.defaults()) {
      return;
    }
    TEMPLATE_KEYS.forEach(this::defineTemplate);
    defaultStrategies().forEach((code, draft) -> {
      if (!strategies.exists(null, code)) {
        try {
          service.create(null, code, draft);
        } catch (OpenArException e) {
          log.info("default strategy {} not created ({}), another node may have created it", code, e.getMessage());
        }
      }
    });
  }

  private void defineTemplate(String key) {
    try {
      templates.defineIfAbsent(key, draft(key));
    } catch (OpenArException e) {
      if (e.errorCode() != NotificationsError.NOTIFICATIONS_TEMPLATE_EXISTS) {
        throw e;
      }
    }
  }

  record TemplateFile(String description, List<TemplateVariable> variables, Map<String, TemplateTexts> texts) {}

  TemplateDraft draft(String key) {
    try (InputStream in = getClass().getResourceAsStream("/collections/templates/" + key + ".json")) {
      TemplateFile f = json.readValue(in, TemplateFile.class);
      List<TemplateVariable> variables = f.variables() == null ? DunningSchema.VARIABLES : f.variables();
      return new TemplateDraft(f.description(), variables, f.texts(), "shipped with OpenAR");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, StrategyDraft> defaultStrategies() {
    Money thousand = Money.of("1000.00", "CNY");
    Money fiveThousand = Money.of("5000.00", "CNY");
    List<StrategyStep> standard = List.of(
        StrategyStep.message("Friendly reminder / 到期提醒", -3, StepChannel.EMAIL, "collections.dunning.predue"),
        StrategyStep.message("First reminder / 第一次提醒", 3, StepChannel.EMAIL, "collections.dunning.first"),
        StrategyStep.message("SMS reminder / 短信提醒", 10, StepChannel.SMS, "collections.dunning.sms"),
        StrategyStep.message("Second reminder / 第二次提醒", 15, StepChannel.EMAIL, "collections.dunning.second"),
        new StrategyStep("Call the customer / 电话催收", 21, StepChannel.PHONE_TASK, null, null, true, true, null, null),
        StrategyStep.message("Demand letter / 催款函", 30, StepChannel.LETTER, "collections.dunning.demand")
            .withMinOverdue(thousand),
        StrategyStep.message("Final notice / 最后催告", 45, StepChannel.EMAIL, "collections.dunning.final"),
        new StrategyStep("Agency review / 委外审核", 60, StepChannel.ESCALATE_AGENCY, null, fiveThousand, true, true,
            null, null));
    List<StrategyStep> key = List.of(
        StrategyStep.message("First reminder / 第一次提醒", 5, StepChannel.EMAIL, "collections.dunning.first"),
        new StrategyStep("Call the customer / 电话沟通", 12, StepChannel.PHONE_TASK, null, null, true, true, null, null),
        StrategyStep.message("Second reminder / 第二次提醒", 20, StepChannel.EMAIL, "collections.dunning.second"),
        StrategyStep.message("Final notice / 最后催告", 60, StepChannel.EMAIL, "collections.dunning.final"));
    List<StrategyStep> risky = List.of(
        StrategyStep.message("Friendly reminder / 到期提醒", -5, StepChannel.EMAIL, "collections.dunning.predue"),
        StrategyStep.message("First reminder / 第一次提醒", 1, StepChannel.EMAIL, "collections.dunning.first"),
        StrategyStep.message("SMS reminder / 短信提醒", 5, StepChannel.SMS, "collections.dunning.sms"),
        new StrategyStep("Call the customer / 电话催收", 7, StepChannel.PHONE_TASK, null, null, true, true, null, null),
        StrategyStep.message("Second reminder / 第二次提醒", 10, StepChannel.EMAIL, "collections.dunning.second"),
        StrategyStep.message("Demand letter / 催款函", 20, StepChannel.LETTER, "collections.dunning.demand"),
        StrategyStep.message("Final notice / 最后催告", 30, StepChannel.EMAIL, "collections.dunning.final"),
        new StrategyStep("Agency review / 委外审核", 45, StepChannel.ESCALATE_AGENCY, null, thousand, true, true,
            null, null));
    return Map.of(
        "standard", new StrategyDraft("Standard / 标准催收", "Default for every customer without a more specific"
            + " strategy / 默认催收策略", null, null, 100, standard, "shipped with OpenAR"),
        "key-accounts", new StrategyDraft("Key accounts (tier A) / 重点客户（A 级）", "Gentler cadence, personal"
            + " calls first / 节奏较缓，以电话沟通为主", Tier.A, null, 100, key, "shipped with OpenAR"),
        "high-risk", new StrategyDraft("High risk (tier C) / 高风险客户（C 级）", "Faster escalation / 更快升级",
            Tier.C, null, 100, risky, "shipped with OpenAR"));
  }
}
