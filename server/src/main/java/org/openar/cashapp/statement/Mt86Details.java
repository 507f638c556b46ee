package org.openar.cashapp.statement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the information-to-account-owner field {@code :86:} in the three shapes banks use:
 * <ul>
 *   <li>German/Austrian structured ({@code 166?00GUTSCHRIFT?20...?32name}, also with {@code >} as separator): ?20-?29
 *       and ?60-?63 are the purpose, split by SEPA keywords (EREF+, KREF+, MREF+, CRED+, SVWZ+, ABWA+, ...);
 *       ?30/?31 the payer's bank and account, ?32/?33 the payer's name;</li>
 *   <li>SWIFT code words ({@code /EREF/.../NAME/.../REMI/...}, as Dutch banks write);</li>
 *   <li>free text, kept as the remittance text.</li>
 * </ul>
 */
final class Mt86Details {

  private static final Pattern GERMAN = Pattern.compile("^\\d{3}\\s*[?>]\\d{2}", Pattern.DOTALL);
  private static final Pattern SUBFIELD = Pattern.compile("[?>](\\d{2})");
  private static final Pattern SEPA = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT|IBAN|BIC)\\+");
  private static final Pattern SWIFT_WORDS = Pattern.compile(
      "/(EREF|NAME|REMI|IBAN|BIC|ORDP|BENM|CSID|MARF|TRTP|ISDT|RTRN|ULTD|ULTC|ULTB|PREF|SVCL|ADDR|CNTP|PURP|CDTRREF"
          + "|CDTRREFTP|CD|ISSR|USTD|STRD)/");

  String payerName;
  String payerAccount;
  String remittance = "";
  String endToEndId;
  String creditorReference;
  String ultimatePayer;
  String bookingText;

  static Mt86Details parse(String raw) {
    Mt86Details d = new Mt86Details();
    if (raw == null || raw.isBlank()) {
      return d;
    }
    String joined = raw.replace("\n", "");
    if (GERMAN.matcher(joined.strip()).find()) {
      d.german(joined.strip());
    } else if (raw.strip().startsWith("/") && SWIFT_WORDS.matcher(raw.replace("\n", "")).find()) {
      d.swiftWords(raw.replace("\n", ""));
    } else {
      d.remittance = Texts.collapseSpaces(raw.replace('\n', ' '));
    }
    return d;
  }

  private void german(String text) {
    Map<Integer, String> fields = new LinkedHashMap<>();
    Matcher m = SUBFIELD.matcher(text);
    int last = -1;
    int start = 0;
    while (m.find()) {
      if (last >= 0) {
        fields.merge(last, text.substring(start, m.start()), String::concat);
      }
      last = Integer.parseInt(m.group(1));
      start = m.end();
    }
    if (last >= 0) {
      fields.merge(last, text.substring(start), String::concat);
    }
    bookingText = Texts.collapseSpaces(fields.get(0));
    StringBuilder purpose = new StringBuilder();
    for (int k : new int[] {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63}) {
      purpose.append(fields.getOrDefault(k, ""));
    }
    payerAccount = blankToNull(Texts.collapseSpaces(fields.get(31)));
    payerName = blankToNull(Texts.collapseSpaces(fields.getOrDefault(32, "") + fields.getOrDefault(33, "")));
    sepa(purpose.toString());
  }

  private void sepa(String purpose) {
    Matcher m = SEPA.matcher(purpose);
    if (!m.find()) {
      remittance = Texts.collapseSpaces(purpose);
      return;
    }
    StringBuilder rest = new StringBuilder(purpose.substring(0, m.start()));
    String key = m.group(1);
    int start = m.end();
    while (true) {
      boolean more = m.find();
      String value = Texts.collapseSpaces(purpose.substring(start, more ? m.start() : purpose.length()));
      keyword(key, value, rest);
      if (!more) {
        break;
      }
      key = m.group(1);
      start = m.end();
    }
    remittance = Texts.collapseSpaces(rest.toString());
  }

  private void keyword(String key, String value, StringBuilder rest) {
    switch (key) {
      case "EREF" -> endToEndId = value;
      case "KREF" -> creditorReference = value;
      case "SVWZ" -> rest.append(' ').append(value);
      case "ABWA" -> ultimatePayer = value;
      case "IBAN" -> payerAccount = payerAccount == null ? value : payerAccount;
      default -> { }
    }
  }

  private void swiftWords(String text) {
    Matcher m = SWIFT_WORDS.matcher(text);
    Map<String, String> words = new LinkedHashMap<>();
    String key = null;
    int start = 0;
    while (m.find()) {
      if (key != null) {
        words.merge(key, text.substring(start, m.start()), (a, b) -> a + " " + b);
      }
      key = m.group(1);
      start = m.end();
    }
    if (key != null) {
      words.merge(key, text.substring(start), (a, b) -> a + " " + b);
    }
    payerName = blankToNull(Texts.collapseSpaces(words.get("NAME")));
    payerAccount = blankToNull(Texts.collapseSpaces(words.get("IBAN")));
    endToEndId = blankToNull(Texts.collapseSpaces(words.get("EREF")));
    String remi = words.getOrDefault("REMI", "") + " " + words.getOrDefault("USTD", "") + " "
        + words.getOrDefault("CDTRREF", "");
    remittance = Texts.collapseSpaces(remi.replace('/', ' '));
    creditorReference = blankToNull(Texts.collapseSpaces(words.get("CDTRREF")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
