package org.openar.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openar.customers.AddressId;
import org.openar.customers.ContactId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.app.CustomerQueries;
import org.openar.customers.web.CustomerRequests.AddressRequest;
import org.openar.customers.web.CustomerRequests.ContactRequest;
import org.openar.customers.web.CustomerResponses.AddressResponse;
import org.openar.customers.web.CustomerResponses.ContactResponse;
import org.openar.shared.security.Access;
import org.openar.shared.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers/{id}")
@Tag(name = "Customer contacts and addresses")
public class CustomerContactsController {

  private final CustomerMasterData masterData;
  private final CustomerQueries queries;

  public CustomerContactsController(CustomerMasterData masterData, CustomerQueries queries) {
    this.masterData = masterData;
    this.queries = queries;
  }

  @GetMapping("/contacts")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The customer's contacts, primary first")
  public List<ContactResponse> contacts(@PathVariable UUID id) {
    queries.requireVisible(new CustomerId(id), CurrentActor.get());
    return queries.contacts(new CustomerId(id)).stream().map(ContactResponse::of).toList();
  }

  @PostMapping("/contacts")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a contact; making it primary demotes the previous primary contact")
  public ContactResponse addContact(@PathVariable UUID id, @RequestBody ContactRequest body) {
    return ContactResponse.of(masterData.addContact(new CustomerId(id), body.toData()));
  }

  @PutMapping("/contacts/{contactId}")
  @PreAuthorize(Access.MASTER_DATA)
  @Operation(summary = "Replace a contact; send the version you read (409 when stale)")
  public ContactResponse updateContact(@PathVariable UUID id, @PathVariable UUID contactId,
      @RequestBody ContactRequest body) {
    return ContactResponse.of(masterData.updateContact(new CustomerId(id), new ContactId(contactId),
        CustomerRequests.version(body.version()), body.toData()));
  }

  @DeleteMapping("/contacts/{contactId}")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a contact (the audit trail keeps what it was)")
  public void removeContact(@PathVariable UUID id, @PathVariable UUID contactId) {
    masterData.removeContact(new CustomerId(id), new ContactId(contactId));
  }

  @GetMapping("/addresses")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The customer's addresses: registered, billing, then shipping")
  public List<AddressResponse> addresses(@PathVariable UUID id) {
    queries.requireVisible(new CustomerId(id), CurrentActor.get());
    return queries.addresses(new CustomerId(id)).stream().map(AddressResponse::of).toList();
  }

  @PostMapping("/addresses")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an address (one REGISTERED and one BILLING at most, any number of SHIPPING)")
  public AddressResponse addAddress(@PathVariable UUID id, @RequestBody AddressRequest body) {
    return AddressResponse.of(masterData.addAddress(new CustomerId(id), body.toData()));
  }

  @PutMapping("/addresses/{addressId}")
  @PreAuthorize(Access.MASTER_DATA)
  @Operation(summary = "Replace an address; send the version you read (409 when stale)")
  public AddressResponse updateAddress(@PathVariable UUID id, @PathVariable UUID addressId,
      @RequestBody AddressRequest body) {
    return AddressResponse.of(masterData.updateAddress(new CustomerId(id), new AddressId(addressId),
        CustomerRequests.version(body.version()), body.toData()));
  }

  @DeleteMapping("/addresses/{addressId}")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove an address (the audit trail keeps what it was)")
  public void removeAddress(@PathVariable UUID id, @PathVariable UUID addressId) {
    masterData.removeAddress(new CustomerId(id), new AddressId(addressId));
  }
}
