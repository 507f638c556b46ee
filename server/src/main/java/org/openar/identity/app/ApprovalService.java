package org.openar.identity.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openar.audit.AuditTrail;
import org.openar.identity.ApprovalCancelled;
import org.openar.identity.ApprovalDecision;
import org.openar.identity.ApprovalGranted;
import org.openar.identity.ApprovalId;
import org.openar.identity.ApprovalPolicy;
import org.openar.identity.ApprovalRejected;
import org.openar.identity.ApprovalRequest;
import org.openar.identity.ApprovalRequested;
import org.openar.identity.ApprovalStatus;
import org.openar.identity.ApprovalView;
import org.openar.identity.Approvals;
import org.openar.identity.IdentityError;
import org.openar.identity.domain.Approval;
import org.openar.identity.persistence.ApprovalRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.id.Ids;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
public class ApprovalService implements Approvals {

  static final int PAYLOAD_MAX_BYTES = 64 * 1024;

  private final ApprovalRepository repository;
  private final ApprovalPolicies policies;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;

  public ApprovalService(ApprovalRepository repository, ApprovalPolicies policies, AuditTrail audit,
      ApplicationEventPublisher events, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.policies = policies;
    this.audit = audit;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional
  public ApprovalView request(ApprovalRequest r) {
    ApprovalPolicy policy = policies.find(r.type()).orElseThrow(
        () -> new OpenArException(IdentityError.IDENTITY_APPROVAL_UNKNOWN_TYPE, String.valueOf(r.type())).onField("type"));
    Approval a = Approval.open(new ApprovalId(Ids.newId()), policy, r.subjectType(), r.subjectId(), r.summary(),
        r.amount(), payloadJson(r.payload()), CurrentActor.get(), clock.instant());
    if (repository.pending(a.type(), a.subjectType(), a.subjectId()).isPresent()) {
      throw alreadyPending(a);
    }
    try {
      repository.insert(a);
    } catch (DuplicateKeyException e) {
      throw alreadyPending(a); // a concurrent request for the same subject committed first
    }
    a = repository.find(a.id()).orElseThrow(); // as stored: the payload in PostgreSQL's canonical jsonb form
    ApprovalView view = ApprovalViews.of(a);
    audit.record("identity.approval", a.id().toString(), "requested", null, view);
    events.publishEvent(new ApprovalRequested(a.id(), a.type(), a.subjectType(), a.subjectId(), a.summary(),
        a.amount(), a.deciderRoles(), a.requester().id(), a.requestedAt()));
    return view;
  }

  @Override
  @Transactional
  public ApprovalView decide(ApprovalId id, ApprovalDecision decision, String comment) {
    if (decision == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, "decision").onField("decision");
    }
    Approval before = locked(id);
    Approval after = before.decide(CurrentActor.get(), decision, comment, clock.instant());
    ApprovalView view = close(before, after, decision == ApprovalDecision.APPROVE ? "approved" : "rejected");
    if (after.status() == ApprovalStatus.APPROVED) {
      events.publishEvent(new ApprovalGranted(id, after.type(), after.subjectType(), after.subjectId(), after.amount(),
          after.payload(), after.requester().id(), after.decider().id(), after.comment(), after.decidedAt()));
    } else {
      events.publishEvent(new ApprovalRejected(id, after.type(), after.subjectType(), after.subjectId(), after.amount(),
          after.payload(), after.requester().id(), after.decider().id(), after.comment(), after.decidedAt()));
    }
    return view;
  }

  @Override
  @Transactional
  public ApprovalView cancel(ApprovalId id, String reason) {
    Approval before = locked(id);
    Approval after = before.cancel(CurrentActor.get(), reason, clock.instant());
    ApprovalView view = close(before, after, "cancelled");
    events.publishEvent(new ApprovalCancelled(id, after.type(), after.subjectType(), after.subjectId(), after.amount(),
        after.payload(), after.requester().id(), after.cancelReason(), after.cancelledAt()));
    return view;
  }

  private Approval locked(ApprovalId id) {
    return repository.lock(id).orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_APPROVAL_NOT_FOUND, id));
  }

  private ApprovalView close(Approval before, Approval after, String action) {
    if (!repository.close(after)) {
      // unreachable while the row lock is held; kept so a future unlocked path still cannot decide twice
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_NOT_PENDING, "decided");
    }
    ApprovalView view = ApprovalViews.of(after);
    audit.record("identity.approval", after.id().toString(), action, ApprovalViews.of(before), view);
    return view;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ApprovalView> find(ApprovalId id) {
    return repository.find(id).map(ApprovalViews::of);
  }

  @Override
  @Transactional(readOnly = true)
  public ApprovalView get(ApprovalId id) {
    return find(id).orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_APPROVAL_NOT_FOUND, id));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ApprovalView> pending(String type, String subjectType, String subjectId) {
    return repository.pending(type, subjectType, subjectId).map(ApprovalViews::of);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<ApprovalView> pendingForMe(PageQuery q) {
    Actor me = CurrentActor.get();
    if (me.isSystem()) {
      return Page.of(List.of(), 0, q);
    }
    List<ApprovalView> items = repository.decidableBy(me.userId(), me.roles(), q).stream().map(ApprovalViews::of).toList();
    return Page.of(items, repository.countDecidableBy(me.userId(), me.roles()), q);
  }

  @Override
  @Transactional(readOnly = true)
  public long countPendingForMe() {
    Actor me = CurrentActor.get();
    return me.isSystem() ? 0 : repository.countDecidableBy(me.userId(), me.roles());
  }

  @Override
  @Transactional(readOnly = true)
  public Page<ApprovalView> requestedByMe(ApprovalStatus status, PageQuery q) {
    ApprovalFilter mine = new ApprovalFilter(status, null, null, null, CurrentActor.get().userId(), null, null, null);
    return search(mine, q);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<ApprovalView> search(ApprovalFilter filter, PageQuery q) {
    ApprovalFilter f = filter == null ? ApprovalFilter.none() : filter;
    List<ApprovalView> items = repository.search(f, q).stream().map(ApprovalViews::of).toList();
    return Page.of(items, repository.count(f), q);
  }

  @Override
  public List<ApprovalPolicy> policies() {
    return policies.all();
  }

  private String payloadJson(Object payload) {
    if (payload == null) {
      return "{}";
    }
    JsonNode node = json.valueToTree(payload);
    String text = json.writeValueAsString(node);
    if (!node.isObject() || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PAYLOAD_MAX_BYTES) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_PAYLOAD_INVALID, PAYLOAD_MAX_BYTES).onField("payload");
    }
    return text;
  }

  private static OpenArException alreadyPending(Approval a) {
    return new OpenArException(IdentityError.IDENTITY_APPROVAL_ALREADY_PENDING, a.type(), a.subjectType(),
        a.subjectId());
  }
}
