package org.openar.collections;

import static org.assertj.core.api.Assertions.assertThat;

import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** REST calls as a user of a role (a fresh token each time: tests move the clock past token expiry). */
final class RestCalls {

  private final MockMvc mvc;
  private final Users users;
  private final JsonMapper json;

  RestCalls(MockMvc mvc, Users users, JsonMapper json) {
    this.mvc = mvc;
    this.users = users;
    this.json = json;
  }

  JsonNode post(Role role, String path, String body, int expected) throws Exception {
    return call(role, MockMvcRequestBuilders.post(path), body, expected);
  }

  JsonNode get(Role role, String path, int expected) throws Exception {
    return call(role, MockMvcRequestBuilders.get(path), null, expected);
  }

  JsonNode call(Role role, MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
    request.header("Authorization", Api.bearer(users, "tt-" + role.name().toLowerCase().replace('_', '-'), role));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    MvcResult r = mvc.perform(request).andReturn();
    String text = r.getResponse().getContentAsString();
    assertThat(r.getResponse().getStatus()).as("%s %s: %s", request, body, text).isEqualTo(expected);
    return text.isEmpty() ? null : json.readTree(text);
  }
}
