package org.openar.cashapp.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openar.cashapp.matching.EngineFixture.allocations;

import org.junit.jupiter.api.Test;

/**
 * Two readings of a payment that names no invoice: several neighbouring invoices paid short by a bank fee, and money
 * the payer says is an advance.
 */
class FeeRunsAndAdvancesTest {

  private static EngineFixture book(String... amounts) {
    EngineFixture b = new EngineFixture().customer("C9", "Nordic Components GmbH", "DE9");
    for (int i = 0; i < amounts.length; i++) {
      b.item("A-" + (10001 + i), "C9", amounts[i], "CNY");
    }
    return b;
  }

  @Test
  void neighbouringInvoicesPaidShortByAFeeArePostedWithTheShortfallOnTheLast() {
    EngineFixture b = book("12000.00", "8000.00", "30000.00", "5000.00");
    // 12,000.00 + 8,000.00 less a 23.50 charge; no single item and no exact sum explains 19,976.50
    LineMatch m = b.pay("19976.50", "CNY", "", "DE9", "payment");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("A-10001=12000.00", "A-10002=7976.50");
    assertThat(m.best().allocations().get(1).writeOff().amount()).isEqualByComparingTo("23.50");
    assertThat(m.best().allocations().get(0).writeOff().amount()).isEqualByComparingTo("0.00");
  }

  @Test
  void aShortfallBeyondTheFeeToleranceOnTheTotalIsNoFeeRun() {
    EngineFixture b = book("12000.00", "8000.00", "30000.00", "5000.00");
    // 60.00 short of 20,000.00: more than the 50.00 tolerance
    LineMatch m = b.pay("19940.00", "CNY", "", "DE9", "payment");
    assertThat(m.status()).isNotEqualTo(MatchStatus.AUTO);
    assertThat(m.best() == null || !m.best().hasAllocations() || m.best().allocations().size() < 2).isTrue();
  }

  @Test
  void twoRunsWhoseFeeWindowsBothHoldTheAmountAreLeftToAPerson() {
    EngineFixture b = book("10000.00", "10010.00", "9995.00");
    // 19,990.00 is 20.00 under the first two and 15.00 under the last two: equally good, never posted
    LineMatch m = b.pay("19990.00", "CNY", "", "DE9", "payment");
    assertThat(m.status()).isEqualTo(MatchStatus.SUGGESTED);
    assertThat(m.notes()).anyMatch(r -> r.code().equals("AMBIGUOUS"));
  }

  @Test
  void aSmallAmountUnderARunOfManyItemsIsOnlySuggested() {
    EngineFixture b = book("101.17", "233.05", "318.40", "402.99", "517.31", "633.12", "719.80", "857.44", "901.03",
        "1044.56", "1187.21", "1299.99", "1342.77", "1478.10", "1531.62", "1690.08", "1733.33", "1871.49");
    // 5.00 under the two oldest (334.22): some eighty runs with windows of 2% of amounts this size, a partial
    // payment or an advance lands in one by chance
    LineMatch m = b.pay("329.22", "CNY", "", "DE9", "payment");
    assertThat(m.status()).isNotEqualTo(MatchStatus.AUTO);
  }

  @Test
  void aNamedInvoiceOverpaidIsNotReadAsAFeeRunWithTheNextOne() {
    EngineFixture b = book("5000.00", "300.00", "42000.00");
    // A-10001 named and overpaid by 290.00, which is also 10.00 short of A-10001 + A-10002: the reference decides
    LineMatch m = b.pay("5290.00", "CNY", "", "DE9", "Rechnung A-10001");
    assertThat(m.best().allocations()).noneMatch(a -> a.invoiceNumber().equals("A-10002"));
    assertThat(m.alternatives()).noneMatch(p -> p.allocations().stream()
        .anyMatch(a -> a.invoiceNumber().equals("A-10002")));
  }

  @Test
  void moneyThePayerCallsAnAdvanceGoesOnAccountEvenWhenItsAmountFitsAnInvoice() {
    EngineFixture b = book("5000.00", "12000.00");
    for (String text : new String[] {"Vorauszahlung Auftrag 4711", "advance payment order 4711", "预付款",
        "Prepayment PO 4711"}) {
      LineMatch m = b.pay("5000.00", "CNY", "", "DE9", text);
      assertThat(m.status()).as(text).isEqualTo(MatchStatus.ON_ACCOUNT);
      assertThat(m.best().customerId()).isEqualTo("C9");
      assertThat(m.best().reasons()).anyMatch(r -> r.code().equals("ADVANCE_STATED"));
      // the invoice of that amount is still offered to the person who looks at it
      assertThat(m.alternatives()).anyMatch(p -> p.allocations().size() == 1
          && p.allocations().get(0).invoiceNumber().equals("A-10001"));
    }
  }

  @Test
  void anAdvanceWordDoesNotOverrideAReferenceNorDoesACompanyName() {
    EngineFixture b = book("5000.00", "12000.00").customer("C8", "Advance Payment Systems Ltd.", "GB8")
        .item("B-20001", "C8", "700.00", "CNY");
    // the invoice is named: the reference and the amount say what the money is for
    LineMatch named = b.pay("5000.00", "CNY", "", "DE9", "Anzahlung laut Rechnung A-10001");
    assertThat(named.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(named)).containsExactly("A-10001=5000.00");
    // only the remittance text counts, not the payer's name
    LineMatch byName = b.pay("700.00", "CNY", "Advance Payment Systems Ltd.", "GB8", "payment");
    assertThat(byName.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(byName)).containsExactly("B-20001=700.00");
  }

  @Test
  void advanceWordsAreFoundAsPhrasesInAnyCase() {
    assertThat(AdvanceWords.in("VORAUSZAHLUNG 2026")).isEqualTo("vorauszahlung");
    assertThat(AdvanceWords.in("货款 预付 20%")).isEqualTo("预付");
    assertThat(AdvanceWords.in("Advance Tools invoice 4711")).isNull();
    assertThat(AdvanceWords.in("")).isNull();
  }
}
