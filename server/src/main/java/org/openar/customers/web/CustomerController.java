package org.openar.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerSearch;
import org.openar.customers.CustomerStatus;
import org.openar.customers.Tier;
import org.openar.customers.app.CreditLimitRequests;
import org.openar.customers.app.CustomerQueries;
import org.openar.customers.persistence.CustomerSearchRepository;
import org.openar.customers.web.CustomerRequests.CreateCustomer;
import org.openar.customers.web.CustomerRequests.CreditLimitRequest;
import org.openar.customers.web.CustomerRequests.UpdateCustomer;
import org.openar.customers.web.CustomerResponses.CustomerListItem;
import org.openar.customers.web.CustomerResponses.CustomerResponse;
import org.openar.identity.ApprovalView;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.openar.shared.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customer master: search, 360° view, create, update, deactivate")
public class CustomerController {

  private static final int MAX_QUERY_LENGTH = 200;

  private final CustomerMasterData masterData;
  private final CustomerQueries queries;
  private final CreditLimitRequests creditLimits;

  public CustomerController(CustomerMasterData masterData, CustomerQueries queries,
      CreditLimitRequests creditLimits) {
    this.masterData = masterData;
    this.queries = queries;
    this.creditLimits = creditLimits;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "Search customers (a SALES_REP sees only its own)",
      description = "q matches code, Chinese and English name, tax id and payer names. Sort by code, nameZh, nameEn,"
          + " tier, status, region, country, creditLimit, createdAt or updatedAt; prefix - for descending.")
  public Page<CustomerListItem> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID companyId,
      @Parameter(description = "one or more of A, B, C") @RequestParam(required = false) List<Tier> tier,
      @RequestParam(required = false) List<CustomerStatus> status,
      @RequestParam(required = false) UUID salesRepId,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw new OpenArException(SharedError.INVALID_VALUE, "q", q.substring(0, 20) + "...").onField("q");
    }
    PageQuery pq = PageQuery.of(page, size, sort, CustomerSearchRepository.SORT_FIELDS, "code");
    CustomerSearch criteria = new CustomerSearch(q, companyId == null ? null : new CompanyId(companyId), tier, status,
        salesRepId, tag, region, country);
    return queries.search(criteria, pq, CurrentActor.get()).map(CustomerListItem::of);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The 360° view of a customer: record, addresses, contacts, bank accounts, payer names")
  public CustomerResponse get(@PathVariable UUID id) {
    return CustomerResponse.of(queries.detail(new CustomerId(id), CurrentActor.get()));
  }

  @PostMapping
  @PreAuthorize(Access.MASTER_DATA)
  @Operation(summary = "Create a customer with its addresses, contacts, bank accounts and payer names")
  public ResponseEntity<CustomerResponse> create(@RequestBody CreateCustomer body) {
    CustomerDetail created = masterData.register(body.toDraft());
    return ResponseEntity.created(URI.create("/api/v1/customers/" + created.customer().id()))
        .body(CustomerResponse.of(created));
  }

  @PutMapping("/{id}")
  @PreAuthorize(Access.MASTER_DATA)
  @Operation(summary = "Replace the customer's editable fields; send the version you read (409 when stale)")
  public CustomerResponse update(@PathVariable UUID id, @RequestBody UpdateCustomer body) {
    CustomerId customer = new CustomerId(id);
    masterData.update(customer, CustomerRequests.version(body.version()), body.toData());
    return CustomerResponse.of(queries.detail(customer));
  }

  @PostMapping("/{id}/deactivate")
  @PreAuthorize(Access.MASTER_DATA)
  @Operation(summary = "Set the customer INACTIVE (customers are never deleted)")
  public CustomerResponse deactivate(@PathVariable UUID id) {
    CustomerId customer = new CustomerId(id);
    masterData.deactivate(customer);
    return CustomerResponse.of(queries.detail(customer));
  }

  @PostMapping("/{id}/credit-limit-requests")
  @PreAuthorize(Access.REQUEST_APPROVAL)
  @Operation(summary = "Ask for a new credit limit with a reason (maker-checker); applied once a checker approves",
      description = "A credit manager or controller decides (above 5,000,000.00 CNY or in another currency: a"
          + " controller). One request per customer may be pending (409).")
  public ResponseEntity<ApprovalView> requestCreditLimit(@PathVariable UUID id, @RequestBody CreditLimitRequest body) {
    ApprovalView approval = creditLimits.request(new CustomerId(id), body.creditLimit(), body.reason());
    return ResponseEntity.created(URI.create("/api/v1/approvals/" + approval.id().value())).body(approval);
  }
}
