package org.openar.collections.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openar.collections.CollectionsError;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyDraft;
import org.openar.collections.StrategyStep;
import org.openar.shared.error.FieldViolation;

/**
 * The rules a strategy version must meet on its own (its templates are checked against notifications separately).
 * Every problem is reported at once, on the JSON path of the field.
 */
public final class StrategyRules {

  public static final int MAX_STEPS = 20;
  public static final int MIN_OFFSET = -90;
  public static final int MAX_OFFSET = 3650;
  static final int MAX_TEXT = 200;

  private StrategyRules() {}

  /** The steps in level order: by offset, keeping the author's order for equal offsets. */
  public static List<StrategyStep> ordered(List<StrategyStep> steps) {
    return steps.stream().sorted(Comparator.comparingInt(StrategyStep::offsetDays)).toList();
  }

  public static List<FieldViolation> check(StrategyDraft d) {
    List<FieldViolation> v = new ArrayList<>();
    if (d.name() == null || d.name().isBlank()) {
      v.add(FieldViolation.of("name", CollectionsError.COLLECTIONS_STRATEGY_NAME_REQUIRED));
    }
    text(v, "name", d.name(), MAX_TEXT);
    text(v, "description", d.description(), 2000);
    text(v, "comment", d.comment(), 500);
    if (d.segment() != null && !d.segment().matches("[\\p{L}\\p{N}_.\\-]{1,40}")) {
      v.add(FieldViolation.of("segment", CollectionsError.COLLECTIONS_INVALID_SEGMENT, d.segment()));
    }
    if (d.steps().isEmpty()) {
      v.add(FieldViolation.of("steps", CollectionsError.COLLECTIONS_STRATEGY_NO_STEPS));
    } else if (d.steps().size() > MAX_STEPS) {
      v.add(FieldViolation.of("steps", CollectionsError.COLLECTIONS_STRATEGY_TOO_MANY_STEPS, MAX_STEPS));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < d.steps().size(); i++) {
      StrategyStep s = d.steps().get(i);
      String at = "steps[" + i + "]";
      if (s == null) {
        v.add(FieldViolation.of(at, CollectionsError.COLLECTIONS_STEP_CHANNEL_REQUIRED));
        continue;
      }
      step(v, at, s);
      if (s.channel() != null && !seen.add(s.offsetDays() + "/" + s.channel())) {
        v.add(FieldViolation.of(at, CollectionsError.COLLECTIONS_STEP_DUPLICATE, s.offsetDays(), s.channel()));
      }
    }
    return v;
  }

  private static void step(List<FieldViolation> v, String at, StrategyStep s) {
    if (s.name() == null || s.name().isBlank()) {
      v.add(FieldViolation.of(at + ".name", CollectionsError.COLLECTIONS_STRATEGY_NAME_REQUIRED));
    }
    text(v, at + ".name", s.name(), MAX_TEXT);
    if (s.offsetDays() < MIN_OFFSET || s.offsetDays() > MAX_OFFSET) {
      v.add(FieldViolation.of(at + ".offsetDays", CollectionsError.COLLECTIONS_STEP_INVALID_OFFSET, s.offsetDays(),
          MIN_OFFSET, MAX_OFFSET));
    }
    if (s.channel() == null) {
      v.add(FieldViolation.of(at + ".channel", CollectionsError.COLLECTIONS_STEP_CHANNEL_REQUIRED));
      return;
    }
    boolean hasTemplate = s.templateKey() != null && !s.templateKey().isBlank();
    if (s.channel().isMessage() && !hasTemplate) {
      v.add(FieldViolation.of(at + ".templateKey", CollectionsError.COLLECTIONS_STEP_TEMPLATE_REQUIRED, s.channel()));
    } else if (!s.channel().isMessage() && hasTemplate) {
      v.add(FieldViolation.of(at + ".templateKey", CollectionsError.COLLECTIONS_STEP_TEMPLATE_NOT_ALLOWED,
          s.channel()));
    }
    if (s.minOverdue() != null && s.minOverdue().signum() <= 0) {
      v.add(FieldViolation.of(at + ".minOverdue", CollectionsError.COLLECTIONS_STEP_INVALID_MIN_AMOUNT));
    }
    Integer days = s.minDaysSinceContact();
    if (days != null && (days < 0 || days > 365)) {
      v.add(FieldViolation.of(at + ".minDaysSinceContact", CollectionsError.COLLECTIONS_STEP_INVALID_DAYS, days));
    }
    if (s.agencyId() != null && !s.channel().isEscalation()) {
      v.add(FieldViolation.of(at + ".agencyId", CollectionsError.COLLECTIONS_STEP_AGENCY_NOT_ALLOWED, s.channel()));
    }
  }

  static void text(List<FieldViolation> v, String field, String value, int max) {
    if (value != null && value.length() > max) {
      v.add(FieldViolation.of(field, CollectionsError.COLLECTIONS_TEXT_TOO_LONG, max));
    }
  }

  /** Whether the step type needs a template; used by callers that check templates. */
  public static boolean needsTemplate(StepChannel channel) {
    return channel != null && channel.isMessage();
  }
}
