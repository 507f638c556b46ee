package org.openar.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP edge answers every kind of bad input with problem+json, a stable code and a translated message. */
@OpenArIntegrationTest
class ProblemJsonTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  String bearer;

  @BeforeEach
  void token() {
    bearer = Api.bearer(users, "problem-tester", Role.AR_CLERK);
  }

  @Test
  void malformedJson() throws Exception {
    mvc.perform(put("/api/v1/auth/me/language").header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content("{\"language\": "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
  }

  @Test
  void unknownFieldIsNamed() throws Exception {
    mvc.perform(put("/api/v1/auth/me/language").header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"en\", \"admin\": true}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"))
        .andExpect(jsonPath("$.errors[0].field").value("admin"));
  }

  @Test
  void missingFieldIsShownOnTheField() throws Exception {
    mvc.perform(put("/api/v1/auth/me/language").header("Authorization", bearer).header("Accept-Language", "zh-CN")
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors[0].field").value("language"))
        .andExpect(jsonPath("$.errors[0].code").value("MISSING_FIELD"))
        .andExpect(jsonPath("$.errors[0].message").value("字段“language”为必填项。"));
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    String huge = "{\"language\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    mvc.perform(put("/api/v1/auth/me/language").header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(huge))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
  }

  @Test
  void businessRuleErrorsCarryTheirCode() throws Exception {
    mvc.perform(put("/api/v1/auth/me/language").header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"fr\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("IDENTITY_UNSUPPORTED_LANGUAGE"))
        .andExpect(jsonPath("$.errors[0].field").value("language"));
  }

  @Test
  void unknownApiPathIs404Problem() throws Exception {
    mvc.perform(get("/api/v1/nothing-here").header("Authorization", bearer))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
  }
}
