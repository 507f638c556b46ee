package org.openar.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openar.customers.BankAccountId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.PayerAliasId;
import org.openar.customers.app.CustomerQueries;
import org.openar.customers.web.CustomerRequests.AliasRequest;
import org.openar.customers.web.CustomerRequests.BankAccountRequest;
import org.openar.customers.web.CustomerResponses.AliasResponse;
import org.openar.customers.web.CustomerResponses.BankAccountResponse;
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
@Tag(name = "Customer bank accounts and payer names", description = "What cash application recognises payers by")
public class CustomerPaymentIdsController {

  private final CustomerMasterData masterData;
  private final CustomerQueries queries;

  public CustomerPaymentIdsController(CustomerMasterData masterData, CustomerQueries queries) {
    this.masterData = masterData;
    this.queries = queries;
  }

  @GetMapping("/bank-accounts")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The accounts the customer pays from")
  public List<BankAccountResponse> bankAccounts(@PathVariable UUID id) {
    queries.requireVisible(new CustomerId(id), CurrentActor.get());
    return queries.bankAccounts(new CustomerId(id)).stream().map(BankAccountResponse::of).toList();
  }

  @PostMapping("/bank-accounts")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a bank account (IBANs are checksum-validated; unique per company)")
  public BankAccountResponse addBankAccount(@PathVariable UUID id, @RequestBody BankAccountRequest body) {
    return BankAccountResponse.of(masterData.addBankAccount(new CustomerId(id), body.toData()));
  }

  @PutMapping("/bank-accounts/{accountId}")
  @PreAuthorize(Access.MASTER_DATA)
  @Operation(summary = "Replace a bank account; send the version you read (409 when stale)")
  public BankAccountResponse updateBankAccount(@PathVariable UUID id, @PathVariable UUID accountId,
      @RequestBody BankAccountRequest body) {
    return BankAccountResponse.of(masterData.updateBankAccount(new CustomerId(id), new BankAccountId(accountId),
        CustomerRequests.version(body.version()), body.toData()));
  }

  @DeleteMapping("/bank-accounts/{accountId}")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a bank account (the audit trail keeps what it was)")
  public void removeBankAccount(@PathVariable UUID id, @PathVariable UUID accountId) {
    masterData.removeBankAccount(new CustomerId(id), new BankAccountId(accountId));
  }

  @GetMapping("/aliases")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The payer names the customer's payments arrive under")
  public List<AliasResponse> aliases(@PathVariable UUID id) {
    queries.requireVisible(new CustomerId(id), CurrentActor.get());
    return queries.aliases(new CustomerId(id)).stream().map(AliasResponse::of).toList();
  }

  @PostMapping("/aliases")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a payer name (409 when the customer already has it)")
  public AliasResponse addAlias(@PathVariable UUID id, @RequestBody AliasRequest body) {
    return AliasResponse.of(masterData.addAlias(new CustomerId(id), body.name()));
  }

  @DeleteMapping("/aliases/{aliasId}")
  @PreAuthorize(Access.MASTER_DATA)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a payer name (the audit trail keeps what it was)")
  public void removeAlias(@PathVariable UUID id, @PathVariable UUID aliasId) {
    masterData.removeAlias(new CustomerId(id), new PayerAliasId(aliasId));
  }
}
