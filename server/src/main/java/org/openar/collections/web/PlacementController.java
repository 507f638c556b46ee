package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.openar.collections.AgencyId;
import org.openar.collections.AgencyView;
import org.openar.collections.PlacementId;
import org.openar.collections.PlacementKind;
import org.openar.collections.PlacementStatus;
import org.openar.collections.Placements;
import org.openar.collections.web.Responses.PlacementResponse;
import org.openar.customers.CustomerId;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Collection agencies and law firms, placements, recalls and recoveries. */
@RestController
@RequestMapping("/api/v1/collections")
@Tag(name = "Placements", description = "Agencies, placements with agencies or lawyers, recoveries and commission")
public class PlacementController {

  private final Placements placements;

  public PlacementController(Placements placements) {
    this.placements = placements;
  }

  record AgencyRequest(@NotNull String name, PlacementKind kind, @NotNull BigDecimal commissionPercent, String email,
      String phone, Boolean active) {}

  record RecallRequest(String reason) {}

  @GetMapping("/agencies")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Agencies and law firms")
  public List<AgencyView> agencies(@RequestParam(required = false, defaultValue = "false") boolean includeInactive) {
    return placements.agencies(includeInactive);
  }

  @PostMapping("/agencies")
  @PreAuthorize(Access.CREDIT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an agency or law firm with its default commission")
  public AgencyView addAgency(@Valid @RequestBody AgencyRequest b) {
    return placements.saveAgency(null, b.name(), b.kind(), b.commissionPercent(), b.email(), b.phone(),
        b.active() == null || b.active());
  }

  @PutMapping("/agencies/{id}")
  @PreAuthorize(Access.CREDIT)
  @Operation(summary = "Change an agency (existing placements keep their commission)")
  public AgencyView updateAgency(@PathVariable UUID id, @Valid @RequestBody AgencyRequest b) {
    return placements.saveAgency(new AgencyId(id), b.name(), b.kind(), b.commissionPercent(), b.email(), b.phone(),
        b.active() == null || b.active());
  }

  @GetMapping("/placements")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Placements, newest first, by customer, agency and status")
  public Page<PlacementResponse> search(@RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) UUID agencyId, @RequestParam(required = false) PlacementStatus status,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return placements.search(customerId == null ? null : new CustomerId(customerId),
        agencyId == null ? null : new AgencyId(agencyId), status, PageQuery.of(page, size))
        .map(PlacementResponse::of);
  }

  @GetMapping("/placements/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "One placement with its items, recoveries and commission")
  public PlacementResponse get(@PathVariable UUID id) {
    return PlacementResponse.of(placements.get(new PlacementId(id)));
  }

  @PostMapping("/placements/{id}/recall")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Take the items back into normal dunning")
  public PlacementResponse recall(@PathVariable UUID id, @RequestBody RecallRequest body) {
    return PlacementResponse.of(placements.recall(new PlacementId(id), body.reason()));
  }
}
