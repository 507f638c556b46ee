package org.openar.integration.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportType;
import org.openar.integration.Imports.MappingDraft;
import org.openar.integration.IntegrationError;
import org.openar.integration.SavedMapping;
import org.openar.integration.domain.Schema;
import org.openar.integration.domain.Schemas;
import org.openar.integration.persistence.MappingRepository;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.id.Ids;
import org.openar.shared.security.Actor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved column mappings: a user's own (for one company or all), listed after the presets shipped in
 * {@code classpath:integration/presets/*.json} (read-only; the CLI names them {@code preset:<key>}).
 */
@Service
public class Mappings {

  /** A shipped preset: its CLI key and the mapping. */
  record Preset(String key, SavedMapping mapping) {}

  private final MappingRepository repository;
  private final AuditTrail audit;
  private final Clock clock;
  private final List<Preset> presets;

  Mappings(MappingRepository repository, AuditTrail audit, Clock clock, JsonMapper json) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.presets = load(json);
  }

  List<SavedMapping> list(ImportType type, CompanyId company, Actor actor) {
    List<SavedMapping> out = new ArrayList<>();
    presets.stream().map(Preset::mapping).filter(m -> type == null || m.type() == type).forEach(out::add);
    out.addAll(repository.of(actor.username(), type, company));
    return out;
  }

  SavedMapping save(MappingDraft d, Actor actor) {
    SavedMapping m = new SavedMapping(Ids.newId(), check(d), d.type(), d.companyId(), actor.username(), false,
        d.mapping(), clock.instant());
    if (!repository.insert(m)) {
      throw new OpenArException(IntegrationError.INTEGRATION_MAPPING_NAME_TAKEN, m.name()).onField("name");
    }
    audit.record("integration.mapping", m.id().toString(), "saved", null, m);
    return m;
  }

  SavedMapping update(UUID id, MappingDraft d, Actor actor) {
    SavedMapping before = own(id, actor);
    SavedMapping m = new SavedMapping(id, check(d), d.type(), d.companyId(), before.owner(), false, d.mapping(),
        clock.instant());
    if (!repository.update(m)) {
      throw new OpenArException(IntegrationError.INTEGRATION_MAPPING_NAME_TAKEN, m.name()).onField("name");
    }
    audit.record("integration.mapping", id.toString(), "updated", before, m);
    return m;
  }

  void delete(UUID id, Actor actor) {
    SavedMapping before = own(id, actor);
    repository.delete(id);
    audit.record("integration.mapping", id.toString(), "deleted", before, null);
  }

  Optional<Preset> preset(String key) {
    return presets.stream().filter(p -> p.key().equalsIgnoreCase(key)).findFirst();
  }

  List<Preset> presets() {
    return presets;
  }

  private SavedMapping own(UUID id, Actor actor) {
    if (presets.stream().anyMatch(p -> p.mapping().id().equals(id))) {
      throw new OpenArException(IntegrationError.INTEGRATION_PRESET_READ_ONLY);
    }
    return repository.find(id).filter(m -> m.owner().equals(actor.username()))
        .orElseThrow(() -> new OpenArException(IntegrationError.INTEGRATION_MAPPING_NOT_FOUND, id));
  }

  /** The trimmed name, after checking the draft: a name, a type, a mapping whose targets the type knows. */
  static String check(MappingDraft d) {
    List<FieldViolation> v = new ArrayList<>();
    String name = d.name() == null ? "" : d.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      v.add(FieldViolation.of("name", IntegrationError.INTEGRATION_MAPPING_NAME_REQUIRED));
    }
    if (d.type() == null) {
      v.add(FieldViolation.of("type", SharedError.MISSING_FIELD, "type"));
    } else if (d.mapping() == null) {
      v.add(FieldViolation.of("mapping", SharedError.MISSING_FIELD, "mapping"));
    } else {
      Schema schema = Schemas.of(d.type());
      d.mapping().columns().forEach((h, f) -> {
        if (f != null && !f.isBlank() && !schema.accepts(f)) {
          v.add(FieldViolation.of("mapping.columns[" + h + "]", IntegrationError.INTEGRATION_UNKNOWN_FIELD, f,
              d.type().cliName()));
        }
      });
    }
    if (!v.isEmpty()) {
      throw OpenArException.invalid(v);
    }
    return name;
  }

  private static List<Preset> load(JsonMapper json) {
    List<Preset> out = new ArrayList<>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:integration/presets/*.json")) {
        try (InputStream in = r.getInputStream()) {
          JsonNode n = json.readTree(in);
          out.add(new Preset(n.get("key").asString(), new SavedMapping(UUID.fromString(n.get("id").asString()),
              n.get("name").asString(), ImportType.valueOf(n.get("type").asString()), null, null, true,
              json.treeToValue(n.get("mapping"), ColumnMapping.class), null)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
