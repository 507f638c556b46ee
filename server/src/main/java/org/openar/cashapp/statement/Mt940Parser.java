package org.openar.cashapp.statement;

import com.prowidesoftware.swift.model.field.Field61;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openar.cashapp.statement.Mt940Tokenizer.Tag;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * SWIFT MT940 statements and MT942 interim reports. The file structure is tokenized leniently (see
 * {@link Mt940Tokenizer}); each statement line {@code :61:} is read with Prowide Core's {@link Field61}; the
 * {@code :86:} details with {@link Mt86Details}. A statement must have its account {@code :25:}, and an MT940 its
 * opening and closing balances: a file that stops before {@code :62F:} is reported as truncated.
 */
final class Mt940Parser {

  private static final Pattern BALANCE = Pattern.compile("^(C|D|RC|RD)?(\\d{6})?([A-Z]{3})?([\\d,.]+)$");
  private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}\\d{2}[A-Z0-9]{10,30})\\b");

  private final String source;
  private final List<String> fileWarnings = new ArrayList<>();
  private int ordinal;

  Mt940Parser(String source) {
    this.source = source;
  }

  StatementFile parse(byte[] bytes) {
    String text = Decoding.decode(bytes, fileWarnings, source);
    List<List<Tag>> messages = Mt940Tokenizer.messages(text);
    if (messages.isEmpty()) {
      throw new StatementException(source, "line 1", "no MT940 field found (a statement starts with :20:)");
    }
    List<Statement> statements = new ArrayList<>();
    for (List<Tag> m : messages) {
      statements.add(statement(m));
    }
    return new StatementFile(source, StatementFormat.MT940, statements);
  }

  private Statement statement(List<Tag> tags) {
    Tag first = tags.get(0);
    if (!first.name().equals("20")) {
      throw new StatementException(source, "line " + first.line() + ", field :" + first.name() + ":",
          "a statement must start with :20: (transaction reference number); this is a fragment, not a statement");
    }
    StatementDraft d = new StatementDraft(StatementFormat.MT940);
    d.warnings.addAll(fileWarnings);
    fileWarnings.clear();
    Mt940StatementState s = new Mt940StatementState();
    for (Tag t : tags) {
      field(d, s, t);
    }
    finish(d, s, first);
    return d.build();
  }

  private void field(StatementDraft d, Mt940StatementState s, Tag t) {
    switch (t.name()) {
      case "20" -> d.statementId = t.value().strip();
      case "25", "25P" -> {
        if (d.account != null) {
          throw new StatementException(source, "line " + t.line() + ", field :25:", "a second account identification "
              + "in statement :20:" + d.statementId + " (a misplaced field?)");
        }
        account(d, t);
      }
      case "28", "28C" -> s.sequence = t.value().strip();
      case "60F", "60M" -> d.opening = balance(t, d);
      case "62F", "62M" -> {
        d.closing = balance(t, d);
        s.closed = true;
        s.current = null;
      }
      case "34F" -> {
        s.interim = true;
        String v = t.value().strip();
        d.currency = d.currency == null && v.length() >= 3 ? v.substring(0, 3) : d.currency;
      }
      case "13D", "13" -> s.interim = true;
      case "61" -> s.current = line(d, t);
      case "86" -> details(s, t);
      case "NS" -> nonSwift(s, t);
      default -> { }
    }
  }

  private void finish(StatementDraft d, Mt940StatementState s, Tag first) {
    String where = "statement :20:" + d.statementId + " (line " + first.line() + ")";
    if (d.account == null) {
      throw new StatementException(source, where, "the account identification :25: is missing");
    }
    if (d.opening == null && !s.interim) {
      throw new StatementException(source, where, "the opening balance :60F: is missing");
    }
    if (d.opening != null && !s.closed) {
      throw new StatementException(source, where,
          "the closing balance :62F: is missing: the statement is truncated after line " + s.lastLine);
    }
    d.messageType = s.interim && d.opening == null ? "MT942" : "MT940";
    d.statementId = d.statementId + (s.sequence == null ? "" : "/" + s.sequence);
    d.currency = d.currency != null ? d.currency : d.opening != null ? d.opening.amount().currency().code() : null;
    for (LineDraft l : d.lines) {
      s.applyDetails(l);
    }
  }

  private void account(StatementDraft d, Tag t) {
    String v = Texts.collapseSpaces(t.value());
    Matcher m = Pattern.compile("^(.*?)([A-Z]{3})$").matcher(v);
    if (m.matches() && CurrencyCode.isKnown(m.group(2)) && m.group(1).matches(".*\\d")) {
      d.currency = m.group(2); // "51210600/9223382012EUR": some banks append the currency
      v = m.group(1);
    }
    d.account = v;
  }

  private Balance balance(Tag t, StatementDraft d) {
    Matcher m = BALANCE.matcher(Texts.collapseSpaces(t.value()).replace(" ", ""));
    String where = "line " + t.line() + ", field :" + t.name() + ":";
    if (!m.matches()) {
      throw new StatementException(source, where, "'" + t.value() + "' is not a balance (C/D, YYMMDD, currency, amount)");
    }
    String currency = m.group(3) != null ? m.group(3) : d.currency != null ? d.currency
        : d.opening != null ? d.opening.amount().currency().code() : null;
    if (currency == null) {
      throw new StatementException(source, where, "the balance has no currency and the statement gives none before it");
    }
    if (m.group(3) == null) {
      d.warnings.add(where + ": the balance has no currency; read as " + currency);
    }
    Money amount = money(m.group(4), currency, where);
    boolean debit = "D".equals(m.group(1)) || "RC".equals(m.group(1));
    LocalDate date = m.group(2) == null ? null : Mt940Dates.date(source, m.group(2), d.warnings, where);
    return new Balance(debit ? amount.negate() : amount, date);
  }

  private LineDraft line(StatementDraft d, Tag t) {
    String where = "line " + t.line() + ", field :61:";
    Field61 f = new Field61(t.value());
    if (f.getValueDate() == null || f.getDebitCreditMark() == null || f.getAmount() == null) {
      throw new StatementException(source, where, "'" + t.value().replace('\n', ' ')
          + "' is not a statement line (value date, C/D mark, amount)");
    }
    String currency = d.currency != null ? d.currency : d.opening != null ? d.opening.amount().currency().code() : null;
    if (currency == null) {
      throw new StatementException(source, where, "no currency: the statement has no opening balance :60F: or :34F:");
    }
    LineDraft l = new LineDraft();
    l.ordinal = ++ordinal;
    l.lineId = String.valueOf(l.ordinal);
    Money amount = money(f.getAmount(), currency, where);
    String mark = f.getDebitCreditMark();
    l.reversal = mark.startsWith("R");
    l.amount = mark.equals("D") || mark.equals("RC") ? amount.negate() : amount;
    l.valueDate = Mt940Dates.date(source, f.getValueDate(), d.warnings, where);
    l.bookingDate = Mt940Dates.entryDate(l.valueDate, f.getEntryDate());
    l.transactionCode = f.getTransactionType() + Texts.collapseSpaces(f.getIdentificationCode());
    String ownerRef = Texts.collapseSpaces(f.getReferenceForTheAccountOwner());
    l.bankReference = Texts.collapseSpaces(f.getReferenceOfTheAccountServicingInstitution());
    if (!ownerRef.isEmpty() && !ownerRef.equalsIgnoreCase("NONREF")) {
      l.endToEndId = ownerRef;
    }
    String supplementary = Texts.collapseSpaces(f.getSupplementaryDetails());
    Matcher iban = IBAN.matcher(supplementary);
    if (iban.find()) {
      l.payerAccount = iban.group(1);
    }
    d.lines.add(l);
    return l;
  }

  private void details(Mt940StatementState s, Tag t) {
    s.lastLine = t.line();
    if (s.current != null) {
      s.details.merge(s.current, t.value(), (a, b) -> a + "\n" + b);
    }
  }

  private void nonSwift(Mt940StatementState s, Tag t) {
    if (s.current != null) {
      s.nonSwift.merge(s.current, t.value(), (a, b) -> a + "\n" + b);
    }
  }

  private Money money(String amount, String currency, String where) {
    BigDecimal value = Texts.decimal(amount);
    if (value == null) {
      throw new StatementException(source, where, "'" + amount + "' is not an amount");
    }
    if (!CurrencyCode.isKnown(currency)) {
      throw new StatementException(source, where, "'" + currency + "' is not an ISO 4217 currency");
    }
    try {
      return Money.of(value, CurrencyCode.of(currency));
    } catch (RuntimeException e) {
      throw new StatementException(source, where, "'" + amount + "' has more decimals than " + currency + " allows");
    }
  }
}
