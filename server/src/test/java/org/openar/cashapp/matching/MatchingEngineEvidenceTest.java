package org.openar.cashapp.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openar.cashapp.matching.EngineFixture.allocations;

import org.junit.jupiter.api.Test;

/** Decisions that weigh one piece of evidence against another: typos onto real numbers, third parties, chance sums. */
class MatchingEngineEvidenceTest {

  private final EngineFixture book = new EngineFixture()
      .customer("C1", "上海华信贸易有限公司", "6222000011112222")
      .customer("C2", "Müller Maschinenbau GmbH", "DE89370400440532013000")
      .customer("C3", "Atlas Foods Ltd.", null)
      .item("INV-2026-000123", "C1", "1000.00", "CNY")
      .item("INV-2026-000124", "C1", "2500.00", "CNY")
      .item("INV-2026-000125", "C2", "730.50", "CNY")
      .item("INV-2026-000134", "C2", "4410.00", "CNY")
      .item("9000004711", "C3", "845.20", "CNY");

  @Test
  void aTypoThatIsAnotherInvoicesNumberIsReadFromTheAmountWhoeverPays() {
    // "...125" is C2's real invoice, but 1000.00 is exactly what C1's "...123" is open for: one edit away
    LineMatch m = book.pay("1000.00", "CNY", "Zimmermann Factoring GmbH", "GB29NWBK60161331926819",
        "Rechnung INV-2026-000125");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("INV-2026-000123=1000.00");
  }

  @Test
  void aPayersOwnInvoiceOneEditFromTheReferenceExplainsThatReference() {
    // C1 pays part of its "...124" but types "...134", which is C2's invoice
    LineMatch m = book.pay("1200.00", "CNY", "上海华信贸易有限公司", "6222000011112222", "INV-2026-000134");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("INV-2026-000124=1200.00");
  }

  @Test
  void anotherCustomerPayingAnExactReferencePartlyIsAThirdPartyPayment() {
    // Müller names Atlas's invoice and has nothing of its own the payment could be for
    LineMatch m = book.pay("500.00", "CNY", "Müller Maschinenbau GmbH", "", "9000004711");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("9000004711=500.00");
  }

  @Test
  void consecutiveInvoicesAddingUpAreASumButAChanceCombinationIsNot() {
    EngineFixture many = new EngineFixture().customer("C9", "Nordic Components GmbH", "DE9");
    String[] amounts = {"101.17", "233.05", "318.40", "402.99", "517.31", "633.12", "719.80", "857.44", "901.03",
        "1044.56", "1187.21", "1299.99", "1342.77", "1478.10", "1531.62", "1690.08", "1733.33", "1871.49"};
    for (int i = 0; i < amounts.length; i++) {
      many.item("A-" + (10001 + i), "C9", amounts[i], "CNY");
    }
    // the two oldest: 101.17 + 233.05
    assertThat(many.pay("334.22", "CNY", "", "DE9", "payment").status()).isEqualTo(MatchStatus.AUTO);
    // 101.17 + 402.99 + 857.44 + 1299.99 + 1690.08 = 4351.67: scattered items, an advance may add up to that by chance
    assertThat(many.pay("4351.67", "CNY", "", "DE9", "payment").status()).isNotEqualTo(MatchStatus.AUTO);
  }

  @Test
  void aFeeShortfallWithoutAReferenceIsPostedWhenTheAmountLeavesChanceLittleRoom() {
    // Müller's account pays 4,410.00 less a 15.00 bank charge and names no invoice: two open items, one 50.00 window
    LineMatch m = book.pay("4395.00", "CNY", "", "DE89370400440532013000", "payment");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("INV-2026-000134=4395.00");
    assertThat(m.best().allocations().get(0).writeOff().amount()).isEqualByComparingTo("15.00");
  }

