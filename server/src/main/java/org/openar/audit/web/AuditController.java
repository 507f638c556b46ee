package org.openar.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditEntryView;
import org.openar.audit.AuditTrail.AuditQuery;
import org.openar.audit.AuditTrail.AuditVerification;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Append-only, hash-chained audit trail")
public class AuditController {

  private final AuditTrail audit;

  public AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping
  @PreAuthorize(Access.AUDIT)
  @Operation(summary = "Search the audit trail, newest first")
  public Page<AuditEntryView> search(
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageQuery pq = PageQuery.of(page, size, null, java.util.Set.of(), null);
    AuditQuery q = new AuditQuery(entityType, entityId, actor, from, to, pq.page(), pq.size());
    List<AuditEntryView> items = audit.search(q);
    return Page.of(items, audit.total(q, items.size()), pq);
  }

  @GetMapping("/verify")
  @PreAuthorize(Access.AUDIT)
  @Operation(summary = "Re-compute the hash chain and report any edited or deleted row")
  public AuditVerification verify() {
    return audit.verify();
  }
}
