package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.openar.collections.PromiseId;
import org.openar.collections.Promises;
import org.openar.collections.web.Responses.PromiseResponse;
import org.openar.shared.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/collections/promises")
@Tag(name = "Promises to pay", description = "One promise; cancelling a promise recorded by mistake")
public class PromiseController {

  private final Promises promises;

  public PromiseController(Promises promises) {
    this.promises = promises;
  }

  record CancelRequest(String reason) {}

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "One promise with what was paid on it")
  public PromiseResponse get(@PathVariable UUID id) {
    return PromiseResponse.of(promises.get(new PromiseId(id)));
  }

  @PostMapping("/{id}/cancellation")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Cancel an open promise (recorded by mistake); it counts neither as kept nor as broken")
  public PromiseResponse cancel(@PathVariable UUID id, @RequestBody CancelRequest body) {
    return PromiseResponse.of(promises.cancel(new PromiseId(id), body.reason()));
  }
}
