package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.TemplateDraft;
import org.openar.notifications.TemplatePreview;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateVariable;
import org.openar.shared.security.Access;
import org.openar.shared.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the collections screens need besides the collections API itself: the collectors to pick from (worklist,
 * reassignment) and the live preview of a template being edited by those who edit templates (the notifications
 * preview is for the collecting roles, and the credit manager, who edits the templates, is not one of them).
 */
@RestController
@RequestMapping("/api/v1/collections")
@Tag(name = "Collections screens", description = "Collector directory and template preview for the web app")
public class CollectionsUiController {

  private final Users users;
  private final NotificationTemplates templates;

  public CollectionsUiController(Users users, NotificationTemplates templates) {
    this.users = users;
    this.templates = templates;
  }

  /** A user who may be given customers to collect. */
  public record Collector(UUID id, String username, String displayName, boolean enabled) {}

  /** An unsaved template; always rendered with the sample values of its variables, never with real data. */
  public record TemplatePreviewRequest(String description, List<TemplateVariable> variables,
      Map<String, TemplateTexts> texts) {}

  @GetMapping("/collectors")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Every user with the COLLECTOR role (id, username, display name), by display name")
  public List<Collector> collectors() {
    return users.withRole(Role.COLLECTOR).stream()
        .sorted(Comparator.comparing(UserView::displayName, String.CASE_INSENSITIVE_ORDER))
        .map(u -> new Collector(u.id(), u.username(), u.displayName(), u.enabled())).toList();
  }

  @PostMapping("/template-preview")
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @Operation(summary = "Live preview of an unsaved template in both languages with sample data; the same checks as"
      + " saving (unknown variables are 400 with the field of the text)")
  public TemplatePreview templatePreview(@RequestBody TemplatePreviewRequest body) {
    return templates.preview(new TemplateDraft(body.description(), body.variables(), body.texts(), null), null);
  }
}
