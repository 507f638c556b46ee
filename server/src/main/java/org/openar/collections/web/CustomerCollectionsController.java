package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.collections.CollectionsError;
import org.openar.collections.CollectionsProfiles;
import org.openar.collections.ContactChannel;
import org.openar.collections.DunningStrategies;
import org.openar.collections.StrategyId;
import org.openar.collections.TimelineEntry;
import org.openar.collections.Worklists;
import org.openar.collections.web.Responses.ProfileResponse;
import org.openar.collections.web.Responses.StrategyResponse;
import org.openar.customers.ContactId;
import org.openar.customers.CustomerId;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's collections settings (overrides, block, opt-outs), its strategy, worklist line and timeline. */
@RestController
@RequestMapping("/api/v1/collections/customers/{customerId}")
@Tag(name = "Customer collections", description = "Profile, dunning block, opt-outs, strategy, timeline")
public class CustomerCollectionsController {

  private final CollectionsProfiles profiles;
  private final DunningStrategies strategies;
  private final Worklists worklists;

  public CustomerCollectionsController(CollectionsProfiles profiles, DunningStrategies strategies,
      Worklists worklists) {
    this.profiles = profiles;
    this.strategies = strategies;
    this.worklists = worklists;
  }

  record ProfileRequest(@NotNull Long version, UUID strategyId, UUID collectorId, String timeZone) {}

  record BlockRequest(String reason, LocalDate until) {}

  record OptOutRequest(@NotNull UUID contactId, @NotNull ContactChannel channel, String reason) {}

  @GetMapping("/profile")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Strategy and collector overrides, time zone, dunning block, next action, opt-outs")
  public ProfileResponse profile(@PathVariable UUID customerId) {
    return ProfileResponse.of(profiles.profile(new CustomerId(customerId)));
  }

  @PutMapping("/profile")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Set the overrides and time zone (null clears an override); version is the one edited")
  public ProfileResponse update(@PathVariable UUID customerId, @Valid @RequestBody ProfileRequest body) {
    return ProfileResponse.of(profiles.update(new CustomerId(customerId), body.version(),
        body.strategyId() == null ? null : new StrategyId(body.strategyId()), body.collectorId(),
        zone(body.timeZone())));
  }

  @PostMapping("/block")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Block dunning with a reason until a date (inclusive; none: until lifted)")
  public ProfileResponse block(@PathVariable UUID customerId, @RequestBody BlockRequest body) {
    return ProfileResponse.of(profiles.block(new CustomerId(customerId), body.reason(), body.until()));
  }

  @DeleteMapping("/block")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Lift the dunning block")
  public ProfileResponse unblock(@PathVariable UUID customerId) {
    return ProfileResponse.of(profiles.unblock(new CustomerId(customerId)));
  }

  @PostMapping("/opt-outs")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "A contact does not want to be reached on a channel")
  public ProfileResponse optOut(@PathVariable UUID customerId, @Valid @RequestBody OptOutRequest body) {
    return ProfileResponse.of(profiles.optOut(new CustomerId(customerId), new ContactId(body.contactId()),
        body.channel(), body.reason()));
  }

  @DeleteMapping("/opt-outs/{contactId}/{channel}")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Remove an opt-out")
  public ProfileResponse optIn(@PathVariable UUID customerId, @PathVariable UUID contactId,
      @PathVariable ContactChannel channel) {
    return ProfileResponse.of(profiles.optIn(new CustomerId(customerId), new ContactId(contactId), channel));
  }

  @GetMapping("/strategy")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The strategy the customer is dunned with today (override or best match); null when none")
  public Map<String, StrategyResponse> strategy(@PathVariable UUID customerId) {
    profiles.profile(new CustomerId(customerId));
    StrategyResponse s = strategies.forCustomer(new CustomerId(customerId)).map(StrategyResponse::of).orElse(null);
    return java.util.Collections.singletonMap("strategy", s);
  }

  @GetMapping("/worklist-entry")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The customer's worklist line: overdue, promises, tasks, score with its breakdown")
  public WorkResponses entry(@PathVariable UUID customerId) {
    return WorkResponses.of(worklists.entry(new CustomerId(customerId)));
  }

  @GetMapping("/timeline")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Decisions and messages, activities, tasks, promises, disputes, placements, charges; newest first")
  public List<TimelineEntry> timeline(@PathVariable UUID customerId,
      @RequestParam(required = false, defaultValue = "200") int limit) {
    return profiles.timeline(new CustomerId(customerId), limit);
  }

  static ZoneId zone(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new OpenArException(CollectionsError.COLLECTIONS_INVALID_TIME_ZONE, id).onField("timeZone");
    }
  }
}
