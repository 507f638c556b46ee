package org.openar.cashapp.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openar.shared.money.Money;

/**
 * One camt {@code Ntry} to statement lines: one line per entry, or one per {@code TxDtls} when a batch booking
 * details several transactions (line id {@code <id>/<n>}). Works for every version: {@code Dbtr/Nm} (001.02-001.07)
 * and {@code Dbtr/Pty/Nm} (001.08+) are both read.
 */
final class CamtEntryMapper {

  private final String source;

  CamtEntryMapper(String source) {
    this.source = source;
  }

  void add(StatementDraft d, XmlNode ntry, int ordinal, String where, Map<String, Integer> lineIds) {
    String place = where + "[" + ordinal + "]";
    Money entryAmount = CamtValues.signedAmount(source, ntry, place);
    List<XmlNode> details = new ArrayList<>();
    for (XmlNode nd : ntry.all("NtryDtls")) {
      details.addAll(nd.all("TxDtls"));
    }
    String id = firstNonBlank(ntry.text("NtryRef"), ntry.text("AcctSvcrRef"), String.valueOf(ordinal));
    if (details.size() <= 1 || !details.stream().allMatch(CamtEntryMapper::hasAmount)) {
      LineDraft l = base(ntry, entryAmount);
      l.lineId = unique(d, id, lineIds);
      for (XmlNode tx : details) {
        details(l, tx, entryAmount.isNegative());
      }
      if (details.size() > 1) {
        d.warnings.add(place + " (line " + ntry.line + "): " + details.size() + " transaction details without their "
            + "own amounts; imported as one line of " + entryAmount);
      }
      d.lines.add(l);
      return;
    }
    for (int i = 0; i < details.size(); i++) {
      XmlNode tx = details.get(i);
      Money amount = detailAmount(tx, entryAmount, place + "/NtryDtls/TxDtls[" + (i + 1) + "]");
      LineDraft l = base(ntry, amount);
      l.lineId = unique(d, id + "/" + (i + 1), lineIds);
      details(l, tx, amount.isNegative());
      d.lines.add(l);
    }
  }

  private static boolean hasAmount(XmlNode tx) {
    return tx.child("Amt") != null || tx.at("AmtDtls/TxAmt/Amt") != null;
  }

  private LineDraft base(XmlNode ntry, Money amount) {
    LineDraft l = new LineDraft();
    l.amount = amount;
    l.bookingDate = CamtValues.date(source, ntry.at("BookgDt"), "DtTm", "Dt");
    l.valueDate = CamtValues.date(source, ntry.at("ValDt"), "DtTm", "Dt");
    l.reversal = "true".equalsIgnoreCase(ntry.text("RvslInd"));
    String status = ntry.firstText("Sts/Cd", "Sts/Prtry", "Sts");
    l.booked = status == null || status.equals("BOOK");
    l.bankReference = ntry.text("AcctSvcrRef");
    l.transactionCode = transactionCode(ntry.at("BkTxCd"));
    l.addRemittance(ntry.text("AddtlNtryInf"));
    return l;
  }

  private void details(LineDraft l, XmlNode tx, boolean debit) {
    String party = debit ? "Cdtr" : "Dbtr";
    XmlNode parties = tx.at("RltdPties");
    if (parties != null) {
      l.payerName = firstNonBlank(l.payerName, parties.firstText(party + "/Pty/Nm", party + "/Nm"),
          parties.firstText("Ultmt" + party + "/Pty/Nm", "Ultmt" + party + "/Nm"));
      l.payerAccount = firstNonBlank(l.payerAccount, parties.firstText(party + "Acct/Id/IBAN",
          party + "Acct/Id/Othr/Id"), null);
    }
    l.endToEndId = firstNonBlank(l.endToEndId, tx.text("Refs/EndToEndId"), null);
    l.bankReference = firstNonBlank(tx.text("Refs/AcctSvcrRef"), l.bankReference, null);
    XmlNode rmt = tx.at("RmtInf");
    if (rmt != null) {
      remittance(l, rmt);
    }
    l.addRemittance(tx.text("AddtlTxInf"));
    String code = transactionCode(tx.at("BkTxCd"));
    l.transactionCode = code != null ? code : l.transactionCode;
  }

  private static void remittance(LineDraft l, XmlNode rmt) {
    List<String> texts = new ArrayList<>();
    rmt.all("Ustrd").forEach(u -> texts.add(u.value()));
    for (XmlNode strd : rmt.all("Strd")) {
      strd.all("RfrdDocInf").forEach(doc -> l.addReference(doc.text("Nb")));
      XmlNode cref = strd.child("CdtrRefInf");
      if (cref != null) {
        l.addReference(cref.text("Ref"));
      }
      strd.all("AddtlRmtInf").forEach(a -> texts.add(a.value()));
    }
    // the structured reference is also kept out of the free text: the matcher reads both
    l.addRemittance(String.join(" ", texts));
  }

  private Money detailAmount(XmlNode tx, Money entryAmount, String where) {
    XmlNode amt = tx.child("Amt");
    if (amt == null) {
      amt = tx.at("AmtDtls/TxAmt/Amt");
    }
    if (amt == null) {
      throw new StatementException(source, "line " + tx.line + ", element " + where,
          "a batch entry with several transaction details needs an amount on each (Amt or AmtDtls/TxAmt/Amt)");
    }
    Money m = CamtValues.amount(source, amt, where + "/Amt");
    String ind = tx.text("CdtDbtInd");
    boolean debit = ind != null ? ind.equals("DBIT") : entryAmount.isNegative();
    return debit ? m.negate() : m;
  }

  private static String transactionCode(XmlNode bk) {
    if (bk == null) {
      return null;
    }
    String domain = bk.text("Domn/Cd");
    if (domain != null) {
      return domain + "/" + bk.text("Domn/Fmly/Cd") + "/" + bk.text("Domn/Fmly/SubFmlyCd");
    }
    return bk.text("Prtry/Cd");
  }

  /** The contract wants NtryRef as line id, but banks repeat it; later repeats get {@code #2}, {@code #3}. */
  private static String unique(StatementDraft d, String id, Map<String, Integer> lineIds) {
    int seen = lineIds.merge(id, 1, Integer::sum);
    if (seen == 1) {
      return id;
    }
    d.warnings.add("line id " + id + " occurs " + seen + " times; this occurrence is " + id + "#" + seen);
    return id + "#" + seen;
  }

  private static String firstNonBlank(String a, String b, String c) {
    return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : c;
  }

}
