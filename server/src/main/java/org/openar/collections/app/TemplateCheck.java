package org.openar.collections.app;

import java.util.ArrayList;
import java.util.List;
import org.openar.collections.AgencyId;
import org.openar.collections.CollectionsError;
import org.openar.collections.StrategyStep;
import org.openar.collections.domain.DunningSchema;
import org.openar.collections.persistence.PlacementRepository;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateView;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;

/**
 * Checks a strategy's steps against the outside world: each message step's template exists, is not archived, offers
 * the step's channel and uses only variables dunning supplies; an escalation's agency exists and is active.
 */
@Component
class TemplateCheck {

  private final NotificationTemplates templates;
  private final PlacementRepository placements;

  TemplateCheck(NotificationTemplates templates, PlacementRepository placements) {
    this.templates = templates;
    this.placements = placements;
  }

  List<FieldViolation> check(List<StrategyStep> steps) {
    List<FieldViolation> v = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      StrategyStep s = steps.get(i);
      if (s == null || s.channel() == null) {
        continue;
      }
      String at = "steps[" + i + "]";
      if (s.channel().isMessage() && s.templateKey() != null && !s.templateKey().isBlank()) {
        template(v, at + ".templateKey", s);
      }
      if (s.agencyId() != null && placements.agency(new AgencyId(s.agencyId())).filter(a -> a.active()).isEmpty()) {
        v.add(FieldViolation.of(at + ".agencyId", CollectionsError.COLLECTIONS_STEP_AGENCY_UNKNOWN, s.agencyId()));
      }
    }
    return v;
  }

  private void template(List<FieldViolation> v, String field, StrategyStep s) {
    TemplateView t;
    try {
      t = templates.get(s.templateKey());
    } catch (OpenArException e) {
      if (e.errorCode() != NotificationsError.NOTIFICATIONS_TEMPLATE_NOT_FOUND) {
        throw e;
      }
      v.add(FieldViolation.of(field, CollectionsError.COLLECTIONS_STEP_TEMPLATE_UNKNOWN, s.templateKey()));
      return;
    }
    if (t.archived()) {
      v.add(FieldViolation.of(field, CollectionsError.COLLECTIONS_STEP_TEMPLATE_ARCHIVED, s.templateKey()));
    }
    if (!t.channels().contains(s.channel().messageChannel())) {
      v.add(FieldViolation.of(field, CollectionsError.COLLECTIONS_STEP_TEMPLATE_CHANNEL, s.templateKey(),
          s.channel()));
    }
    List<String> unsupported = DunningSchema.unsupported(t.variables());
    if (!unsupported.isEmpty()) {
      v.add(FieldViolation.of(field, CollectionsError.COLLECTIONS_STEP_TEMPLATE_VARIABLE, s.templateKey(),
          String.join(", ", unsupported)));
    }
  }
}
