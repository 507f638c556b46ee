package org.openar.customers.app;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.openar.customers.AddressId;
import org.openar.customers.AddressType;
import org.openar.customers.AddressView;
import org.openar.customers.ContactId;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomersError;
import org.openar.customers.persistence.AddressRepository;
import org.openar.customers.persistence.ContactRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts and addresses of a customer. Each change locks the customer, so "one primary contact" holds. */
@Service
@Transactional
public class ContactService {

  static final int MAX_PER_CUSTOMER = 50;
  private static final Set<String> CONTACTS = Set.of("contacts");
  private static final Set<String> ADDRESSES = Set.of("addresses");

  private final ContactRepository contacts;
  private final AddressRepository addresses;
  private final CustomerChanges changes;
  private final Clock clock;

  public ContactService(ContactRepository contacts, AddressRepository addresses, CustomerChanges changes,
      Clock clock) {
    this.contacts = contacts;
    this.addresses = addresses;
    this.changes = changes;
    this.clock = clock;
  }

  public ContactView addContact(CustomerId id, ContactData data) {
    CustomerSummary owner = changes.lock(id);
    ContactData clean = validContact(data, owner);
    List<ContactView> existing = contacts.of(id);
    if (existing.size() >= MAX_PER_CUSTOMER) {
      throw new OpenArException(CustomersError.CUSTOMERS_TOO_MANY, "contacts", MAX_PER_CUSTOMER);
    }
    ContactView view = contact(new ContactId(Ids.newId()), id, clean, 0);
    if (view.primary()) {
      demotePrimary(owner, existing, view.id());
    }
    contacts.insert(view, clock.instant());
    changes.changed(owner.customer(), "contact-added", null, view, CONTACTS);
    return view;
  }

  public ContactView updateContact(CustomerId id, ContactId contactId, long expectedVersion, ContactData data) {
    CustomerSummary owner = changes.lock(id);
    ContactView before = contacts.find(id, contactId)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_CONTACT_NOT_FOUND, contactId));
    requireVersion(before.version(), expectedVersion);
    ContactView after = contact(contactId, id, validContact(data, owner), before.version() + 1);
    if (after.equals(contact(contactId, id, asData(before), before.version() + 1))) {
      return before;
    }
    if (after.primary() && !before.primary()) {
      demotePrimary(owner, contacts.of(id), contactId);
    }
    contacts.update(after, expectedVersion, clock.instant());
    changes.changed(owner.customer(), "contact-updated", before, after, CONTACTS);
    return after;
  }

  public void removeContact(CustomerId id, ContactId contactId) {
    CustomerSummary owner = changes.lock(id);
    ContactView before = contacts.find(id, contactId)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_CONTACT_NOT_FOUND, contactId));
    contacts.delete(contactId);
    changes.changed(owner.customer(), "contact-removed", before, null, CONTACTS);
  }

  public AddressView addAddress(CustomerId id, AddressData data) {
    CustomerSummary owner = changes.lock(id);
    AddressData clean = validAddress(data, owner);
    List<AddressView> existing = addresses.of(id);
    if (existing.size() >= MAX_PER_CUSTOMER) {
      throw new OpenArException(CustomersError.CUSTOMERS_TOO_MANY, "addresses", MAX_PER_CUSTOMER);
    }
    requireTypeFree(existing, clean.type(), null);
    AddressView view = address(new AddressId(Ids.newId()), id, clean, 0);
    addresses.insert(view, clock.instant());
    changes.changed(owner.customer(), "address-added", null, view, ADDRESSES);
    return view;
  }

  public AddressView updateAddress(CustomerId id, AddressId addressId, long expectedVersion, AddressData data) {
    CustomerSummary owner = changes.lock(id);
    AddressView before = addresses.find(id, addressId)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_ADDRESS_NOT_FOUND, addressId));
    requireVersion(before.version(), expectedVersion);
    AddressView after = address(addressId, id, validAddress(data, owner), before.version() + 1);
    if (after.equals(new AddressView(addressId, id, before.type(), before.country(), before.province(),
        before.city(), before.district(), before.line(), before.postcode(), before.version() + 1))) {
      return before;
    }
    requireTypeFree(addresses.of(id), after.type(), addressId);
    addresses.update(after, expectedVersion, clock.instant());
    changes.changed(owner.customer(), "address-updated", before, after, ADDRESSES);
    return after;
  }

  public void removeAddress(CustomerId id, AddressId addressId) {
    CustomerSummary owner = changes.lock(id);
    AddressView before = addresses.find(id, addressId)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_ADDRESS_NOT_FOUND, addressId));
    addresses.delete(addressId);
    changes.changed(owner.customer(), "address-removed", before, null, ADDRESSES);
  }

  /** Inserts the already validated children of a new customer (audited as part of its creation). */
  void insertAll(CustomerId id, List<ContactData> newContacts, List<AddressData> newAddresses) {
    newContacts.forEach(c -> contacts.insert(contact(new ContactId(Ids.newId()), id, c, 0), clock.instant()));
    newAddresses.forEach(a -> addresses.insert(address(new AddressId(Ids.newId()), id, a, 0), clock.instant()));
  }

  static void requireVersion(long current, long expected) {
    if (current != expected) {
      throw new OpenArException(CustomersError.CUSTOMERS_STALE_RECORD_VERSION, current).onField("version");
    }
  }

  private void demotePrimary(CustomerSummary owner, List<ContactView> existing, ContactId keep) {
    for (ContactView c : existing) {
      if (c.primary() && !c.id().equals(keep)) {
        ContactView demoted = new ContactView(c.id(), c.customerId(), c.name(), c.email(), c.phone(), c.language(),
            c.role(), false, c.version() + 1);
        contacts.update(demoted, c.version(), clock.instant());
        changes.changed(owner.customer(), "contact-updated", c, demoted, CONTACTS);
      }
    }
  }

  private static void requireTypeFree(List<AddressView> existing, AddressType type, AddressId self) {
    if (type != AddressType.SHIPPING
        && existing.stream().anyMatch(a -> a.type() == type && !a.id().equals(self))) {
      throw new OpenArException(CustomersError.CUSTOMERS_ADDRESS_TYPE_TAKEN, type).onField("type");
    }
  }

  private static ContactData validContact(ContactData data, CustomerSummary owner) {
    Checks c = new Checks();
    ContactData clean = ChildValidator.contact("", data, owner.country(), c);
    c.throwIfAny();
    return clean;
  }

  private static AddressData validAddress(AddressData data, CustomerSummary owner) {
    Checks c = new Checks();
    AddressData clean = ChildValidator.address("", data, owner.country(), c);
    c.throwIfAny();
    return clean;
  }

  private static ContactData asData(ContactView v) {
    return new ContactData(v.name(), v.email(), v.phone(), v.language(), v.role(), v.primary());
  }

  private static ContactView contact(ContactId id, CustomerId customer, ContactData d, long version) {
    return new ContactView(id, customer, d.name(), d.email(), d.phone(), d.language(), d.role(), d.primary(), version);
  }

  private static AddressView address(AddressId id, CustomerId customer, AddressData d, long version) {
    return new AddressView(id, customer, d.type(), d.country(), d.province(), d.city(), d.district(), d.line(),
        d.postcode(), version);
  }
}
