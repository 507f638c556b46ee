package org.openar.cashapp.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void legalFormsAreRemovedInChineseAndLatinNames() {
    assertThat(Names.core("上海华信贸易有限公司")).isEqualTo("上海华信贸易");
    assertThat(Names.core("深圳国华食品股份有限公司")).isEqualTo("深圳国华食品");
    assertThat(Names.core("Müller Maschinenbau GmbH & Co. KG")).isEqualTo("MUELLER MASCHINENBAU");
    assertThat(Names.core("SHANGHAI HUAXIN TRADING CO., LTD.")).isEqualTo("SHANGHAI HUAXIN TRADING");
    assertThat(Names.core("Acme Inc.")).isEqualTo(Names.core("ACME LLC"));
    assertThat(Names.core("ＡＢＣ Trading Ltd")).isEqualTo("ABC TRADING");
  }

  @Test
  void similarNamesScoreHighAndDifferentOnesLow() {
    assertThat(sim("华信贸易", "上海华信贸易有限公司")).isGreaterThan(0.75);
    assertThat(sim("上海华信贸易有限公司", "北京宏达机械有限公司")).isLessThan(0.3);
    assertThat(sim("MUELLER MASCHINENBAU", "Müller Maschinenbau GmbH")).isEqualTo(1.0);
    assertThat(sim("Muller Maschinenbau", "Müller Maschinenbau GmbH")).isGreaterThan(0.75);
    assertThat(sim("Atlas Logistics", "Nordic Foods")).isLessThan(0.2);
  }

  @Test
  void aNameCutOffAt35CharactersStillMatches() {
    String full = "SHENZHEN GREATWALL ELECTRONIC TECHNOLOGY CO., LTD.";
    assertThat(sim(full.substring(0, 35), full)).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void aFragmentOfALegalFormLeftByTheBanksCutIsDropped() {
    NameKey cut = NameKey.ofPayer("GOLDCREST MASCHINENBAU GMBH & CO. K"); // 35 characters
    assertThat(cut.core).isEqualTo("GOLDCREST MASCHINENBAU");
    assertThat(cut.cut()).isTrue();
    assertThat(NameKey.ofPayer("SHANGHAI XINGJIA AUTO PARTS CO., LT").core).isEqualTo("SHANGHAI XINGJIA AUTO PARTS");
    // a name of another length keeps its last word: "Plan A" is a name, not a cut "AG"
    assertThat(NameKey.ofPayer("Plan A").core).isEqualTo("PLAN A");
  }

  @Test
  void theIndexFindsCustomersWithoutComparingAll() {
    NameIndex index = new NameIndex();
    index.add(0, "上海华信贸易有限公司", false);
    index.add(1, "Müller Maschinenbau GmbH", false);
    index.add(2, "Atlas Foods Ltd.", false);
    index.add(2, "ATLAS NAHRUNGSMITTEL", true);
    index.seal();
    assertThat(index.find("华信贸易", 0.75)).extracting(NameIndex.Hit::customer).containsExactly(0);
    assertThat(index.find("MUELLER MASCHINENBAU GMBH", 0.75)).extracting(NameIndex.Hit::customer).containsExactly(1);
    List<NameIndex.Hit> alias = index.find("Atlas Nahrungsmittel", 0.75);
    assertThat(alias.get(0).alias()).isTrue();
  }

  private static double sim(String payer, String customer) {
    return Names.similarity(Names.core(payer), Names.plain(payer), Names.core(customer), Names.plain(customer));
  }
}
