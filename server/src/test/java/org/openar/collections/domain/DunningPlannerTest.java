package org.openar.collections.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openar.collections.domain.CaseBuilder.aCase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.ContactChannel;
import org.openar.collections.CustomerProfile;
import org.openar.collections.DecisionItem;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyStep;
import org.openar.customers.ContactRole;
import org.openar.ledger.ItemId;

class DunningPlannerTest {

  private static PlannedDecision only(List<PlannedDecision> plan, StepChannel channel) {
    List<PlannedDecision> of = plan.stream().filter(d -> d.channel() == channel).toList();
    assertThat(of).as("decisions on %s in %s", channel, plan).hasSize(1);
    return of.get(0);
  }

  @Test
  void nothingIsDecidedBeforeTheFriendlyReminderIsDue() {
    CaseBuilder c = aCase().on("2026-03-10");
    c.invoice("INV-1", "500.00 CNY", "2026-03-14");
    assertThat(c.plan()).isEmpty();
  }

  @Test
  void theFriendlyReminderGoesThreeDaysBeforeTheDueDate() {
    CaseBuilder c = aCase().on("2026-03-11");
    ItemId inv = c.invoice("INV-1", "500.00 CNY", "2026-03-14");
    PlannedDecision d = only(c.plan(), StepChannel.EMAIL);
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.SEND);
    assertThat(d.level()).isEqualTo(1);
    assertThat(d.contact().address()).isEqualTo("li@example.com");
    assertThat(d.items()).extracting(DecisionItem::daysOverdue).containsExactly(-3L);
    assertThat(d.progress()).containsEntry(inv, 1);
  }

  @Test
  void oneCommunicationPerChannelListsAllItemsAtTheHighestLevelAnyReached() {
    CaseBuilder c = aCase().on("2026-03-17");
    ItemId young = c.invoice("INV-5", "500.00 CNY", "2026-03-12");
    ItemId old = c.invoice("INV-16", "700.00 CNY", "2026-03-01");
    List<PlannedDecision> plan = c.plan();

    PlannedDecision email = only(plan, StepChannel.EMAIL);
    assertThat(email.level()).isEqualTo(4);
    assertThat(email.step().name()).isEqualTo("Second");
    assertThat(email.items()).extracting(DecisionItem::documentNumber).containsExactly("INV-5", "INV-16");
    assertThat(email.progress()).containsEntry(young, 2).containsEntry(old, 4);
    PlannedDecision sms = only(plan, StepChannel.SMS);
    assertThat(sms.level()).isEqualTo(3);
    assertThat(sms.progress()).containsOnlyKeys(old);
    assertThat(plan).hasSize(2);
  }

  @Test
  void aRepeatedRunForTheSameDayDecidesNothingNew() {
    CaseBuilder c = aCase().on("2026-03-17");
    ItemId young = c.invoice("INV-5", "500.00 CNY", "2026-03-12");
    ItemId old = c.invoice("INV-16", "700.00 CNY", "2026-03-01");
    c.done(young, StepChannel.EMAIL, 2).done(old, StepChannel.EMAIL, 4).done(old, StepChannel.SMS, 3);
    assertThat(c.plan()).isEmpty();
  }

  @Test
  void anItemReachingTheNextStepBringsTheOthersAlongAtTheHighestLevel() {
    CaseBuilder c = aCase().on("2026-03-22");
    ItemId young = c.invoice("INV-5", "500.00 CNY", "2026-03-12");
    ItemId old = c.invoice("INV-16", "700.00 CNY", "2026-03-01");
    c.done(young, StepChannel.EMAIL, 2).done(old, StepChannel.EMAIL, 4).done(old, StepChannel.SMS, 3);
    List<PlannedDecision> plan = c.plan();
    // young is 10 days overdue (SMS level 3), old 21 (phone call, level 5)
    assertThat(only(plan, StepChannel.SMS).items()).extracting(DecisionItem::documentNumber)
        .containsExactly("INV-5", "INV-16");
    assertThat(only(plan, StepChannel.SMS).progress()).containsOnlyKeys(young);
    PlannedDecision call = only(plan, StepChannel.PHONE_TASK);
    assertThat(call.outcome()).isEqualTo(DecisionOutcome.TASK);
    assertThat(call.reason()).isEqualTo(DecisionReason.PHONE_STEP);
    assertThat(call.contact().address()).isEqualTo("+8613800138000");
  }

  @Test
  void disputedItemsAreLeftOutAndAllDisputedIsRecordedAsExcluded() {
    CaseBuilder c = aCase().on("2026-03-05");
    ItemId a = c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    ItemId b = c.invoice("INV-B", "800.00 CNY", "2026-03-02");
    c.disputed.add(a);
    PlannedDecision d = only(c.plan(), StepChannel.EMAIL);
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.SEND);
    assertThat(d.items()).filteredOn(i -> i.excluded() == null).extracting(DecisionItem::itemId).containsExactly(b);
    assertThat(d.items()).filteredOn(i -> "DISPUTED".equals(i.excluded())).extracting(DecisionItem::itemId)
        .containsExactly(a);
    assertThat(d.progress()).containsOnlyKeys(b);

    c.disputed.add(b);
    PlannedDecision skipped = only(c.plan(), StepChannel.EMAIL);
    assertThat(skipped.outcome()).isEqualTo(DecisionOutcome.SKIP);
    assertThat(skipped.reason()).isEqualTo(DecisionReason.ITEMS_EXCLUDED);
    assertThat(skipped.progress()).isEmpty();
  }

  @Test
  void aPromisePausesItsItemsUntilThePromisedDatePlusGrace() {
    CaseBuilder c = aCase().on("2026-03-05");
    ItemId a = c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    c.promised.put(a, LocalDate.parse("2026-03-08"));
    assertThat(only(c.plan(), StepChannel.EMAIL).reason()).isEqualTo(DecisionReason.ITEMS_EXCLUDED);
    c.on("2026-03-08");
    assertThat(only(c.plan(), StepChannel.EMAIL).outcome()).isEqualTo(DecisionOutcome.SKIP);
    c.on("2026-03-09");
    assertThat(only(c.plan(), StepChannel.EMAIL).outcome()).isEqualTo(DecisionOutcome.SEND);
  }

  @Test
  void placedItemsLeaveNormalDunning() {
    CaseBuilder c = aCase().on("2026-03-20");
    ItemId a = c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    c.placed.add(a);
    assertThat(c.plan()).allSatisfy(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.SKIP))
        .allSatisfy(d -> assertThat(d.items()).allSatisfy(i -> assertThat(i.excluded()).isEqualTo("PLACED")));
  }

  @Test
  void aBrokenPromiseMovesItsItemsToTheNextStepAtOnce() {
    CaseBuilder c = aCase().on("2026-03-06");
    ItemId a = c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    c.done(a, StepChannel.EMAIL, 2);
    assertThat(c.plan()).isEmpty();
    c.escalated.add(a);
    PlannedDecision sms = only(c.plan(), StepChannel.SMS);
    assertThat(sms.outcome()).isEqualTo(DecisionOutcome.SEND);
    assertThat(sms.reason()).isEqualTo(DecisionReason.PROMISE_BROKEN);
    assertThat(sms.level()).isEqualTo(3);
    assertThat(sms.escalationsUsed()).containsExactly(a);
  }

  @Test
  void belowItsMinimumTheLetterWaitsWhileLowerStepsStillGo() {
    CaseBuilder c = aCase().on("2026-03-31");
    c.invoice("INV-A", "900.00 CNY", "2026-03-01");
    List<PlannedDecision> plan = c.plan();
    PlannedDecision letter = only(plan, StepChannel.LETTER);
    assertThat(letter.outcome()).isEqualTo(DecisionOutcome.SKIP);
    assertThat(letter.reason()).isEqualTo(DecisionReason.BELOW_MIN_AMOUNT);
    assertThat(letter.detail()).containsEntry("overdue", "900.00").containsEntry("minimum", "1000.00");
    assertThat(only(plan, StepChannel.EMAIL).outcome()).isEqualTo(DecisionOutcome.SEND);

    c.invoice("INV-B", "200.00 CNY", "2026-03-20");
    assertThat(only(c.plan(), StepChannel.LETTER).outcome()).isEqualTo(DecisionOutcome.SEND);
  }

  @Test
  void theContactCapKeepsTheHighestLevelsAcrossChannels() {
    CaseBuilder c = aCase().on("2026-03-17");
    c.invoice("INV-16", "700.00 CNY", "2026-03-01");
    c.contactsInWindow = 2;
    List<PlannedDecision> plan = c.plan();
    assertThat(only(plan, StepChannel.EMAIL).outcome()).isEqualTo(DecisionOutcome.SEND);
    PlannedDecision sms = only(plan, StepChannel.SMS);
    assertThat(sms.outcome()).isEqualTo(DecisionOutcome.SKIP);
    assertThat(sms.reason()).isEqualTo(DecisionReason.CONTACT_CAP);
    assertThat(sms.detail()).containsEntry("maxContacts", "3").containsEntry("contacts", "2");
    assertThat(sms.progress()).isEmpty();
  }

  @Test
  void quietHoursHoldEmailAndSmsUntilMorningInTheCustomersZoneButNotLetters() {
    CaseBuilder c = aCase().on("2026-03-31").at("22:30");
    c.invoice("INV-A", "1500.00 CNY", "2026-03-01");
    List<PlannedDecision> plan = c.plan();
    PlannedDecision email = only(plan, StepChannel.EMAIL);
    assertThat(email.outcome()).isEqualTo(DecisionOutcome.DEFER);
    assertThat(email.reason()).isEqualTo(DecisionReason.QUIET_HOURS);
    assertThat(email.notBefore()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(email.progress()).isNotEmpty();
    assertThat(only(plan, StepChannel.LETTER).outcome()).isEqualTo(DecisionOutcome.SEND);
  }

  @Test
  void quietHoursEndOnTheNextDayThatIsNoHoliday() {
    CaseBuilder c = aCase().on("2026-03-31").at("23:00");
    c.invoice("INV-A", "500.00 CNY", "2026-03-28");
    c.compliance = new ComplianceSettings(3, 7, java.time.LocalTime.of(21, 0), java.time.LocalTime.of(8, 0),
        Set.of(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-02")), 0);
    assertThat(only(c.plan(), StepChannel.EMAIL).notBefore()).isEqualTo(Instant.parse("2026-04-03T00:00:00Z"));
  }

  @Test
  void nobodyIsContactedOnAHolidayAndTheStepsStayDue() {
    CaseBuilder c = aCase().on("2026-10-01");
    c.invoice("INV-A", "500.00 CNY", "2026-09-20");
    c.compliance = new ComplianceSettings(3, 7, java.time.LocalTime.of(21, 0), java.time.LocalTime.of(8, 0),
        Set.of(LocalDate.parse("2026-10-01")), 0);
    assertThat(c.plan()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.outcome()).isEqualTo(DecisionOutcome.SKIP);
      assertThat(d.reason()).isEqualTo(DecisionReason.HOLIDAY);
      assertThat(d.progress()).isEmpty();
    });
  }

  @Test
  void aBlockHoldsEverythingUntilItsLastDay() {
    CaseBuilder c = aCase().on("2026-03-20");
    c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    c.profile = new CustomerProfile(c.profile.customerId(), null, null, null, "negotiating a payment plan",
        LocalDate.parse("2026-03-25"), "boss", Instant.EPOCH, null, List.of(), 1);
    List<PlannedDecision> plan = c.plan();
    assertThat(plan).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo(DecisionReason.CUSTOMER_BLOCKED);
      assertThat(d.channel()).isNull();
      assertThat(d.detail()).containsEntry("blockReason", "negotiating a payment plan");
    });
    c.on("2026-03-26");
    assertThat(c.plan()).anySatisfy(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.SEND));
  }

  @Test
  void anOptedOutOrSuppressedContactIsNeverUsedAndWithoutAnyoneTheStepBecomesATask() {
    CaseBuilder c = aCase().on("2026-03-05");
    c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    c.contacts.add(CaseBuilder.contact("Han Meimei", "han@example.com", null, "en", ContactRole.ACCOUNTS_PAYABLE));
    c.optOut(0, ContactChannel.EMAIL);
    PlannedDecision d = only(c.plan(), StepChannel.EMAIL);
    assertThat(d.contact().address()).isEqualTo("han@example.com");
    assertThat(d.contact().language()).isEqualTo("en");

    ContactOption han = c.contacts.get(1);
    c.contacts.set(1, new ContactOption(han.id(), han.name(), han.email(), han.phone(), han.language(), han.role(),
        false, Set.of(), true, false));
    PlannedDecision task = only(c.plan(), StepChannel.EMAIL);
    assertThat(task.outcome()).isEqualTo(DecisionOutcome.TASK);
    assertThat(task.reason()).isEqualTo(DecisionReason.NO_USABLE_CONTACT);
    assertThat(task.progress()).as("the step stays due until a contact exists").isEmpty();
  }

  @Test
  void aStepWaitsForItsMinimumDaysSinceTheLastContact() {
    CaseBuilder c = aCase().on("2026-03-05");
    c.strategy = CaseBuilder.strategy(1, List.of(
        StrategyStep.message("First", 3, StepChannel.EMAIL, "t.first").withMinDaysSinceContact(5)));
    c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    c.lastContact = LocalDate.parse("2026-03-02");
    assertThat(only(c.plan(), StepChannel.EMAIL).reason()).isEqualTo(DecisionReason.RECENT_CONTACT);
    c.lastContact = LocalDate.parse("2026-02-28");
    assertThat(only(c.plan(), StepChannel.EMAIL).outcome()).isEqualTo(DecisionOutcome.SEND);
  }

  @Test
  void aNewStrategyVersionNeverRepeatsAStepAnItemHasPassed() {
    CaseBuilder c = aCase().on("2026-03-20");
    ItemId a = c.invoice("INV-A", "500.00 CNY", "2026-03-03");
    c.done(a, StepChannel.EMAIL, 4).done(a, StepChannel.SMS, 3);
    c.strategy = CaseBuilder.strategy(2, List.of(
        StrategyStep.message("First", 2, StepChannel.EMAIL, "t.first"),
        StrategyStep.message("Reminder", 14, StepChannel.EMAIL, "t.second"),
        StrategyStep.message("Firm", 17, StepChannel.EMAIL, "t.final")));
    PlannedDecision d = only(c.plan(), StepChannel.EMAIL);
    assertThat(d.step().name()).as("the step at 14 days counts as passed: the item had the one at 15").isEqualTo("Firm");
    assertThat(d.level()).isEqualTo(3);
  }

  @Test
  void escalationsPlaceWithTheStepsAgencyOrAskForAReview() {
    CaseBuilder c = aCase().on("2026-05-05");
    c.invoice("INV-A", "5000.00 CNY", "2026-03-01");
    PlannedDecision review = only(c.plan(), StepChannel.ESCALATE_AGENCY);
    assertThat(review.outcome()).isEqualTo(DecisionOutcome.ESCALATE);
    assertThat(review.reason()).isEqualTo(DecisionReason.ESCALATION_REVIEW);

    c.strategy = CaseBuilder.strategy(1, List.of(new StrategyStep("Agency", 60, StepChannel.ESCALATE_AGENCY, null,
        null, true, true, null, UUID.randomUUID())));
    assertThat(only(c.plan(), StepChannel.ESCALATE_AGENCY).reason()).isEqualTo(DecisionReason.PLACED);
  }

  @Test
  void aCustomerWithoutAStrategyIsRecordedNotSilentlySkipped() {
    CaseBuilder c = aCase().on("2026-03-05");
    c.strategy = null;
    c.invoice("INV-A", "500.00 CNY", "2026-03-01");
    assertThat(c.plan()).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo(DecisionReason.NO_STRATEGY));
  }
}
