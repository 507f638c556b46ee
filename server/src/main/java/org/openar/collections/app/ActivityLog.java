package org.openar.collections.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.collections.ActivityKind;
import org.openar.collections.ActivityView;
import org.openar.collections.CollectionsError;
import org.openar.collections.CustomerProfile;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyStep;
import org.openar.collections.TaskId;
import org.openar.collections.TaskStatus;
import org.openar.collections.Worklists.NewActivity;
import org.openar.collections.domain.ContactChoice;
import org.openar.collections.domain.ContactOption;
import org.openar.collections.persistence.ActivityRepository;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.collections.persistence.ProgressRepository;
import org.openar.collections.persistence.TaskRepository;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.notifications.MessageId;
import org.openar.notifications.Notifications;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collectors' activities: calls with their outcome, notes, visits and e-mails (logged, or sent from a template with the
 * customer's open items). A real contact counts for the contact cap; a next-action date lands on the profile.
 */
@Component
class ActivityLog {

  private final ActivityRepository activities;
  private final ProfileRepository profiles;
  private final ProgressRepository progress;
  private final TaskRepository tasks;
  private final Customers customers;
  private final CustomerAccess access;
  private final TemplateCheck templateCheck;
  private final RunLoader loader;
  private final MessageComposer composer;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final BusinessCalendar calendar;
  private final Clock clock;

  ActivityLog(ActivityRepository activities, ProfileRepository profiles, ProgressRepository progress,
      TaskRepository tasks, Customers customers, CustomerAccess access, TemplateCheck templateCheck,
      RunLoader loader, MessageComposer composer, Notifications notifications, AuditTrail audit,
      BusinessCalendar calendar, Clock clock) {
    this.activities = activities;
    this.profiles = profiles;
    this.progress = progress;
    this.tasks = tasks;
    this.customers = customers;
    this.access = access;
    this.templateCheck = templateCheck;
    this.loader = loader;
    this.composer = composer;
    this.notifications = notifications;
    this.audit = audit;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Transactional
  ActivityView log(CustomerId customer, NewActivity a) {
    CustomerView c = access.require(customer);
    Instant now = clock.instant();
    ContactView contact = validate(customer, a, now);
    UUID id = Ids.newId();
    UUID message = a.templateKey() == null ? null : send(customer, contact, a.templateKey(), id);
    ActivityView view = new ActivityView(id, customer, a.kind(), a.outcome(), contact == null ? null
        : contact.id().value(), a.note() == null ? null : a.note().strip(), a.occurredAt() == null ? now
        : a.occurredAt(), a.nextActionDate(), a.taskId(), message, CurrentActor.get().username(), now);
    activities.insert(view);
    if (a.kind() == ActivityKind.EMAIL || a.kind() == ActivityKind.VISIT
        || a.kind() == ActivityKind.CALL && a.outcome().isContact()) {
      progress.contact(customer, a.kind().name(), view.occurredAt().atZone(calendar.zone()).toLocalDate(),
          "ACTIVITY", id, now);
    }
    if (a.nextActionDate() != null) {
      CustomerProfile p = profiles.find(customer).orElse(CustomerProfile.empty(customer));
      profiles.save(new CustomerProfile(customer, p.strategyId(), p.collectorId(), p.timeZone(), p.blockReason(),
          p.blockedUntil(), p.blockedBy(), p.blockedAt(), a.nextActionDate(), p.optOuts(), p.version()),
          c.companyId(), p.version(), CurrentActor.get().username(), now);
    }
    if (a.taskId() != null && !tasks.complete(a.taskId(), TaskStatus.DONE, a.note(), CurrentActor.get().username(),
        now)) {
      throw new OpenArException(CollectionsError.COLLECTIONS_TASK_NOT_OPEN, a.taskId(), "DONE").onField("taskId");
    }
    audit.record("collections.activity", id.toString(), "logged", null, view);
    return view;
  }

  List<ActivityView> list(CustomerId customer, int limit) {
    return activities.ofCustomer(customer, limit);
  }

  private ContactView validate(CustomerId customer, NewActivity a, Instant now) {
    if (a.kind() == null) {
      throw new OpenArException(org.openar.shared.error.SharedError.MISSING_FIELD, "kind").onField("kind");
    }
    if (a.kind() == ActivityKind.CALL && a.outcome() == null) {
      throw new OpenArException(CollectionsError.COLLECTIONS_CALL_OUTCOME_REQUIRED).onField("outcome");
    }
    if (a.kind() != ActivityKind.CALL && a.outcome() != null) {
      throw new OpenArException(CollectionsError.COLLECTIONS_OUTCOME_ONLY_FOR_CALLS, a.kind()).onField("outcome");
    }
    if (a.templateKey() != null && a.kind() != ActivityKind.EMAIL) {
      throw new OpenArException(CollectionsError.COLLECTIONS_TEMPLATE_ONLY_FOR_EMAIL, a.kind()).onField("templateKey");
    }
    if (a.occurredAt() != null && a.occurredAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
      throw new OpenArException(CollectionsError.COLLECTIONS_ACTIVITY_IN_FUTURE).onField("occurredAt");
    }
    if (a.note() != null && a.note().length() > 4000) {
      throw new OpenArException(CollectionsError.COLLECTIONS_TEXT_TOO_LONG, 4000).onField("note");
    }
    if (a.taskId() != null) {
      TaskId t = a.taskId();
      tasks.find(t).filter(v -> v.customerId().equals(customer))
          .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_TASK_NOT_FOUND, t).onField("taskId"));
    }
    if (a.contactId() == null) {
      if (a.templateKey() != null) {
        throw new OpenArException(CollectionsError.COLLECTIONS_CONTACT_NOT_FOUND, "null").onField("contactId");
      }
      return null;
    }
    return customers.contacts(customer).stream().filter(x -> x.id().equals(a.contactId())).findFirst()
        .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_CONTACT_NOT_FOUND, a.contactId())
            .onField("contactId"));
  }

  private UUID send(CustomerId customer, ContactView contact, String templateKey, UUID activity) {
    var problems = templateCheck.check(List.of(StrategyStep.message("E-mail", 0, StepChannel.EMAIL, templateKey)));
    if (!problems.isEmpty()) {
      throw OpenArException.invalid(problems.stream().map(p -> new org.openar.shared.error.FieldViolation(
          "templateKey", p.code(), p.args())).toList());
    }
    String email = ContactOption.canonicalEmail(contact.email());
    if (email == null) {
      throw new OpenArException(CollectionsError.COLLECTIONS_CONTACT_NOT_FOUND, contact.id()).onField("contactId");
    }
    RunContext ctx = loader.context(null, calendar.today(), true);
    LoadedCustomer lc = loader.load(ctx, List.of(customer)).get(0);
    MessageId id = notifications.enqueue(composer.adHoc(lc, new ContactChoice(contact.id().value(), contact.name(),
        email, contact.language()), templateKey, "collections-activity:" + activity));
    return id.value();
  }
}