  @Test
  void aSmallPaymentJustUnderOneOfManyItemsIsOnlySuggestedAsAFeeShortfall() {
    EngineFixture many = new EngineFixture().customer("C9", "Nordic Components GmbH", "DE9");
    String[] amounts = {"101.17", "233.05", "318.40", "402.99", "517.31", "633.12", "719.80", "857.44", "901.03",
        "1044.56", "1187.21", "1299.99", "1342.77", "1478.10", "1531.62", "1690.08", "1733.33", "1871.49"};
    for (int i = 0; i < amounts.length; i++) {
      many.item("A-" + (10001 + i), "C9", amounts[i], "CNY");
    }
    // 20.00 under 1,187.21: eighteen windows of up to 2% below amounts of this size, a partial payment lands in one
    // by chance; a payer known by name only does not make up for that
    LineMatch m = many.pay("1167.21", "CNY", "Nordic Components GmbH", "", "payment");
    assertThat(m.status()).isEqualTo(MatchStatus.SUGGESTED);
    assertThat(allocations(m)).containsExactly("A-10011=1167.21");
  }

  @Test
  void theOldestInvoicesAddingUpExactlyOutweighAFeeShortfallOnAnother() {
    EngineFixture b = new EngineFixture().customer("C9", "Nordic Components GmbH", "DE9")
        .item("A-10001", "C9", "20000.00", "CNY")
        .item("A-10002", "C9", "30000.00", "CNY")
        .item("A-10003", "C9", "50030.00", "CNY");
    // 50,000.00 is the two oldest to the cent, or the third less a 30.00 charge: an exact sum of neighbours is far
    // less likely by chance than landing in a 50.00 window, so the sum is posted and the fee reading stays a suggestion
    LineMatch m = b.pay("50000.00", "CNY", "", "DE9", "payment");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("A-10001=20000.00", "A-10002=30000.00");
    assertThat(m.alternatives()).anyMatch(p -> p.allocations().size() == 1
        && p.allocations().get(0).invoiceNumber().equals("A-10003"));
  }

  @Test
  void aScatteredCombinationDoesNotOutweighAFeeShortfall() {
    EngineFixture b = new EngineFixture().customer("C9", "Nordic Components GmbH", "DE9")
        .item("A-10001", "C9", "20000.00", "CNY")
        .item("A-10002", "C9", "10000.00", "CNY")
        .item("A-10003", "C9", "30000.00", "CNY")
        .item("A-10004", "C9", "50030.00", "CNY");
    // 20,000.00 + 30,000.00 skips the invoice between them: two readings of equal standing, a person decides
    LineMatch m = b.pay("50000.00", "CNY", "", "DE9", "payment");
    assertThat(m.status()).isEqualTo(MatchStatus.SUGGESTED);
  }

  @Test
  void sisterCompaniesAreToldApartByTheLegalFormThePayerWrites() {
    EngineFixture b = new EngineFixture()
        .customer("W1", "Wolf Engineering Inc.", "US11")
        .customer("W2", "Wolf Engineering GmbH", "DE22")
        .item("INV-2026-000501", "W1", "8800.00", "CNY")
        .item("INV-2026-000502", "W2", "8800.00", "CNY");
    // the same core name twice, the same amount open at both: the legal form alone says which company paid
    LineMatch inc = b.pay("8800.00", "CNY", "WOLF ENGINEERING INC.", "", "payment");
    assertThat(inc.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(inc)).containsExactly("INV-2026-000501=8800.00");
    // without it the two stay tied
    LineMatch bare = b.pay("8800.00", "CNY", "Wolf Engineering", "", "payment");
    assertThat(bare.status()).isNotEqualTo(MatchStatus.AUTO);
  }

  @Test
  void aLegalFormCutByTheBankStillTellsSisterCompaniesApart() {
    EngineFixture b = new EngineFixture()
        .customer("G1", "Goldcrest Maschinenbau GmbH", "DE11")
        .customer("G2", "Goldcrest Maschinenbau GmbH & Co. KG", "DE22")
        .item("INV-2026-000601", "G1", "6846.71", "CNY")
        .item("INV-2026-000602", "G2", "6846.71", "CNY");
    // the bank cut the name at 35 characters, inside "KG": only G2's legal form goes on like that
    LineMatch cut = b.pay("6846.71", "CNY", "GOLDCREST MASCHINENBAU GMBH & CO. K", "", "Zahlung");
    assertThat(cut.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(cut)).containsExactly("INV-2026-000602=6846.71");
    // "GmbH" is G1's legal form exactly, and where G2's only begins: the one written exactly wins
    LineMatch gmbh = b.pay("6846.71", "CNY", "Goldcrest Maschinenbau GmbH", "", "Zahlung");
    assertThat(gmbh.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(gmbh)).containsExactly("INV-2026-000601=6846.71");
  }
}
