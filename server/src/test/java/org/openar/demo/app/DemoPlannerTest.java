package org.openar.demo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openar.demo.app.DemoPlan.Behaviour;
import org.openar.demo.app.DemoPlan.CustomerPlan;
import org.openar.demo.app.DemoPlan.InvoicePlan;
import org.openar.demo.app.DemoPlan.PaymentPlan;
import org.openar.shared.terms.PaymentTerms;

/** The full-size demo plan (the defaults of {@code serve --demo}) has what the demo promises, and only valid steps. */
class DemoPlannerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private final DemoProperties defaults = new DemoProperties(true, null, null, null);
  private final DemoPlan plan = new DemoPlanner(defaults.seed(), TODAY, defaults.customers(), defaults.invoices())
      .plan();

  @Test
  void customersAreChineseAndEnglishWithContactsInBothLanguagesTiersTermsAndSalesReps() {
    assertThat(plan.customers()).hasSizeGreaterThanOrEqualTo(200);
    assertThat(plan.customers()).anyMatch(c -> c.nameZh() != null && c.nameZh().endsWith("有限公司"));
    assertThat(plan.customers()).anyMatch(c -> c.nameZh() == null && c.nameEn().endsWith("GmbH"));
    assertThat(plan.customers()).anyMatch(c -> c.nameZh() != null && c.nameEn() != null);
    assertThat(plan.customers().stream().map(CustomerPlan::code).distinct()).hasSize(plan.customers().size());
    assertThat(plan.customers().stream().flatMap(c -> c.contacts().stream()).map(c -> c.language()).distinct())
        .containsExactlyInAnyOrder("zh-CN", "en");
    assertThat(plan.customers().stream().map(CustomerPlan::tier).collect(Collectors.toSet())).hasSize(3);
    assertThat(plan.customers().stream().map(CustomerPlan::terms).collect(Collectors.toSet()))
        .contains("NET30", "NET60", "EOM30", "2/10,NET30");
    assertThat(plan.customers().stream().map(CustomerPlan::currency).collect(Collectors.toSet()))
        .contains("CNY", "USD", "EUR");
    assertThat(plan.customers().stream().map(CustomerPlan::salesRep).collect(Collectors.toSet()))
        .hasSize(DemoPlanner.SALES_REPS);
    assertThat(plan.customers().stream().map(CustomerPlan::behaviour).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(Behaviour.class));
  }

  @Test
  void invoicesSpanEighteenMonthsWithEveryPaymentBehaviour() {
    assertThat(plan.invoices()).hasSizeGreaterThanOrEqualTo(5000);
    assertThat(plan.invoices().get(0).date()).isBefore(TODAY.minusMonths(17));
    assertThat(plan.invoices().get(plan.invoices().size() - 1).date()).isAfter(TODAY.minusMonths(1));
    assertThat(plan.invoices()).allMatch(i -> !i.date().isBefore(TODAY.minusMonths(18)) && i.date().isBefore(TODAY));
    assertThat(plan.invoices()).anyMatch(i -> i.payments().stream().anyMatch(PaymentPlan::discount));
    assertThat(plan.invoices()).anyMatch(i -> i.payments().stream().anyMatch(p -> p.percent() < 100));
    assertThat(plan.invoices()).anyMatch(i -> i.credit() != null && i.credit().percent() == 100);
    assertThat(plan.invoices()).anyMatch(i -> i.credit() != null && i.credit().percent() < 100);
    assertThat(plan.invoices().stream().filter(InvoicePlan::disputed).count()).isBetween(10L, 40L);
    // chronic late payers: paid 30+ days after the due date
    assertThat(plan.invoices()).anyMatch(i -> behaviour(i) == Behaviour.LATE && i.payments().stream()
        .anyMatch(p -> p.date().isAfter(due(i).plusDays(30))));
    // never-payers: unpaid invoices more than 180 days overdue today
    assertThat(plan.invoices()).anyMatch(i -> behaviour(i) == Behaviour.NEVER && i.payments().isEmpty()
        && due(i).isBefore(TODAY.minusDays(180)));
  }

  @Test
  void everyStepHappensAfterWhatItDependsOnAndNotInTheFuture() {
    for (InvoicePlan i : plan.invoices()) {
      LocalDate after = i.date();
      if (i.credit() != null) {
        assertThat(i.credit().date()).isAfter(i.date()).isBeforeOrEqualTo(TODAY);
        after = i.credit().date();
      }
      for (PaymentPlan p : i.payments()) {
        assertThat(p.date()).isAfter(after).isBeforeOrEqualTo(TODAY);
        after = p.date();
      }
      if (i.disputed()) {
        assertThat(i.payments()).isEmpty();
        assertThat(i.credit()).isNull();
      }
    }
  }

  @Test
  void theSameSeedAndDateGiveTheSamePlan() {
    DemoPlan again = new DemoPlanner(defaults.seed(), TODAY, defaults.customers(), defaults.invoices()).plan();
    assertThat(again).isEqualTo(plan);
    DemoPlan other = new DemoPlanner(defaults.seed() + 1, TODAY, defaults.customers(), defaults.invoices()).plan();
    assertThat(other).isNotEqualTo(plan);
  }

  private Behaviour behaviour(InvoicePlan i) {
    return plan.customers().get(i.customer()).behaviour();
  }

  private LocalDate due(InvoicePlan i) {
    return PaymentTerms.parse(plan.customers().get(i.customer()).terms()).dueDate(i.date());
  }
}
