package org.openar.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One version of a template; {@code current} is the version new messages use. */
public record TemplateView(
    String key,
    int version,
    int currentVersion,
    boolean archived,
    String description,
    List<TemplateVariable> variables,
    Map<String, TemplateTexts> texts,
    Set<Channel> channels,
    String comment,
    String createdBy,
    Instant createdAt) {}
