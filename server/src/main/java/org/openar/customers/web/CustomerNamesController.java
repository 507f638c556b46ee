package org.openar.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.persistence.CustomerNameRepository;
import org.openar.customers.persistence.CustomerNameRepository.NameRow;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.security.Access;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Codes and names of the customers a list of other things refers to (receipts, invoices, approvals), in one call per
 * page instead of one per row. A SALES_REP gets only its own customers; unknown ids are simply absent.
 */
@RestController
@Tag(name = "Customers", description = "Customer master: search, 360° view, create, update, deactivate")
public class CustomerNamesController {

  static final int MAX_IDS = 500;

  private final CustomerNameRepository names;

  public CustomerNamesController(CustomerNameRepository names) {
    this.names = names;
  }

  @GetMapping("/api/v1/customers/names")
  @PreAuthorize(Access.READ)
  @Transactional(readOnly = true)
  @Operation(summary = "Codes and names of up to 500 customers by id (repeat id=...), for lists of other records")
  public List<NameRow> names(@RequestParam(name = "id", required = false) List<UUID> ids) {
    Set<UUID> unique = ids == null ? Set.of() : new LinkedHashSet<>(ids);
    if (unique.size() > MAX_IDS) {
      throw new OpenArException(SharedError.INVALID_VALUE, "id", unique.size()).onField("id");
    }
    Actor actor = CurrentActor.get();
    return names.names(unique, actor.restrictedToOwnCustomers() ? actor.userId() : null);
  }
}
