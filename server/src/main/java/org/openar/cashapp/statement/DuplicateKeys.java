package org.openar.cashapp.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keys that recognise a statement or an entry imported a second time (the same file again, or the same day's statement
 * in another format), so that nothing is posted twice. The posting layer keeps them unique in the database.
 *
 * <p>An entry is keyed by account, amount, value date and the bank's own reference when the bank gave one (banks keep
 * it unique per account); otherwise by everything the line says plus its occurrence number among identical lines of
 * the statement, so that five genuinely identical transfers on one day stay five entries.
 */
public final class DuplicateKeys {

  private DuplicateKeys() {}

  public static String entryKey(String account, StatementLine l, int occurrence) {
    return entryKey(entryIdentity(account, l), occurrence);
  }

  /** What identifies an entry apart from its occurrence number: lines with equal identities are counted. */
  static String entryIdentity(String account, StatementLine l) {
    String bankRef = l.bankReference();
    boolean usableRef = !bankRef.isEmpty() && !bankRef.equalsIgnoreCase("NONREF") && !bankRef.equalsIgnoreCase("NOTPROVIDED");
    return usableRef
        ? String.join("|", "R", norm(account), norm(bankRef), l.amount().toString(), String.valueOf(l.effectiveDate()))
        : String.join("|", "L", norm(account), String.valueOf(l.bookingDate()), String.valueOf(l.valueDate()),
            l.amount().toString(), norm(l.payerAccount()), norm(l.payerName()), norm(l.endToEndId()),
            norm(l.remittance()), String.join(",", l.structuredReferences()));
  }

  /** The key of the {@code occurrence}-th entry (1-based) with this identity. */
  static String entryKey(String identity, int occurrence) {
    return hash(identity + "|" + occurrence);
  }

  /** Opening and closing balances with their dates identify a statement across formats; without them, its id. */
  public static String statementKey(Statement s) {
    long count = s.lines().size();
    String sum = s.lines().stream().map(l -> l.amount().amount()).reduce(java.math.BigDecimal.ZERO,
        java.math.BigDecimal::add).toPlainString();
    String text = s.opening() != null && s.closing() != null
        ? String.join("|", "B", norm(s.account()), s.opening().amount().toString(), String.valueOf(s.opening().date()),
            s.closing().amount().toString(), String.valueOf(s.closing().date()), String.valueOf(count), sum)
        : String.join("|", "I", norm(s.account()), norm(s.statementId()), String.valueOf(s.fromDate()),
            String.valueOf(s.toDate()), String.valueOf(count), sum);
    return hash(text);
  }

  static String norm(String s) {
    return s == null ? "" : Texts.collapseSpaces(s).toUpperCase(Locale.ROOT);
  }

  /** One digest per thread: looking SHA-256 up among the providers costs more than hashing a line. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  private static String hash(String text) {
    byte[] d = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 16);
  }
}
