package org.openar.identity;

import org.openar.shared.money.Money;

/**
 * What a maker asks a checker to approve.
 *
 * @param type a registered {@link ApprovalPolicy} type ({@code ledger.write-off})
 * @param subjectType what the approval is about ({@code ledger.item}, {@code customers.customer})
 * @param subjectId the subject's id as text
 * @param summary what the checker decides, in the requester's words (shown in the inbox)
 * @param amount the amount at stake, required when the policy has thresholds (else optional); must be positive
 * @param payload whatever the requesting module needs to carry out the action once approved; serialised to a JSON
 *     object (a record or map, at most 64 KiB) and handed back in {@link ApprovalGranted#payload()}
 */
public record ApprovalRequest(String type, String subjectType, String subjectId, String summary, Money amount,
    Object payload) {}
