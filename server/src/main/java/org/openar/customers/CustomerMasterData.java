package org.openar.customers;

import java.util.List;
import java.util.UUID;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Editing the customer master: the REST API and imports use this. Every change is validated field by field (all
 * mistakes reported at once, with JSON paths such as {@code contacts[1].email}), audited with before and after in the
 * same transaction, and announced as {@link CustomerCreated} or {@link CustomerChanged}.
 *
 * <p>Setting or changing {@code tier} or {@code creditLimit}, and blocking or unblocking, are credit decisions: only an
 * ADMIN or CREDIT_MANAGER (or the system) may make them (CUSTOMERS_CREDIT_DECISION_REQUIRED otherwise).
 */
public interface CustomerMasterData {

  /** Creates a customer with its addresses, contacts, bank accounts and payer aliases in one transaction. */
  CustomerDetail register(CustomerDraft draft);

  /**
   * Registers many customers in one transaction, each exactly as {@link #register} would (same checks, rows, audit
   * record and event), with the look-ups shared and the audit records appended as one batch. All or nothing: the
   * first refused draft throws (a code used twice in the call is CUSTOMERS_CODE_TAKEN). In request order.
   */
  java.util.List<CustomerDetail> registerAll(java.util.List<CustomerDraft> drafts);

  /**
   * Replaces the editable fields of the customer record (code and company never change).
   *
   * @throws org.openar.shared.error.OpenArException CUSTOMERS_STALE_VERSION when {@code expectedVersion} is not the
   *     current version
   */
  CustomerSummary update(CustomerId id, long expectedVersion, CustomerData data);

  /**
   * Sets the status to INACTIVE (customers are never deleted); a no-op when already inactive. Deactivating a BLOCKED
   * customer lifts the block, so it is a credit decision too.
   */
  CustomerSummary deactivate(CustomerId id);

  ContactView addContact(CustomerId id, ContactData contact);

  ContactView updateContact(CustomerId id, ContactId contactId, long expectedVersion, ContactData contact);

  void removeContact(CustomerId id, ContactId contactId);

  AddressView addAddress(CustomerId id, AddressData address);

  AddressView updateAddress(CustomerId id, AddressId addressId, long expectedVersion, AddressData address);

  void removeAddress(CustomerId id, AddressId addressId);

  BankAccountView addBankAccount(CustomerId id, BankAccountData account);

  BankAccountView updateBankAccount(CustomerId id, BankAccountId accountId, long expectedVersion,
      BankAccountData account);

  void removeBankAccount(CustomerId id, BankAccountId accountId);

  /** Adds a payer name typed by a user; CUSTOMERS_ALIAS_EXISTS when the customer already has it. */
  PayerAliasView addAlias(CustomerId id, String name);

  void removeAlias(CustomerId id, PayerAliasId aliasId);

  /**
   * The editable fields of a customer record. Defaults when null: country CN, tier B, status ACTIVE, payment terms
   * NET30; a null credit limit means no limit. {@code paymentTerms} is the compact text ({@code 2/10,NET30}).
   */
  record CustomerData(String nameZh, String nameEn, String taxId, String country, String region, Tier tier,
      Money creditLimit, String paymentTerms, UUID salesRepId, CustomerStatus status, List<String> tags) {}

  record CustomerDraft(CompanyId companyId, String code, CustomerData data, List<AddressData> addresses,
      List<ContactData> contacts, List<BankAccountData> bankAccounts, List<String> aliases) {}

  /** {@code language} zh-CN or en (default: zh-CN for a customer in CN, else en); {@code role} default BILLING. */
  record ContactData(String name, String email, String phone, String language, ContactRole role, Boolean primary) {}

  /** {@code country} defaults to the customer's country. */
  record AddressData(AddressType type, String country, String province, String city, String district, String line,
      String postcode) {}

  record BankAccountData(String accountNumber, String bankName, String holderName, String bic, CurrencyCode currency) {}
}
