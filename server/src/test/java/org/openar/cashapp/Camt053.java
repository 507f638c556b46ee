package org.openar.cashapp;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes ISO 20022 camt.053.001.08 bank statements for tests: one statement of one account with its opening and
 * closing balances (computed from the entries) and credit or debit entries, each with one transaction detail.
 */
public final class Camt053 {

  /** One booked entry; a negative amount is a debit. {@code structuredRef} goes to CdtrRefInf, may be null. */
  public record Entry(String bankRef, BigDecimal amount, LocalDate valueDate, String payerName, String payerIban,
      String remittance, String structuredRef) {}

  private final String account;
  private final String currency;
  private final String statementId;
  private final LocalDate date;
  private final BigDecimal opening;
  private final List<Entry> entries = new ArrayList<>();

  public Camt053(String account, String currency, String statementId, LocalDate date, BigDecimal opening) {
    this.account = account;
    this.currency = currency;
    this.statementId = statementId;
    this.date = date;
    this.opening = opening;
  }

  public Camt053 credit(String bankRef, String amount, String payerName, String payerIban, String remittance) {
    entries.add(new Entry(bankRef, new BigDecimal(amount), date, payerName, payerIban, remittance, null));
    return this;
  }

  public Camt053 add(Entry e) {
    entries.add(e);
    return this;
  }

  public byte[] bytes() {
    return xml().getBytes(StandardCharsets.UTF_8);
  }

  public String xml() {
    BigDecimal closing = opening;
    StringBuilder ntries = new StringBuilder();
    for (Entry e : entries) {
      closing = closing.add(e.amount());
      ntries.append(entry(e));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>%2$sT18:00:00+08:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>%1$s</Id>
              <CreDtTm>%2$sT18:00:00+08:00</CreDtTm>
              <FrToDt><FrDtTm>%2$sT00:00:00+08:00</FrDtTm><ToDtTm>%2$sT23:59:59+08:00</ToDtTm></FrToDt>
              <Acct><Id><IBAN>%3$s</IBAN></Id><Ccy>%4$s</Ccy></Acct>
              %5$s
              %6$s
        %7$s    </Stmt>
          </BkToCstmrStmt>
        </Document>
        """.formatted(escape(statementId), date, account, currency, balance("OPBD", opening, date.minusDays(1)),
        balance("CLBD", closing, date), ntries);
  }

  private String balance(String code, BigDecimal amount, LocalDate on) {
    return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + currency + "\">"
        + amount.abs().toPlainString() + "</Amt><CdtDbtInd>" + (amount.signum() < 0 ? "DBIT" : "CRDT")
        + "</CdtDbtInd><Dt><Dt>" + on + "</Dt></Dt></Bal>";
  }

  private String entry(Entry e) {
    boolean credit = e.amount().signum() > 0;
    String party = credit ? "Dbtr" : "Cdtr";
    String strd = e.structuredRef() == null ? "" : "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
        + "<Ref>" + escape(e.structuredRef()) + "</Ref></CdtrRefInf></Strd>";
    String ustrd = e.remittance() == null ? "" : "<Ustrd>" + escape(e.remittance()) + "</Ustrd>";
    return """
              <Ntry>
                <Amt Ccy="%1$s">%2$s</Amt><CdtDbtInd>%3$s</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>%4$s</Dt></BookgDt><ValDt><Dt>%4$s</Dt></ValDt>
                <AcctSvcrRef>%5$s</AcctSvcrRef>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls><TxDtls>
                  <Refs><AcctSvcrRef>%5$s</AcctSvcrRef><EndToEndId>E2E-%5$s</EndToEndId></Refs>
                  <RltdPties><%6$s><Pty><Nm>%7$s</Nm></Pty></%6$s>%8$s</RltdPties>
                  <RmtInf>%9$s%10$s</RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
        """.formatted(currency, e.amount().abs().toPlainString(), credit ? "CRDT" : "DBIT", e.valueDate(),
        escape(e.bankRef()), party, escape(e.payerName()), e.payerIban() == null ? ""
            : "<" + party + "Acct><Id><IBAN>" + e.payerIban() + "</IBAN></Id></" + party + "Acct>", ustrd, strd);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A valid German IBAN for a test account number (8-digit bank code, 10-digit account). */
  public static String iban(long account) {
    String bban = "37040044" + String.format("%010d", account);
    java.math.BigInteger n = new java.math.BigInteger(bban + "131400");
    int check = 98 - n.mod(java.math.BigInteger.valueOf(97)).intValue();
    return "DE" + String.format("%02d", check) + bban;
  }
}
