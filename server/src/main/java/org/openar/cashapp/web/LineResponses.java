package org.openar.cashapp.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.cashapp.app.CashQueries.LineDetail;
import org.openar.cashapp.app.CashQueries.OpenItemOption;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.domain.PostingDetails;
import org.openar.cashapp.domain.Suggestion;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.PostingRow;
import org.openar.ledger.ItemView;
import org.openar.shared.i18n.Messages;
import org.openar.shared.money.Money;
import tools.jackson.databind.json.JsonMapper;

/** Response bodies of the line (exception queue) endpoints; explanations come translated in {@code text}. */
final class LineResponses {

  private LineResponses() {}

  record ExplanationResponse(String key, List<String> args, double weight, String text) {
    static ExplanationResponse of(Suggestion.Explanation e, Messages messages) {
      return new ExplanationResponse(e.key(), e.args(), e.weight(), messages.get(e.key(), e.args().toArray()));
    }
  }

  record AppliedResponse(UUID itemId, String documentNumber, UUID customerId, String customerName, Money applied,
      Money discount, Money writeOff, Money itemOpen) {}

  record SuggestionResponse(int rank, UUID customerId, String customerName, List<AppliedResponse> allocations,
      Money onAccount, double confidence, List<ExplanationResponse> reasons, String blocker, String blockerText) {

    static SuggestionResponse of(Suggestion s, Messages m) {
      return new SuggestionResponse(s.rank(), s.customerId(), s.customerName(), s.allocations().stream()
          .map(a -> new AppliedResponse(a.itemId(), a.documentNumber(), a.customerId(), a.customerName(), a.applied(),
              a.discount(), a.writeOff(), a.itemOpen())).toList(), s.onAccount(), s.confidence(),
          s.reasons().stream().map(r -> ExplanationResponse.of(r, m)).toList(), s.blocker(),
          s.blocker() == null ? null : m.get("note." + s.blocker()));
    }
  }

  record LineResponse(UUID id, UUID statementId, UUID companyId, int ordinal, String lineRef, LocalDate bookingDate,
      LocalDate valueDate, Money amount, String payerName, String payerAccount, String remittance,
      List<String> structuredRefs, String endToEndId, String bankReference, String transactionCode, boolean reversal,
      boolean booked, String status, String resolution, String engineStatus, Double confidence, UUID customerId,
      String customerName, String note, Instant matchedAt, Instant resolvedAt, String resolvedBy, long version) {

    static LineResponse of(LineRow l) {
      return new LineResponse(l.id().value(), l.statementId().value(), l.companyId().value(), l.ordinal(),
          l.lineRef(), l.bookingDate(), l.valueDate(), l.amount(), l.payerName(), l.payerAccount(), l.remittance(),
          l.structuredRefs(), l.endToEndId(), l.bankReference(), l.transactionCode(), l.reversal(), l.booked(),
          l.status().name(), l.resolution() == null ? null : l.resolution().name(), l.engineStatus(),
          l.confidence(), l.customerId(), l.customerName(), l.note(), l.matchedAt(), l.resolvedAt(), l.resolvedBy(),
          l.version());
    }
  }

  record PostingResponse(UUID id, String kind, String mode, UUID customerId, Instant postedAt, String postedBy,
      Instant reversedAt, String reversedBy, String reversalReason, List<PostingDetails.ReceiptDone> receipts) {

    static PostingResponse of(PostingRow p, JsonMapper json) {
      return p == null ? null : new PostingResponse(p.id(), p.kind(), p.mode().name(), p.customerId().value(),
          p.postedAt(), p.postedBy(), p.reversedAt(), p.reversedBy(), p.reversalReason(),
          json.readValue(p.detailsJson(), PostingDetails.class).receipts());
    }
  }

  record DuplicateRef(UUID lineId, UUID statementId, String lineRef) {}

  /** A line with the engine's suggestions (best first), notes about the line, and what was posted. */
  record LineDetailResponse(LineResponse line, List<SuggestionResponse> suggestions, List<ExplanationResponse> notes,
      PostingResponse posting, List<PostingResponse> history, DuplicateRef duplicateOf) {

    static LineDetailResponse of(LineDetail d, Messages m, JsonMapper json) {
      MatchRecord r = d.match();
      return new LineDetailResponse(LineResponse.of(d.line()),
          r == null ? List.of() : r.suggestions().stream().map(s -> SuggestionResponse.of(s, m)).toList(),
          r == null ? List.of() : r.notes().stream().map(n -> ExplanationResponse.of(n, m)).toList(),
          PostingResponse.of(d.posting(), json), d.history().stream().map(p -> PostingResponse.of(p, json)).toList(),
          d.duplicateOf() == null ? null : new DuplicateRef(d.duplicateOf().id().value(),
              d.duplicateOf().statementId().value(), d.duplicateOf().lineRef()));
    }
  }

  /** An open debit a line may pay, with the discount it offers on the line's value date. */
  record OpenItemResponse(UUID id, UUID customerId, String customerName, String type, String documentNumber,
      Integer installmentNo, Money originalAmount, Money openAmount, LocalDate documentDate, LocalDate dueDate,
      Money discount, Money payable, LocalDate discountUntil) {

    static OpenItemResponse of(OpenItemOption o) {
      ItemView i = o.item();
      return new OpenItemResponse(i.id().value(), i.customerId().value(), o.customerName(), i.type().name(),
          i.documentNumber(), i.installmentNo(), i.originalAmount(), i.openAmount(), i.documentDate(), i.dueDate(),
          o.discount().discount(), o.discount().payable(), o.discount().windowEndsOn());
    }
  }
}
