package org.openar.cashapp.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.openar.audit.AuditTrail;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.domain.AccountNumbers;
import org.openar.cashapp.domain.Violations;
import org.openar.cashapp.persistence.HouseAccountRepository;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.id.Ids;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's own bank accounts. An account number is registered once across all companies (a statement names its
 * account, and that decides whose statement it is). Accounts with statements are deactivated, never deleted, and
 * keep their number.
 */
@Service
@Transactional
public class HouseAccountService {

  static final int MAX_TEXT = 100;

  /** The editable fields; {@code active} null means true. */
  public record AccountData(String accountNumber, String name, String bankName, String bic, CurrencyCode currency,
      CsvMapping mapping, Boolean active) {}

  private final HouseAccountRepository accounts;
  private final Customers customers;
  private final AuditTrail audit;
  private final Clock clock;

  public HouseAccountService(HouseAccountRepository accounts, Customers customers, AuditTrail audit, Clock clock) {
    this.accounts = accounts;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
  }

  public HouseAccount create(CompanyId company, AccountData data) {
    Violations v = new Violations();
    if (company == null) {
      v.add("companyId", SharedError.MISSING_FIELD, "companyId");
    } else if (customers.findCompany(company).isEmpty()) {
      v.add("companyId", CashappError.CASHAPP_UNKNOWN_COMPANY, company);
    }
    String key = validate(data, v);
    v.throwIfAny();
    requireFree(key, null, data.accountNumber());
    Instant now = now();
    HouseAccount a = new HouseAccount(new HouseAccountId(Ids.newId()), company, data.accountNumber().trim(), key,
        AccountNumbers.looksLikeIban(key), trim(data.name()), trim(data.bankName()), bic(data.bic()),
        data.currency(), data.mapping(), data.active() == null || data.active(), 0, now, now,
        CurrentActor.get().username());
    accounts.insert(a);
    audit.record("cashapp.bank-account", a.id().toString(), "created", null, a);
    return a;
  }

  public HouseAccount update(HouseAccountId id, long expectedVersion, AccountData data) {
    HouseAccount before = accounts.findForUpdate(id).orElseThrow(() -> notFound(id));
    if (before.version() != expectedVersion) {
      throw new OpenArException(CashappError.CASHAPP_STALE_VERSION, expectedVersion, before.version())
          .onField("version");
    }
    Violations v = new Violations();
    String key = validate(data, v);
    v.throwIfAny();
    if (!key.equals(before.accountKey())) {
      long statements = accounts.statementCount(id);
      if (statements > 0) {
        throw new OpenArException(CashappError.CASHAPP_BANK_ACCOUNT_IN_USE, before.accountNumber(), statements)
            .onField("accountNumber");
      }
      requireFree(key, id, data.accountNumber());
    }
    HouseAccount after = new HouseAccount(id, before.companyId(), data.accountNumber().trim(), key,
        AccountNumbers.looksLikeIban(key), trim(data.name()), trim(data.bankName()), bic(data.bic()),
        data.currency(), data.mapping(), data.active() == null || data.active(), before.version() + 1,
        before.createdAt(), now(), before.createdBy());
    accounts.update(after, expectedVersion);
    audit.record("cashapp.bank-account", id.toString(), "updated", before, after);
    return after;
  }

  public void delete(HouseAccountId id) {
    HouseAccount before = accounts.findForUpdate(id).orElseThrow(() -> notFound(id));
    long statements = accounts.statementCount(id);
    if (statements > 0) {
      throw new OpenArException(CashappError.CASHAPP_BANK_ACCOUNT_IN_USE, before.accountNumber(), statements);
    }
    accounts.delete(id);
    audit.record("cashapp.bank-account", id.toString(), "deleted", before, null);
  }

  @Transactional(readOnly = true)
  public HouseAccount get(HouseAccountId id) {
    return accounts.find(id).orElseThrow(() -> notFound(id));
  }

  @Transactional(readOnly = true)
  public List<HouseAccount> list(CompanyId company) {
    return accounts.list(company == null ? null : List.of(company));
  }

  static OpenArException notFound(HouseAccountId id) {
    return new OpenArException(CashappError.CASHAPP_BANK_ACCOUNT_NOT_FOUND, id);
  }

  private String validate(AccountData data, Violations v) {
    String key = AccountNumbers.key(data.accountNumber());
    if (data.accountNumber() == null || data.accountNumber().isBlank()) {
      v.add("accountNumber", SharedError.MISSING_FIELD, "accountNumber");
    } else if (!AccountNumbers.wellFormed(key)) {
      v.add("accountNumber", CashappError.CASHAPP_BANK_ACCOUNT_INVALID, data.accountNumber());
    } else if (AccountNumbers.looksLikeIban(key) && !AccountNumbers.validIban(key)) {
      v.add("accountNumber", CashappError.CASHAPP_IBAN_INVALID, data.accountNumber());
    }
    text("name", data.name(), v);
    text("bankName", data.bankName(), v);
    String bic = bic(data.bic());
    if (bic != null && !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
      v.add("bic", SharedError.INVALID_VALUE, "bic", data.bic());
    }
    if (data.mapping() != null) {
      try {
        data.mapping().toColumnMapping(null);
      } catch (OpenArException e) {
        v.add("mapping", e.errorCode(), e.args().toArray());
      }
    }
    return key;
  }

  private void requireFree(String key, HouseAccountId self, String number) {
    accounts.findByKey(key).filter(a -> !a.id().equals(self)).ifPresent(a -> {
      String owner = customers.findCompany(a.companyId()).map(CompanyView::code).orElse(a.companyId().toString());
      throw new OpenArException(CashappError.CASHAPP_BANK_ACCOUNT_TAKEN, number, owner).onField("accountNumber");
    });
  }

  private static void text(String field, String value, Violations v) {
    if (value != null && value.trim().length() > MAX_TEXT) {
      v.add(field, CashappError.CASHAPP_TEXT_TOO_LONG, field, MAX_TEXT);
    }
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String bic(String s) {
    return s == null || s.isBlank() ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
