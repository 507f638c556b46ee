package org.openar.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Maker-checker approvals for other modules (write-offs, credit limits, fee waivers). A module declares an
 * {@link ApprovalPolicy} bean per type, calls {@link #request} from its own endpoint, and carries out the action when
 * it receives {@link ApprovalGranted} (or releases it on {@link ApprovalRejected} / {@link ApprovalCancelled}).
 * The acting user is always {@code CurrentActor.get()}. The requester can never decide its own request, whatever
 * session or token it uses; the database refuses it too. Only one request per type and subject may be pending.
 */
public interface Approvals {

  /** Sort fields of the list queries; prefix with '-' for descending. */
  java.util.Set<String> SORT_FIELDS = java.util.Set.of("requestedAt", "decidedAt", "type", "status");

  /** Opens a pending approval requested by the current actor; publishes {@link ApprovalRequested}. */
  ApprovalView request(ApprovalRequest request);

  /** Approves or rejects (a rejection needs a comment); publishes {@link ApprovalGranted} or {@link ApprovalRejected}. */
  ApprovalView decide(ApprovalId id, ApprovalDecision decision, String comment);

  /** The requester withdraws its pending request; publishes {@link ApprovalCancelled}. */
  ApprovalView cancel(ApprovalId id, String reason);

  Optional<ApprovalView> find(ApprovalId id);

  /** @throws org.openar.shared.error.OpenArException IDENTITY_APPROVAL_NOT_FOUND */
  ApprovalView get(ApprovalId id);

  /** The pending request of this type for this subject, if any. */
  Optional<ApprovalView> pending(String type, String subjectType, String subjectId);

  /** Pending requests the current actor may decide (a deciding role, not requested by itself); oldest first. */
  Page<ApprovalView> pendingForMe(PageQuery page);

  /** How many requests {@link #pendingForMe} would list. */
  long countPendingForMe();

  /** Requests made by the current actor, optionally of one status; newest first by default. */
  Page<ApprovalView> requestedByMe(ApprovalStatus status, PageQuery page);

  /** History and search; every filter field optional. */
  Page<ApprovalView> search(ApprovalFilter filter, PageQuery page);

  /** The registered policies, by type. */
  List<ApprovalPolicy> policies();

  /** {@code from}/{@code to} bound the request time (from inclusive, to exclusive). */
  record ApprovalFilter(ApprovalStatus status, String type, String subjectType, String subjectId, UUID requestedBy,
      UUID decidedBy, Instant from, Instant to) {

    public static ApprovalFilter none() {
      return new ApprovalFilter(null, null, null, null, null, null, null, null);
    }
  }
}
