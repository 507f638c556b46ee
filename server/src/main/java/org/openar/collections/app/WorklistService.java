package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.collections.ActivityView;
import org.openar.collections.AssignmentRule;
import org.openar.collections.CollectionsError;
import org.openar.collections.CustomerProfile;
import org.openar.collections.TaskId;
import org.openar.collections.TaskKind;
import org.openar.collections.TaskStatus;
import org.openar.collections.TaskView;
import org.openar.collections.WorklistEntry;
import org.openar.collections.Worklists;
import org.openar.collections.persistence.AssignmentRuleRepository;
import org.openar.collections.persistence.LedgerReader;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.collections.persistence.TaskRepository;
import org.openar.collections.persistence.TaskRepository.NewTask;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class WorklistService implements Worklists {

  private final WorklistBuilder builder;
  private final WorkAssignment assignment;
  private final ActivityLog activities;
  private final LedgerReader ledger;
  private final TaskRepository tasks;
  private final ProfileRepository profiles;
  private final AssignmentRuleRepository rules;
  private final CustomerAccess access;
  private final AuditTrail audit;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public WorklistService(WorklistBuilder builder, WorkAssignment assignment, ActivityLog activities,
      LedgerReader ledger, TaskRepository tasks, ProfileRepository profiles, AssignmentRuleRepository rules,
      CustomerAccess access, AuditTrail audit, BusinessCalendar calendar, Clock clock) {
    this.builder = builder;
    this.assignment = assignment;
    this.activities = activities;
    this.ledger = ledger;
    this.tasks = tasks;
    this.profiles = profiles;
    this.rules = rules;
    this.access = access;
    this.audit = audit;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Page<WorklistEntry> worklist(UUID collector, PageQuery page) {
    Set<CustomerId> candidates = new HashSet<>(ledger.customersOverdue(calendar.today()));
    candidates.addAll(tasks.withOpenTasks());
    List<CustomerId> visible = access.visibleOrAll();
    if (visible != null) {
      candidates.retainAll(visible);
    }
    Map<CustomerId, UUID> collectors = assignment.collectors(candidates);
    List<CustomerId> mine = candidates.stream().filter(c -> Objects.equals(collectors.get(c), collector)).toList();
    List<WorklistEntry> entries = new ArrayList<>(builder.entries(mine, collectors));
    entries.sort(WorklistBuilder.order(page.sortField(), page.sortField() == null || page.descending()));
    int from = (int) Math.min(page.offset(), entries.size());
    int to = Math.min(from + page.size(), entries.size());
    return Page.of(entries.subList(from, to), entries.size(), page);
  }

  @Override
  @Transactional(readOnly = true)
  public WorklistEntry entry(CustomerId customer) {
    access.require(customer);
    return builder.entries(List.of(customer), assignment.collectors(List.of(customer))).get(0);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<TaskView> tasks(UUID assignee, CustomerId customer, TaskStatus status, PageQuery page) {
    List<CustomerId> visible = access.visibleOrAll();
    return Page.of(tasks.search(assignee, customer, status, visible, page),
        tasks.count(assignee, customer, status, visible), page);
  }

  @Override
  @Transactional
  public TaskView completeTask(TaskId id, TaskStatus status, String note) {
    if (status == null || status == TaskStatus.OPEN) {
      throw new OpenArException(CollectionsError.COLLECTIONS_TASK_STATUS_INVALID, String.valueOf(status))
          .onField("status");
    }
    TaskView before = tasks.find(id).orElseThrow(() -> taskNotFound(id));
    access.require(before.customerId());
    if (!tasks.complete(id, status, note, CurrentActor.get().username(), clock.instant())) {
      throw new OpenArException(CollectionsError.COLLECTIONS_TASK_NOT_OPEN, id, before.status());
    }
    TaskView after = tasks.find(id).orElseThrow();
    audit.record("collections.task", id.toString(), status == TaskStatus.DONE ? "done" : "cancelled", before, after);
    return after;
  }

  @Override
  @Transactional
  public TaskView addTask(CustomerId customer, TaskKind kind, LocalDate due, String note) {
    CustomerView c = access.require(customer);
    TaskId id = tasks.open(new NewTask(customer, c.companyId(), kind == null ? TaskKind.FOLLOW_UP : kind,
        assignment.collectorOf(customer), due == null ? calendar.today() : due, null, null, Map.of(), note,
        CurrentActor.get().username(), clock.instant()));
    TaskView view = tasks.find(id).orElseThrow();
    audit.record("collections.task", id.toString(), "opened", null, view);
    return view;
  }

  @Override
  public ActivityView logActivity(CustomerId customer, NewActivity activity) {
    return activities.log(customer, activity);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ActivityView> activities(CustomerId customer, int limit) {
    access.require(customer);
    return activities.list(customer, Math.max(1, Math.min(limit, 500)));
  }

  @Override
  @Transactional
  public int reassign(List<CustomerId> customers, UUID from, UUID to) {
    assignment.requireCollector(to, "to");
    Set<CustomerId> moving = new HashSet<>(customers == null ? List.of() : customers);
    if (from != null) {
      moving.addAll(profiles.withCollector(from));
      Set<CustomerId> overdue = new HashSet<>(ledger.customersOverdue(calendar.today()));
      assignment.collectors(overdue).forEach((c, collector) -> {
        if (from.equals(collector)) {
          moving.add(c);
        }
      });
    }
    for (CustomerId c : moving) {
      CustomerView customer = access.require(c);
      CustomerProfile p = profiles.find(c).orElse(CustomerProfile.empty(c));
      CustomerProfile after = new CustomerProfile(c, p.strategyId(), to, p.timeZone(), p.blockReason(),
          p.blockedUntil(), p.blockedBy(), p.blockedAt(), p.nextActionDate(), p.optOuts(), p.version());
      profiles.save(after, customer.companyId(), p.version(), CurrentActor.get().username(), clock.instant());
      audit.record("collections.profile", c.toString(), "reassigned", p, after);
    }
    tasks.reassignOpen(moving, to);
    return moving.size();
  }

  @Override
  @Transactional(readOnly = true)
  public List<AssignmentRule> rules() {
    return rules.all();
  }

  @Override
  @Transactional
  public AssignmentRule saveRule(AssignmentRule rule) {
    assignment.requireCollector(rule.collectorId(), "collectorId");
    AssignmentRule r = new AssignmentRule(rule.id() == null ? Ids.newId() : rule.id(), rule.companyId(), rule.tier(),
        rule.region() == null || rule.region().isBlank() ? null : rule.region().strip(), rule.salesRepId(),
        rule.collectorId(), rule.priority());
    rules.save(r, CurrentActor.get().username(), clock.instant());
    audit.record("collections.assignment-rule", r.id().toString(), "saved", null, r);
    return r;
  }

  @Override
  @Transactional
  public void deleteRule(UUID id) {
    if (!rules.delete(id)) {
      throw new OpenArException(CollectionsError.COLLECTIONS_RULE_NOT_FOUND, id);
    }
    audit.record("collections.assignment-rule", id.toString(), "deleted", null, null);
  }

  private static OpenArException taskNotFound(TaskId id) {
    return new OpenArException(CollectionsError.COLLECTIONS_TASK_NOT_FOUND, id);
  }
}
