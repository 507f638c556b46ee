package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.collections.ActivityKind;
import org.openar.collections.AgencyId;
import org.openar.collections.CallOutcome;
import org.openar.collections.ChargeTerms;
import org.openar.collections.LateCharges;
import org.openar.collections.Placements;
import org.openar.collections.PromiseChannel;
import org.openar.collections.Promises;
import org.openar.collections.Promises.NewPromise;
import org.openar.collections.Promises.PromiseRate;
import org.openar.collections.TaskId;
import org.openar.collections.TaskKind;
import org.openar.collections.Worklists;
import org.openar.collections.Worklists.NewActivity;
import org.openar.collections.web.Responses.ActivityResponse;
import org.openar.collections.web.Responses.ChargeResponse;
import org.openar.collections.web.Responses.PlacementResponse;
import org.openar.collections.web.Responses.PromiseResponse;
import org.openar.collections.web.Responses.TaskResponse;
import org.openar.customers.ContactId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;
import org.openar.shared.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Work on one customer: activities, tasks, promises to pay, placements, late charges and their terms. */
@RestController
@RequestMapping("/api/v1/collections/customers/{customerId}")
@Tag(name = "Customer collections work", description = "Activities, tasks, promises, placements, charges")
public class CustomerWorkController {

  private final Worklists worklists;
  private final Promises promises;
  private final Placements placements;
  private final LateCharges charges;

  public CustomerWorkController(Worklists worklists, Promises promises, Placements placements, LateCharges charges) {
    this.worklists = worklists;
    this.promises = promises;
    this.placements = placements;
    this.charges = charges;
  }

  record ActivityRequest(@NotNull ActivityKind kind, CallOutcome outcome, UUID contactId, String note,
      Instant occurredAt, LocalDate nextActionDate, UUID taskId, String templateKey) {}

  record TaskRequest(TaskKind kind, LocalDate dueDate, String note) {}

  record PromiseRequest(@NotNull Money amount, @NotNull LocalDate promisedDate, Integer graceDays,
      @NotNull PromiseChannel channel, String promisedBy, String note, List<UUID> items) {}

  record PlaceRequest(@NotNull UUID agencyId, List<UUID> items, LocalDate placedOn, BigDecimal commissionPercent,
      String note) {}

  record TermsRequest(@NotNull Long version, Money lateFeeFixed, BigDecimal lateFeePercent, Money feeCap,
      BigDecimal annualInterestPercent, BigDecimal interestCapPercent, Integer graceDays, Money minCharge) {
    ChargeTerms terms() {
      return new ChargeTerms(lateFeeFixed, lateFeePercent, feeCap, annualInterestPercent, interestCapPercent,
          graceDays == null ? 0 : graceDays, minCharge, version);
    }
  }

  @GetMapping("/activities")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Logged activities, newest first")
  public List<ActivityResponse> activities(@PathVariable UUID customerId,
      @RequestParam(required = false, defaultValue = "100") int limit) {
    return worklists.activities(new CustomerId(customerId), limit).stream().map(ActivityResponse::of).toList();
  }

  @PostMapping("/activities")
  @PreAuthorize(Access.COLLECT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Log a call (with outcome), note, visit or e-mail; an e-mail with templateKey is sent")
  public ActivityResponse log(@PathVariable UUID customerId, @Valid @RequestBody ActivityRequest b) {
    return ActivityResponse.of(worklists.logActivity(new CustomerId(customerId), new NewActivity(b.kind(),
        b.outcome(), b.contactId() == null ? null : new ContactId(b.contactId()), b.note(), b.occurredAt(),
        b.nextActionDate(), b.taskId() == null ? null : new TaskId(b.taskId()), b.templateKey())));
  }

  @PostMapping("/tasks")
  @PreAuthorize(Access.COLLECT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Open a follow-up task for the customer's collector")
  public TaskResponse task(@PathVariable UUID customerId, @RequestBody TaskRequest b) {
    return TaskResponse.of(worklists.addTask(new CustomerId(customerId), b.kind(), b.dueDate(), b.note()));
  }

  @GetMapping("/promises")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Promises to pay, newest first")
  public List<PromiseResponse> promises(@PathVariable UUID customerId) {
    return promises.ofCustomer(new CustomerId(customerId)).stream().map(PromiseResponse::of).toList();
  }

  @GetMapping("/promises/rate")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Promise-keeping rate over 12 months: kept / (kept + broken)")
  public PromiseRate rate(@PathVariable UUID customerId) {
    return promises.rate(new CustomerId(customerId));
  }

  @PostMapping("/promises")
  @PreAuthorize(Access.COLLECT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a promise to pay; its items pause dunning until the promised date plus grace")
  public PromiseResponse promise(@PathVariable UUID customerId, @Valid @RequestBody PromiseRequest b) {
    return PromiseResponse.of(promises.make(new CustomerId(customerId), new NewPromise(b.amount(), b.promisedDate(),
        b.graceDays(), b.channel(), b.promisedBy(), b.note(),
        b.items() == null ? List.of() : b.items().stream().map(ItemId::new).toList())));
  }

  @PostMapping("/placements")
  @PreAuthorize(Access.COLLECT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Place items (default: every overdue undisputed one) with an agency or lawyer")
  public PlacementResponse place(@PathVariable UUID customerId, @Valid @RequestBody PlaceRequest b) {
    return PlacementResponse.of(placements.place(new CustomerId(customerId), new AgencyId(b.agencyId()),
        b.items() == null ? List.of() : b.items().stream().map(ItemId::new).toList(), b.placedOn(),
        b.commissionPercent(), b.note()));
  }

  @GetMapping("/charges")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Late fees and interest charged, newest first")
  public List<ChargeResponse> charges(@PathVariable UUID customerId) {
    return charges.ofCustomer(new CustomerId(customerId)).stream().map(ChargeResponse::of).toList();
  }

  @GetMapping("/charges/due")
  @PreAuthorize(Access.READ)
  @Operation(summary = "What the terms would charge as of a date (default today), without posting")
  public List<ChargeResponse> due(@PathVariable UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf) {
    return charges.due(new CustomerId(customerId), asOf).stream().map(ChargeResponse::of).toList();
  }

  @GetMapping("/charge-terms")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The late-fee and interest terms in force (the customer's own, else the company's)")
  public ChargeTerms terms(@PathVariable UUID customerId) {
    return charges.termsFor(new CustomerId(customerId));
  }

  @PutMapping("/charge-terms")
  @PreAuthorize(Access.CREDIT)
  @Operation(summary = "Give the customer its own terms; version is the one edited (0: none yet)")
  public ChargeTerms saveTerms(@PathVariable UUID customerId, @Valid @RequestBody TermsRequest b) {
    return charges.saveCustomerTerms(new CustomerId(customerId), b.version(), b.terms());
  }

  @DeleteMapping("/charge-terms")
  @PreAuthorize(Access.CREDIT)
  @Operation(summary = "Remove the customer's own terms (the company's apply again)")
  public ChargeTerms removeTerms(@PathVariable UUID customerId) {
    return charges.saveCustomerTerms(new CustomerId(customerId), 0, null);
  }
}
