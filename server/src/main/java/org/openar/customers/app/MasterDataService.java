package org.openar.customers.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import org.openar.customers.AddressId;
import org.openar.customers.AddressView;
import org.openar.customers.BankAccountId;
import org.openar.customers.BankAccountView;
import org.openar.customers.CompanyId;
import org.openar.customers.ContactId;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerStatus;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.CustomersError;
import org.openar.customers.PayerAliasId;
import org.openar.customers.PayerAliasView;
import org.openar.customers.app.ChildValidator.CleanAccount;
import org.openar.customers.persistence.CustomerRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class MasterDataService implements CustomerMasterData {

  private static final CustomerData EMPTY = new CustomerData(null, null, null, null, null, null, null, null, null,
      null, null);

  private final CustomerRepository customers;
  private final CompanyService companies;
  private final CustomerValidator validator;
  private final ContactService contacts;
  private final PaymentIdsService paymentIds;
  private final CustomerQueries queries;
  private final CustomerChanges changes;
  private final Clock clock;

  public MasterDataService(CustomerRepository customers, CompanyService companies, CustomerValidator validator,
      ContactService contacts, PaymentIdsService paymentIds, CustomerQueries queries, CustomerChanges changes,
      Clock clock) {
    this.customers = customers;
    this.companies = companies;
    this.validator = validator;
    this.contacts = contacts;
    this.paymentIds = paymentIds;
    this.queries = queries;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public CustomerDetail register(CustomerDraft d) {
    Checks c = new Checks();
    c.required("companyId", d.companyId());
    if (!CustomerValidator.validCode(d.code())) {
      c.add("code", CustomersError.CUSTOMERS_INVALID_CODE, String.valueOf(d.code()));
    }
    CustomerData data = validator.header(d.data() == null ? EMPTY : d.data(), false, null, c);
    DraftChildren children = DraftChildren.validate(d, data.country(), c);
    c.throwIfAny();
    companies.get(d.companyId());
    CreditDecisions.check(null, data, CurrentActor.get());
    if (customers.findByCode(d.companyId(), d.code()).isPresent()) {
      throw new OpenArException(CustomersError.CUSTOMERS_CODE_TAKEN, d.code()).onField("code");
    }
    requireAccountsFree(d.companyId(), children.accounts());
    CustomerView base = new CustomerView(new CustomerId(Ids.newId()), d.companyId(), d.code(), null, null, null,
        null, null, null, null, null, List.of(), 0);
    CustomerSummary created = CustomerFields.summary(base, data, 0);
    customers.insert(created, clock.instant());
    contacts.insertAll(base.id(), children.contacts(), children.addresses());
    paymentIds.insertAll(created, children.accounts(), children.aliases());
    CustomerDetail detail = queries.detail(base.id());
    changes.created(detail);
    return detail;
  }

  /**
   * {@link #register} for many drafts: every draft checked first (codes against the company and against each other,
   * sales reps and companies looked up once each), then written; the details read back in a few queries and the
   * audit records appended as one batch.
   */
  @Override
  public List<CustomerDetail> registerAll(List<CustomerDraft> drafts) {
    record Checked(CustomerDraft draft, CustomerData data, DraftChildren children) {}
    Map<UUID, Boolean> reps = new HashMap<>();
    Set<CompanyId> companiesSeen = new HashSet<>();
    Map<CompanyId, Set<String>> codes = new HashMap<>();
    List<Checked> checked = new ArrayList<>(drafts.size());
    for (CustomerDraft d : drafts) {
      Checks c = new Checks();
      c.required("companyId", d.companyId());
      if (!CustomerValidator.validCode(d.code())) {
        c.add("code", CustomersError.CUSTOMERS_INVALID_CODE, String.valueOf(d.code()));
      }
      CustomerData data = validator.header(d.data() == null ? EMPTY : d.data(), false, null, c, reps);
      DraftChildren children = DraftChildren.validate(d, data.country(), c);
      c.throwIfAny();
      if (companiesSeen.add(d.companyId())) {
        companies.get(d.companyId());
      }
      CreditDecisions.check(null, data, CurrentActor.get());
      if (!codes.computeIfAbsent(d.companyId(), k -> new HashSet<>()).add(d.code())) {
        throw new OpenArException(CustomersError.CUSTOMERS_CODE_TAKEN, d.code()).onField("code");
      }
      requireAccountsFree(d.companyId(), children.accounts());
      checked.add(new Checked(d, data, children));
    }
    codes.forEach((company, wanted) -> customers.findByCodes(company, wanted).keySet().stream().findFirst()
        .ifPresent(code -> {
          throw new OpenArException(CustomersError.CUSTOMERS_CODE_TAKEN, code).onField("code");
        }));
    List<CustomerId> ids = new ArrayList<>(checked.size());
    for (Checked k : checked) {
      CustomerDraft d = k.draft();
      CustomerView base = new CustomerView(new CustomerId(Ids.newId()), d.companyId(), d.code(), null, null, null,
          null, null, null, null, null, List.of(), 0);
      CustomerSummary created = CustomerFields.summary(base, k.data(), 0);
      customers.insert(created, clock.instant());
      contacts.insertAll(base.id(), k.children().contacts(), k.children().addresses());
      paymentIds.insertAll(created, k.children().accounts(), k.children().aliases());
      ids.add(base.id());
    }
    Map<CustomerId, CustomerDetail> details = queries.details(ids);
    List<CustomerDetail> result = ids.stream().map(details::get).toList();
    changes.createdAll(result);
    return result;
  }

  @Override
  public CustomerSummary update(CustomerId id, long expectedVersion, CustomerData data) {
    CustomerSummary before = changes.lock(id);
    if (before.customer().version() != expectedVersion) {
      throw new OpenArException(CustomersError.CUSTOMERS_STALE_VERSION, before.customer().version())
          .onField("version");
    }
    Checks c = new Checks();
    CustomerData clean = validator.header(data == null ? EMPTY : data, true, before.customer().salesRepId(), c);
    c.throwIfAny();
    CreditDecisions.check(before, clean, CurrentActor.get());
    return apply(before, clean, "updated");
  }

  @Override
  public CustomerSummary deactivate(CustomerId id) {
    CustomerSummary before = changes.lock(id);
    CustomerData inactive = CustomerFields.withStatus(CustomerFields.data(before), CustomerStatus.INACTIVE);
    CreditDecisions.check(before, inactive, CurrentActor.get());
    return apply(before, inactive, "deactivated");
  }

  /** Writes the new fields with the next version and records the change; nothing happens when nothing differs. */
  CustomerSummary apply(CustomerSummary before, CustomerData data, String action) {
    long version = before.customer().version();
    CustomerSummary after = CustomerFields.summary(before.customer(), data, version + 1);
    Set<String> changed = CustomerFields.changed(before, after);
    if (changed.isEmpty()) {
      return before;
    }
    if (!customers.update(after, version, clock.instant())) {
      throw new OpenArException(CustomersError.CUSTOMERS_STALE_VERSION, version);
    }
    changes.changed(after.customer(), action, before, after, changed);
    return after;
  }

  private void requireAccountsFree(CompanyId company, List<CleanAccount> accounts) {
    for (int i = 0; i < accounts.size(); i++) {
      CleanAccount a = accounts.get(i);
      int index = i;
      paymentIds.holderCode(company, a.key()).ifPresent(code -> {
        throw new OpenArException(CustomersError.CUSTOMERS_BANK_ACCOUNT_TAKEN, a.data().accountNumber(), code)
            .onField("bankAccounts[" + index + "].accountNumber");
      });
    }
  }

  @Override
  public ContactView addContact(CustomerId id, ContactData contact) {
    return contacts.addContact(id, contact);
  }

  @Override
  public ContactView updateContact(CustomerId id, ContactId contactId, long expectedVersion, ContactData contact) {
    return contacts.updateContact(id, contactId, expectedVersion, contact);
  }

  @Override
  public void removeContact(CustomerId id, ContactId contactId) {
    contacts.removeContact(id, contactId);
  }

  @Override
  public AddressView addAddress(CustomerId id, AddressData address) {
    return contacts.addAddress(id, address);
  }

  @Override
  public AddressView updateAddress(CustomerId id, AddressId addressId, long expectedVersion, AddressData address) {
    return contacts.updateAddress(id, addressId, expectedVersion, address);
  }

  @Override
  public void removeAddress(CustomerId id, AddressId addressId) {
    contacts.removeAddress(id, addressId);
  }

  @Override
  public BankAccountView addBankAccount(CustomerId id, BankAccountData account) {
    return paymentIds.addBankAccount(id, account);
  }

  @Override
  public BankAccountView updateBankAccount(CustomerId id, BankAccountId accountId, long expectedVersion,
      BankAccountData account) {
    return paymentIds.updateBankAccount(id, accountId, expectedVersion, account);
  }

  @Override
  public void removeBankAccount(CustomerId id, BankAccountId accountId) {
    paymentIds.removeBankAccount(id, accountId);
  }

  @Override
  public PayerAliasView addAlias(CustomerId id, String name) {
    return paymentIds.addAlias(id, name);
  }

  @Override
  public void removeAlias(CustomerId id, PayerAliasId aliasId) {
    paymentIds.removeAlias(id, aliasId);
  }
}
