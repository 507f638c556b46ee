package org.openar.cashapp.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files we break on purpose: each fails with the place and the reason, and good ones read back what they say. */
class BrokenStatementsTest {

  static final String BAI2 = """
      01,122099999,123456789,040621,0200,1,65,,2/
      02,031001234,122099999,1,040620,2359,,2/
      03,0975312468,,010,500000,,,190,70000000,4,0/
      16,165,1500000,1,DD1620,, DEALER PAYMENTS INV-2026-000123
      49,72000000,3/
      98,72000000,1,5/
      99,72000000,1,7/
      """;

  @Test
  void bai2ReadsAndChecksItsControlTotals() {
    StatementFile f = read("ok.bai", BAI2);
    assertThat(f.format()).isEqualTo(StatementFormat.BAI2);
    StatementLine l = f.lines().get(0);
    assertThat(l.lineId()).isEqualTo("1");
    assertThat(l.amount().toString()).isEqualTo("15000.00 USD");
    assertThat(l.remittance()).contains("DEALER PAYMENTS INV-2026-000123");
    assertThatThrownBy(() -> read("total.bai", BAI2.replace("49,72000000,3/", "49,72000001,3/")))
        .hasMessageContaining("total.bai, line 5, record 49: account control total of 0975312468 is 72000001");
    assertThatThrownBy(() -> read("count.bai", BAI2.replace("98,72000000,1,5/", "98,72000000,1,6/")))
        .hasMessageContaining("line 6, record 98: number of records is 6 but the file has 5");
    assertThatThrownBy(() -> read("cut.bai", BAI2.substring(0, BAI2.indexOf("98,"))))
        .hasMessageContaining("cut.bai, after line 5: the file ends before the 98 group trailer");
  }

  @Test
  void camtErrorsNameTheLineAndElement() {
    String camt = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr>
        <Stmt><Id>S1</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>
        <Ntry><NtryRef>E1</NtryRef><Amt Ccy="CHF">12.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt>
        <NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Müller AG</Nm></Pty></Dbtr></RltdPties>
        <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>
        </Stmt></BkToCstmrStmt></Document>
        """;
    StatementLine l = read("ok.xml", camt).lines().get(0);
    assertThat(l.lineId()).isEqualTo("E1");
    assertThat(l.payerName()).isEqualTo("Müller AG");
    assertThat(l.structuredReferences()).containsExactly("RF18539007547034");
    assertThatThrownBy(() -> read("cut.xml", camt.substring(0, camt.indexOf("</Ntry>"))))
        .hasMessageContaining("cut.xml, line 6").hasMessageContaining("truncated");
    assertThatThrownBy(() -> read("amount.xml", camt.replace("12.50", "12,50")))
        .hasMessageContaining("line 4, element BkToCstmrStmt/Stmt/Ntry[1]/Amt: '12,50' is not an amount");
    assertThatThrownBy(() -> read("noind.xml", camt.replace("<CdtDbtInd>CRDT</CdtDbtInd>", "")))
        .hasMessageContaining("CdtDbtInd (credit or debit) is missing");
    byte[] latin1 = camt.getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> StatementReader.read("latin1.xml", latin1, null, null))
        .hasMessageContaining("latin1.xml, line 5").hasMessageContaining("encoding");
  }

  @Test
  void mt940WithSepaDetailsAndATruncatedOne() {
    String mt = """
        :20:STARTUMS
        :25:DE89370400440532013000
        :28C:1/1
        :60F:C260301EUR1000,00
        :61:2603020302CR1190,00NTRFNONREF//BANKREF1
        :86:166?00GUTSCHRIFT?109310?20EREF+E2E-4711?21KREF+RF18539007547034?22SVWZ+Rechnung INV-2026-0001?2323 danke?30COBADEFFXXX?31DE02120300000000202051?32Mueller Maschinenbau Gmb?33H?34997
        :62F:C260302EUR2190,00
        -
        """;
    StatementLine l = read("ok.sta", mt).lines().get(0);
    assertThat(l.amount().toString()).isEqualTo("1190.00 EUR");
    assertThat(l.endToEndId()).isEqualTo("E2E-4711");
    assertThat(l.structuredReferences()).containsExactly("RF18539007547034");
    assertThat(l.remittance()).isEqualTo("Rechnung INV-2026-000123 danke");
    assertThat(l.payerName()).isEqualTo("Mueller Maschinenbau GmbH");
    assertThat(l.payerAccount()).isEqualTo("DE02120300000000202051");
    assertThat(l.bankReference()).isEqualTo("BANKREF1");
    assertThatThrownBy(() -> read("cut.sta", mt.substring(0, mt.indexOf(":62F:"))))
        .hasMessageContaining("cut.sta, statement :20:STARTUMS (line 1): the closing balance :62F: is missing");
  }

  @Test
  void csvNamesTheLineAndColumnAndTheSameEntryGetsTheSameKey() {
    String csv = "line_id,booking_date,value_date,amount,currency,payer_name,payer_account,remittance\n"
        + "A1,2026-03-02,2026-03-02,100.00,CNY,\"华信, 上海\",622200,INV-1\n"
        + "A2,2026-03-02,,100.00,CNY,\"华信, 上海\",622200,INV-1\n";
    StatementFile f = read("s.csv", csv);
    assertThat(f.lines()).extracting(StatementLine::payerName).containsOnly("华信, 上海");
    assertThat(f.lines().get(0).entryKey()).isNotEqualTo(f.lines().get(1).entryKey());
    assertThat(read("s.csv", csv).lines().get(0).entryKey()).isEqualTo(f.lines().get(0).entryKey());
    assertThat(read("s.csv", csv).statements().get(0).duplicateKey()).isEqualTo(f.statements().get(0).duplicateKey());
    assertThatThrownBy(() -> read("bad.csv", csv.replace("A2,2026-03-02,,100.00", "A2,2026-03-02,,1OO.00")))
        .hasMessageContaining("bad.csv, line 3, column amount: '1OO.00' is not a decimal amount");
  }

  private static StatementFile read(String name, String text) {
    return StatementReader.read(name, text.getBytes(StandardCharsets.UTF_8), null, null);
  }
}
