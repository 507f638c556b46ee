package org.openar.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openar.notifications.Attachment;
import org.openar.notifications.Channel;
import org.openar.notifications.LetterBatchView;
import org.openar.notifications.MessageDetail;
import org.openar.notifications.MessageId;
import org.openar.notifications.MessageQuery;
import org.openar.notifications.MessageStatus;
import org.openar.notifications.MessageView;
import org.openar.notifications.Notifications;
import org.openar.notifications.Suppression;
import org.openar.notifications.persistence.MessageRepository;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Message log, retries, cancellations, suppression lists, letter batches")
public class MessageController {

  private final Notifications notifications;

  public MessageController(Notifications notifications) {
    this.notifications = notifications;
  }

  public record CancelRequest(String reason) {}

  public record SuppressRequest(Channel channel, String address, String reason) {}

  @GetMapping("/messages")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The message log with filters, newest first by default (sort: createdAt, sentAt, nextAttemptAt, status)")
  public Page<MessageView> messages(@RequestParam(required = false) MessageStatus status,
      @RequestParam(required = false) Channel channel, @RequestParam(required = false) String recipient,
      @RequestParam(required = false) String templateKey, @RequestParam(required = false) String referenceType,
      @RequestParam(required = false) String referenceId, @RequestParam(required = false) String keyPrefix,
      @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery pq = PageQuery.of(page, size, sort, MessageRepository.SORTABLE, "-createdAt");
    return notifications.search(new MessageQuery(status, channel, recipient, templateKey, referenceType, referenceId,
        keyPrefix, from, to), pq);
  }

  @GetMapping("/messages/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One message: rendered bodies, attachments and every delivery attempt")
  public MessageDetail message(@PathVariable UUID id) {
    return notifications.detail(new MessageId(id));
  }

  @GetMapping("/messages/{id}/attachments/{index}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Download an attachment (a letter's PDF is attachment 0)")
  public ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int index) {
    Attachment a = notifications.attachment(new MessageId(id), index);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(a.content());
  }

  @PostMapping("/messages/{id}/retry")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Queue a failed or suppressed message again")
  public MessageView retry(@PathVariable UUID id) {
    notifications.retry(new MessageId(id));
    return notifications.status(new MessageId(id));
  }

  @PostMapping("/messages/{id}/cancel")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Cancel a message that is still queued")
  public MessageView cancel(@PathVariable UUID id, @RequestBody(required = false) CancelRequest body) {
    notifications.cancel(new MessageId(id), body == null ? null : body.reason());
    return notifications.status(new MessageId(id));
  }

  @GetMapping("/suppressions")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Addresses never contacted, per channel")
  public Page<Suppression> suppressions(@RequestParam(required = false) Channel channel,
      @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return notifications.suppressions(channel, q, PageQuery.of(page, size, null, java.util.Set.of(), null));
  }

  @PostMapping("/suppressions")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Suppress an address on a channel, with the reason")
  public Suppression suppress(@RequestBody SuppressRequest body) {
    return notifications.suppress(body.channel(), body.address(), body.reason());
  }

  @DeleteMapping("/suppressions/{channel}/{address}")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Lift a suppression")
  public ResponseEntity<Void> unsuppress(@PathVariable Channel channel, @PathVariable String address) {
    notifications.unsuppress(channel, address);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/letter-batches")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Collect all queued letters into one printable PDF")
  public ResponseEntity<LetterBatchView> batchLetters() {
    return ResponseEntity.status(201).body(notifications.batchLetters());
  }

  @GetMapping("/letter-batches")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Recent print batches")
  public List<LetterBatchView> letterBatches(@RequestParam(defaultValue = "50") int limit) {
    return notifications.letterBatches(limit);
  }

  @GetMapping(value = "/letter-batches/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Download a print batch")
  public ResponseEntity<byte[]> letterBatchPdf(@PathVariable UUID id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"letters-" + id + ".pdf\"")
        .body(notifications.letterBatchPdf(id));
  }
}
