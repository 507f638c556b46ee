package org.openar.identity.app;

import org.openar.identity.ApprovalView;
import org.openar.identity.domain.Approval;

final class ApprovalViews {

  private ApprovalViews() {}

  static ApprovalView of(Approval a) {
    return new ApprovalView(a.id(), a.type(), a.subjectType(), a.subjectId(), a.summary(), a.amount(), a.payload(),
        a.status(), a.deciderRoles(), a.requester().id(), a.requester().name(), a.requestedAt(),
        a.decider() == null ? null : a.decider().id(), a.decider() == null ? null : a.decider().name(), a.decidedAt(),
        a.comment(), a.cancelledAt(), a.cancelReason());
  }
}
