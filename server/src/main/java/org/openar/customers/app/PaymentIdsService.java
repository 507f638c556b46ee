package org.openar.customers.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openar.customers.AliasSource;
import org.openar.customers.BankAccountId;
import org.openar.customers.BankAccountView;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData.BankAccountData;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomersError;
import org.openar.customers.PayerAliasId;
import org.openar.customers.PayerAliasView;
import org.openar.customers.PayerKeys;
import org.openar.customers.app.ChildValidator.CleanAccount;
import org.openar.customers.persistence.AliasRepository;
import org.openar.customers.persistence.BankAccountRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What identifies a customer's payments: the bank accounts it pays from (one customer per account and company) and
 * the payer names its receipts arrive under.
 */
@Service
@Transactional
public class PaymentIdsService {

  static final int MAX_ALIASES = 200;
  private static final Set<String> ACCOUNTS = Set.of("bankAccounts");
  private static final Set<String> ALIASES = Set.of("aliases");

  private final BankAccountRepository accounts;
  private final AliasRepository aliases;
  private final CustomerChanges changes;
  private final Clock clock;

  public PaymentIdsService(BankAccountRepository accounts, AliasRepository aliases, CustomerChanges changes,
      Clock clock) {
    this.accounts = accounts;
    this.aliases = aliases;
    this.changes = changes;
    this.clock = clock;
  }

  public BankAccountView addBankAccount(CustomerId id, BankAccountData data) {
    CustomerSummary owner = changes.lock(id);
    CleanAccount clean = validAccount(data);
    requireAccountFree(owner.customer().companyId(), clean, null, "accountNumber");
    if (accounts.of(id).size() >= ContactService.MAX_PER_CUSTOMER) {
      throw new OpenArException(CustomersError.CUSTOMERS_TOO_MANY, "bankAccounts", ContactService.MAX_PER_CUSTOMER);
    }
    BankAccountView view = account(new BankAccountId(Ids.newId()), id, clean, 0);
    accounts.insert(owner.customer().companyId(), view, clock.instant());
    changes.changed(owner.customer(), "bank-account-added", null, view, ACCOUNTS);
    return view;
  }

  public BankAccountView updateBankAccount(CustomerId id, BankAccountId accountId, long expectedVersion,
      BankAccountData data) {
    CustomerSummary owner = changes.lock(id);
    BankAccountView before = accounts.find(id, accountId)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_BANK_ACCOUNT_NOT_FOUND, accountId));
    ContactService.requireVersion(before.version(), expectedVersion);
    CleanAccount clean = validAccount(data);
    BankAccountView after = account(accountId, id, clean, before.version() + 1);
    if (after.equals(withVersion(before, before.version() + 1))) {
      return before;
    }
    requireAccountFree(owner.customer().companyId(), clean, accountId, "accountNumber");
    accounts.update(after, expectedVersion, clock.instant());
    changes.changed(owner.customer(), "bank-account-updated", before, after, ACCOUNTS);
    return after;
  }

  public void removeBankAccount(CustomerId id, BankAccountId accountId) {
    CustomerSummary owner = changes.lock(id);
    BankAccountView before = accounts.find(id, accountId)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_BANK_ACCOUNT_NOT_FOUND, accountId));
    accounts.delete(accountId);
    changes.changed(owner.customer(), "bank-account-removed", before, null, ACCOUNTS);
  }

  /** A user adds a payer name: telling them it is already there is more useful than silently accepting it. */
  public PayerAliasView addAlias(CustomerId id, String name) {
    CustomerSummary owner = changes.lock(id);
    String clean = validAlias(name);
    if (aliases.findByKey(id, PayerKeys.payerName(clean)).isPresent()) {
      throw new OpenArException(CustomersError.CUSTOMERS_ALIAS_EXISTS, clean).onField("name");
    }
    return insertAlias(owner, clean, AliasSource.MANUAL);
  }

  /** The matching engine learns the same name many times; only the first time changes anything. */
  public PayerAliasView learnAlias(CustomerId id, String name, AliasSource source) {
    CustomerSummary owner = changes.lock(id);
    String clean = validAlias(name);
    Optional<PayerAliasView> existing = aliases.findByKey(id, PayerKeys.payerName(clean));
    return existing.orElseGet(() -> insertAlias(owner, clean, source == null ? AliasSource.LEARNED : source));
  }

  public void removeAlias(CustomerId id, PayerAliasId aliasId) {
    CustomerSummary owner = changes.lock(id);
    PayerAliasView before = aliases.find(id, aliasId)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_ALIAS_NOT_FOUND, aliasId));
    aliases.delete(aliasId);
    changes.changed(owner.customer(), "alias-removed", before, null, ALIASES);
  }

  /** Who in the company already pays from this account, if anyone (for the checks of a new customer). */
  Optional<String> holderCode(CompanyId company, String numberKey) {
    return accounts.holder(company, numberKey).map(BankAccountRepository.Holder::customerCode);
  }

  /** Inserts the already validated payment identifiers of a new customer (audited as part of its creation). */
  void insertAll(CustomerSummary owner, List<CleanAccount> newAccounts, List<String> newAliases) {
    CustomerId id = owner.customer().id();
    CompanyId company = owner.customer().companyId();
    newAccounts.forEach(a -> accounts.insert(company, account(new BankAccountId(Ids.newId()), id, a, 0),
        clock.instant()));
    newAliases.forEach(n -> aliases.insert(company, new PayerAliasView(new PayerAliasId(Ids.newId()), id, n,
        PayerKeys.payerName(n), AliasSource.MANUAL, now())));
  }

  private PayerAliasView insertAlias(CustomerSummary owner, String name, AliasSource source) {
    CustomerId id = owner.customer().id();
    if (aliases.of(id).size() >= MAX_ALIASES) {
      throw new OpenArException(CustomersError.CUSTOMERS_TOO_MANY, "aliases", MAX_ALIASES);
    }
    PayerAliasView view = new PayerAliasView(new PayerAliasId(Ids.newId()), id, name, PayerKeys.payerName(name),
        source, now());
    aliases.insert(owner.customer().companyId(), view);
    changes.changed(owner.customer(), "alias-added", null, view, ALIASES);
    return view;
  }

  /** Microseconds, what timestamptz keeps, so the view returned equals the one read back later. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private void requireAccountFree(CompanyId company, CleanAccount account, BankAccountId self, String field) {
    accounts.holder(company, account.key()).filter(h -> !h.accountId().equals(self)).ifPresent(h -> {
      throw new OpenArException(CustomersError.CUSTOMERS_BANK_ACCOUNT_TAKEN, account.data().accountNumber(),
          h.customerCode()).onField(field);
    });
  }

  private static CleanAccount validAccount(BankAccountData data) {
    Checks c = new Checks();
    CleanAccount clean = ChildValidator.bankAccount("", data, c);
    c.throwIfAny();
    return clean;
  }

  private static String validAlias(String name) {
    Checks c = new Checks();
    String clean = ChildValidator.alias("name", name, c);
    c.throwIfAny();
    return clean;
  }

  private static BankAccountView account(BankAccountId id, CustomerId customer, CleanAccount a, long version) {
    BankAccountData d = a.data();
    return new BankAccountView(id, customer, d.accountNumber(), a.key(), a.iban(), d.bankName(), d.holderName(),
        d.bic(), d.currency(), version);
  }

  private static BankAccountView withVersion(BankAccountView v, long version) {
    return new BankAccountView(v.id(), v.customerId(), v.accountNumber(), v.numberKey(), v.iban(), v.bankName(),
        v.holderName(), v.bic(), v.currency(), version);
  }
}
