package org.openar.invoicing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.Invoicing;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.app.InvoicingProperties;
import org.openar.invoicing.web.InvoicingRequests.BulkIssueRequest;
import org.openar.invoicing.web.InvoicingResponses.BulkIssueResponse;
import org.openar.invoicing.web.InvoicingResponses.BulkOutcomeResponse;
import org.openar.invoicing.web.InvoicingResponses.InvoiceResponse;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.i18n.Messages;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.security.Access;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bulk actions of the invoice list that write: issuing the selected drafts. */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices")
public class InvoiceBulkController {

  /** Room left in an idempotency key (128) for ":" and an invoice id. */
  static final int MAX_BULK_KEY = 128 - 37;

  private final Invoicing invoicing;
  private final Idempotency idempotency;
  private final Messages messages;
  private final InvoicingProperties properties;

  public InvoiceBulkController(Invoicing invoicing, Idempotency idempotency, Messages messages,
      InvoicingProperties properties) {
    this.invoicing = invoicing;
    this.idempotency = idempotency;
    this.messages = messages;
    this.properties = properties;
  }

  @PostMapping("/issue")
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Issue the selected drafts, one after the other, each in its own transaction",
      description = "One refusal does not stop the others: every id gets its outcome. With an Idempotency-Key each"
          + " invoice's issue is idempotent, so repeating the call returns the same numbers.")
  public BulkIssueResponse issue(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @RequestBody BulkIssueRequest body) {
    List<UUID> ids = ids(body);
    if (key != null && key.length() > MAX_BULK_KEY) {
      throw new OpenArException(SharedError.IDEMPOTENCY_KEY_INVALID, key).onField(Idempotency.HEADER);
    }
    List<BulkOutcomeResponse> outcomes = new ArrayList<>();
    for (UUID id : ids) {
      outcomes.add(issueOne(key, id));
    }
    int issued = (int) outcomes.stream().filter(BulkOutcomeResponse::issued).count();
    return new BulkIssueResponse(issued, outcomes.size() - issued, outcomes);
  }

  private List<UUID> ids(BulkIssueRequest body) {
    if (body == null || body.ids() == null || body.ids().isEmpty()) {
      throw new OpenArException(SharedError.MISSING_FIELD, "ids").onField("ids");
    }
    if (body.ids().contains(null)) {
      throw new OpenArException(SharedError.MISSING_FIELD, "ids").onField("ids[" + body.ids().indexOf(null) + "]");
    }
    List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(body.ids()));
    if (ids.size() > properties.bulkLimit()) {
      throw new OpenArException(InvoicingError.INVOICING_TOO_MANY_IDS, ids.size(), properties.bulkLimit())
          .onField("ids");
    }
    return ids;
  }

  private BulkOutcomeResponse issueOne(String key, UUID id) {
    try {
      InvoiceResponse r = idempotency.execute("invoicing.invoices.issue-bulk", key == null ? null : key + ":" + id,
          id, InvoiceResponse.class, () -> InvoiceResponse.of(invoicing.issue(new InvoiceId(id), null)));
      return new BulkOutcomeResponse(id, true, r.number(), null, null);
    } catch (OpenArException e) {
      return new BulkOutcomeResponse(id, false, null, e.errorCode().code(),
          messages.describe(DocumentFiles.locale(), e));
    } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
      OpenArException busy = new OpenArException(SharedError.CONCURRENT_MODIFICATION, id);
      return new BulkOutcomeResponse(id, false, null, busy.errorCode().code(),
          messages.describe(DocumentFiles.locale(), busy));
    }
  }
}
