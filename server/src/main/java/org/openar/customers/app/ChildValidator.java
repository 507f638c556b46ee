package org.openar.customers.app;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openar.customers.ContactRole;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.BankAccountData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomersError;
import org.openar.customers.PayerKeys;
import org.openar.customers.domain.Iban;

/** Validates and cleans contacts, addresses, bank accounts and payer aliases; paths are relative to {@code prefix}. */
final class ChildValidator {

  static final int MAX_ALIAS_LENGTH = 200;
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final Pattern EMAIL_LOCAL = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
  private static final Pattern DOMAIN = Pattern.compile(
      "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern PHONE = Pattern.compile(
      "(\\+?[0-9(][0-9 ()./-]*[0-9])(?:\\s*(?:ext\\.?|x|#|转|分机)\\s*([0-9]{1,6}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CN_POSTCODE = Pattern.compile("[0-9]{6}");
  private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,9}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9]{4,34}");
  private static final Pattern BIC = Pattern.compile("[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?");

  private ChildValidator() {}

  /** A bank account with its normalised key and whether it is an IBAN. */
  record CleanAccount(BankAccountData data, String key, boolean iban) {}

  static ContactData contact(String prefix, ContactData d, String customerCountry, Checks c) {
    String name = c.text(Checks.path(prefix, "name"), d.name(), 100, true);
    String email = email(Checks.path(prefix, "email"), d.email(), c);
    String phone = phone(Checks.path(prefix, "phone"), d.phone(), c);
    if (email == null && phone == null && (d.email() == null || d.email().isBlank())
        && (d.phone() == null || d.phone().isBlank())) {
      c.add(Checks.path(prefix, "email"), CustomersError.CUSTOMERS_CONTACT_UNREACHABLE);
    }
    String language = language(Checks.path(prefix, "language"), d.language(), customerCountry, c);
    return new ContactData(name, email, phone, language, d.role() == null ? ContactRole.BILLING : d.role(),
        Boolean.TRUE.equals(d.primary()));
  }

  static AddressData address(String prefix, AddressData d, String customerCountry, Checks c) {
    c.required(Checks.path(prefix, "type"), d.type());
    String country = CustomerValidator.country(Checks.path(prefix, "country"), d.country(), customerCountry, c);
    String postcode = c.text(Checks.path(prefix, "postcode"), d.postcode(), 10, false);
    if (postcode != null && country != null
        && !("CN".equals(country) ? CN_POSTCODE : POSTCODE).matcher(postcode).matches()) {
      c.add(Checks.path(prefix, "postcode"), CustomersError.CUSTOMERS_INVALID_POSTCODE, postcode, country);
    }
    return new AddressData(d.type(), country,
        c.text(Checks.path(prefix, "province"), d.province(), 64, false),
        c.text(Checks.path(prefix, "city"), d.city(), 64, false),
        c.text(Checks.path(prefix, "district"), d.district(), 64, false),
        c.text(Checks.path(prefix, "line"), d.line(), 200, true),
        postcode == null ? null : postcode.toUpperCase(Locale.ROOT));
  }

  static CleanAccount bankAccount(String prefix, BankAccountData d, Checks c) {
    String field = Checks.path(prefix, "accountNumber");
    String number = c.text(field, d.accountNumber(), 64, true);
    String key = PayerKeys.accountNumber(number);
    boolean iban = Iban.looksLikeIban(key);
    if (number != null && iban) {
      Iban.check(key).ifPresent(v -> c.add(field, CustomersError.CUSTOMERS_INVALID_IBAN, number,
          Checks.reason("customers.iban." + v.reason(), v.country(), v.length(), v.expected())));
    } else if (number != null && !ACCOUNT.matcher(key).matches()) {
      c.add(field, CustomersError.CUSTOMERS_INVALID_ACCOUNT_NUMBER, number);
    }
    String bic = bic(Checks.path(prefix, "bic"), d.bic(), c);
    BankAccountData clean = new BankAccountData(number,
        c.text(Checks.path(prefix, "bankName"), d.bankName(), 100, false),
        c.text(Checks.path(prefix, "holderName"), d.holderName(), 200, false), bic, d.currency());
    return new CleanAccount(clean, key, iban);
  }

  /** A payer name as given (trimmed) that has at least one letter or digit to match on. */
  static String alias(String field, String raw, Checks c) {
    String name = raw == null ? null : raw.strip();
    if (name == null || name.length() > MAX_ALIAS_LENGTH || PayerKeys.payerName(name).isEmpty()) {
      c.add(field, CustomersError.CUSTOMERS_INVALID_ALIAS, raw == null ? "" : raw);
      return null;
    }
    return name;
  }

  static String email(String field, String raw, Checks c) {
    String email = c.text(field, raw, 254, false);
    if (email == null || c.has(field)) {
      return null;
    }
    int at = email.lastIndexOf('@');
    if (at < 1 || at > 64 || !EMAIL_LOCAL.matcher(email.substring(0, at)).matches()
        || !domain(email.substring(at + 1))) {
      c.add(field, CustomersError.CUSTOMERS_INVALID_EMAIL, email);
      return null;
    }
    return email;
  }

  static String phone(String field, String raw, Checks c) {
    String phone = c.text(field, raw, 32, false);
    if (phone == null || c.has(field)) {
      return null;
    }
    Matcher m = PHONE.matcher(phone);
    long digits = m.matches() ? m.group(1).chars().filter(Character::isDigit).count() : 0;
    if (digits < 5 || digits > 20) {
      c.add(field, CustomersError.CUSTOMERS_INVALID_PHONE, phone);
      return null;
    }
    return phone;
  }

  /** zh-CN or en; also accepts zh, zh_CN, zh-Hans, en-US and the like, but not other languages. */
  static String language(String field, String raw, String customerCountry, Checks c) {
    if (raw == null || raw.isBlank()) {
      return "CN".equals(customerCountry) ? "zh-CN" : "en";
    }
    String tag = raw.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    if (tag.equals("zh") || tag.equals("zh-cn") || tag.equals("zh-hans") || tag.equals("zh-hans-cn")) {
      return "zh-CN";
    }
    if (tag.matches("en(-[a-z]{2})?")) {
      return "en";
    }
    c.add(field, CustomersError.CUSTOMERS_INVALID_LANGUAGE, raw);
    return null;
  }

  private static String bic(String field, String raw, Checks c) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String bic = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    Matcher m = BIC.matcher(bic);
    if (!m.matches() || !(CustomerValidator.COUNTRIES.contains(m.group(1)) || "XK".equals(m.group(1)))) {
      c.add(field, CustomersError.CUSTOMERS_INVALID_BIC, raw);
      return null;
    }
    return bic;
  }

  /** Internationalised domains (例子.中国) are checked in their ASCII form. */
  private static boolean domain(String domain) {
    try {
      String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
      return ascii.length() <= 253 && DOMAIN.matcher(ascii).matches();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
