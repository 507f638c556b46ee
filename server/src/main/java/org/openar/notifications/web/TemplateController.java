package org.openar.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.TemplateDraft;
import org.openar.notifications.TemplatePreview;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateVariable;
import org.openar.notifications.TemplateView;
import org.openar.shared.security.Access;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications/templates")
@Tag(name = "Notification templates", description = "Versioned e-mail, SMS and letter templates in zh-CN and en")
public class TemplateController {

  private final NotificationTemplates templates;

  public TemplateController(NotificationTemplates templates) {
    this.templates = templates;
  }

  public record CreateRequest(String key, String description, List<TemplateVariable> variables,
      Map<String, TemplateTexts> texts, String comment) {
    TemplateDraft draft() {
      return new TemplateDraft(description, variables, texts, comment);
    }
  }

  public record UpdateRequest(int baseVersion, String description, List<TemplateVariable> variables,
      Map<String, TemplateTexts> texts, String comment) {
    TemplateDraft draft() {
      return new TemplateDraft(description, variables, texts, comment);
    }
  }

  public record PreviewRequest(String description, List<TemplateVariable> variables, Map<String, TemplateTexts> texts,
      Map<String, Object> data) {
    TemplateDraft draft() {
      return new TemplateDraft(description, variables, texts, null);
    }
  }

  public record SavedPreviewRequest(Integer version, Map<String, Object> data) {}

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "List templates (current versions)")
  public List<TemplateView> list(@RequestParam(defaultValue = "false") boolean includeArchived) {
    return templates.list(includeArchived);
  }

  @GetMapping("/{key}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The current version of a template")
  public TemplateView get(@PathVariable String key) {
    return templates.get(key);
  }

  @GetMapping("/{key}/versions")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Every version of a template, newest first")
  public List<TemplateView> versions(@PathVariable String key) {
    return templates.versions(key);
  }

  @GetMapping("/{key}/versions/{version}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One version of a template")
  public TemplateView version(@PathVariable String key, @PathVariable int version) {
    return templates.get(key, version);
  }

  @PostMapping
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @Operation(summary = "Create a template with its variable schema; unknown variables are rejected")
  public ResponseEntity<TemplateView> create(@RequestBody CreateRequest body) {
    return ResponseEntity.status(201).body(templates.create(body.key(), body.draft()));
  }

  @PutMapping("/{key}")
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @Operation(summary = "Save a new version (baseVersion: the version you edited)")
  public TemplateView update(@PathVariable String key, @RequestBody UpdateRequest body) {
    return templates.update(key, body.baseVersion(), body.draft());
  }

  @DeleteMapping("/{key}")
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @Operation(summary = "Archive a template: kept for the messages that used it, unusable for new ones")
  public ResponseEntity<Void> archive(@PathVariable String key) {
    templates.archive(key);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{key}/restore")
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @Operation(summary = "Restore an archived template")
  public TemplateView restore(@PathVariable String key) {
    templates.restore(key);
    return templates.get(key);
  }

  @PostMapping("/preview")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Live preview of an unsaved template in both languages (sample data when data is absent)")
  public TemplatePreview preview(@RequestBody PreviewRequest body) {
    return templates.preview(body.draft(), body.data());
  }

  @PostMapping(value = "/preview/letter", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "The letter of an unsaved template as PDF in one language")
  public ResponseEntity<byte[]> previewLetter(@RequestParam(defaultValue = "zh-CN") String language,
      @RequestBody PreviewRequest body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .body(templates.previewLetter(body.draft(), language, body.data()));
  }

  @PostMapping("/{key}/preview")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Preview a saved template version in both languages")
  public TemplatePreview previewSaved(@PathVariable String key, @RequestBody(required = false) SavedPreviewRequest body) {
    return templates.preview(key, body == null ? null : body.version(), body == null ? null : body.data());
  }
}
