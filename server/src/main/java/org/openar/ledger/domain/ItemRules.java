package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.ledger.ItemId;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.LedgerError;
import org.openar.ledger.Side;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;

/**
 * What makes an item postable, checked without the database: every broken rule of a request is reported, each on its
 * field, so an import row or a form shows all its problems at once.
 */
public final class ItemRules {

  public static final int MAX_NUMBER = 64;
  public static final int MAX_REFERENCE = 200;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_EXTERNAL_REF = 100;
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private ItemRules() {}

  /** Every rule {@code p} breaks; empty when it can be posted (customer existence and uniqueness aside). */
  public static List<FieldViolation> violations(PostItem p) {
    List<FieldViolation> v = new ArrayList<>();
    if (p.type() == null) {
      v.add(FieldViolation.of("type", SharedError.MISSING_FIELD, "type"));
    } else if (p.type().isSystem()) {
      return List.of(FieldViolation.of("type", LedgerError.LEDGER_SYSTEM_TYPE, p.type())); // nothing else applies
    }
    if (p.customerId() == null) {
      v.add(FieldViolation.of("customerId", SharedError.MISSING_FIELD, "customerId"));
    }
    checkNumber(p, v);
    checkAmount(p, v);
    checkDates(p, v);
    checkText("reference", p.reference(), MAX_REFERENCE, v);
    checkText("description", p.description(), MAX_DESCRIPTION, v);
    checkText("externalRef", p.externalRef(), MAX_EXTERNAL_REF, v);
    return v;
  }

  /** Throws the one violation with its own code, or all of them as a validation failure. */
  public static void throwIfAny(List<FieldViolation> violations) {
    if (violations.size() == 1) {
      FieldViolation only = violations.get(0);
      throw new OpenArException(only.code(), only.args().toArray()).onField(only.field());
    }
    if (!violations.isEmpty()) {
      throw OpenArException.invalid(violations);
    }
  }

  /** The facts of a valid item: number trimmed, due date from the terms when not given, value date defaulted. */
  public static ItemFacts facts(ItemId id, CompanyId company, PostItem p) {
    Side side = p.type().side();
    LocalDate due = side == Side.DEBIT ? dueDate(p) : null;
    LocalDate value = side == Side.CREDIT ? (p.valueDate() == null ? p.documentDate() : p.valueDate()) : null;
    return new ItemFacts(id, company, p.customerId(), p.type(), side, p.documentNumber().trim(), p.installmentNo(),
        p.amount().currency(), p.amount().minor(), p.documentDate(), due, value,
        side == Side.DEBIT ? p.paymentTerms() : null, blankToNull(p.reference()), blankToNull(p.description()),
        blankToNull(p.externalRef()), null);
  }

  private static LocalDate dueDate(PostItem p) {
    if (p.dueDate() != null) {
      return p.dueDate();
    }
    return p.paymentTerms() == null ? null : p.paymentTerms().dueDate(p.documentDate());
  }

  private static void checkNumber(PostItem p, List<FieldViolation> v) {
    String n = p.documentNumber();
    if (n == null || n.isBlank()) {
      v.add(FieldViolation.of("documentNumber", SharedError.MISSING_FIELD, "documentNumber"));
    } else if (n.trim().length() > MAX_NUMBER || n.chars().anyMatch(Character::isISOControl)) {
      v.add(FieldViolation.of("documentNumber", LedgerError.LEDGER_INVALID_DOCUMENT_NUMBER, n, MAX_NUMBER));
    }
    if (p.installmentNo() != null && (p.installmentNo() < 1 || p.installmentNo() > 999)) {
      v.add(FieldViolation.of("installmentNo", LedgerError.LEDGER_INVALID_INSTALLMENT, p.installmentNo()));
    }
  }

  private static void checkAmount(PostItem p, List<FieldViolation> v) {
    if (p.amount() == null) {
      v.add(FieldViolation.of("amount", SharedError.MISSING_FIELD, "amount"));
      return;
    }
    if (!p.amount().isPositive()) {
      v.add(FieldViolation.of("amount", SharedError.AMOUNT_NOT_POSITIVE, "amount"));
      return;
    }
    try {
      p.amount().minor();
    } catch (ArithmeticException e) {
      v.add(FieldViolation.of("amount", SharedError.INVALID_AMOUNT, p.amount().amount().toPlainString()));
    }
  }

  private static void checkDates(PostItem p, List<FieldViolation> v) {
    if (p.documentDate() == null) {
      v.add(FieldViolation.of("documentDate", SharedError.MISSING_FIELD, "documentDate"));
      return;
    }
    checkRange("documentDate", p.documentDate(), v);
    if (p.type() == null || p.type().side() == null) {
      return;
    }
    if (p.type().side() == Side.DEBIT) {
      checkDebitDates(p, v);
    } else {
      notApplicable("dueDate", p.dueDate(), v);
      notApplicable("paymentTerms", p.paymentTerms(), v);
      if (p.valueDate() != null) {
        checkRange("valueDate", p.valueDate(), v);
      }
    }
  }

  private static void checkDebitDates(PostItem p, List<FieldViolation> v) {
    notApplicable("valueDate", p.valueDate(), v);
    LocalDate due = dueDate(p);
    if (due == null) {
      v.add(FieldViolation.of("dueDate", LedgerError.LEDGER_DUE_DATE_REQUIRED, p.type()));
    } else if (due.isBefore(p.documentDate())) {
      v.add(FieldViolation.of("dueDate", LedgerError.LEDGER_DUE_BEFORE_DOCUMENT, due, p.documentDate()));
    } else {
      checkRange("dueDate", due, v);
    }
  }

  private static void checkRange(String field, LocalDate date, List<FieldViolation> v) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      v.add(FieldViolation.of(field, LedgerError.LEDGER_DATE_OUT_OF_RANGE, date, EARLIEST, LATEST));
    }
  }

  private static void notApplicable(String field, Object value, List<FieldViolation> v) {
    if (value != null) {
      v.add(FieldViolation.of(field, LedgerError.LEDGER_FIELD_NOT_APPLICABLE, field));
    }
  }

  private static void checkText(String field, String text, int max, List<FieldViolation> v) {
    if (text != null && text.length() > max) {
      v.add(FieldViolation.of(field, LedgerError.LEDGER_TEXT_TOO_LONG, field, max));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
