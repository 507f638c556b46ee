package org.openar.integration.persistence;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON columns of this module, written and read with the application's mapper. */
@Component
public class Json {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JsonMapper mapper;

  public Json(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public String write(Object value) {
    return value == null ? null : mapper.writeValueAsString(value);
  }

  public <T> T read(String json, Class<T> type) {
    return json == null ? null : mapper.readValue(json, type);
  }

  public <T> T read(String json, TypeReference<T> type) {
    return json == null ? null : mapper.readValue(json, type);
  }

  public List<String> strings(String json) {
    return json == null ? List.of() : mapper.readValue(json, STRINGS);
  }
}
