package org.openar.collections;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The collector directory and the template preview the collections screens use. */
@OpenArIntegrationTest
class CollectionsUiApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;

  private static final String VARIABLES = """
      [{"name":"customer","type":"OBJECT","required":true,"fields":[{"name":"name","type":"TEXT","required":true,
        "example":"上海示例贸易有限公司"}]}]""";

  private static String template(String enSubject) {
    return """
        {"description":"d","variables":%s,"texts":{
          "zh-CN":{"emailSubject":"提醒：{{customer.name}}","emailHtml":"<p>{{customer.name}}</p>"},
          "en":{"emailSubject":"%s","emailHtml":"<p>Dear {{customer.name}}</p>"}}}""".formatted(VARIABLES, enSubject);
  }

  @Test
  void listsTheCollectorsOnly() throws Exception {
    String manager = Api.bearer(users, "ui-manager", Role.CREDIT_MANAGER);
    Api.bearer(users, "ui-collector-zhang", Role.COLLECTOR);
    mvc.perform(get("/api/v1/collections/collectors").header("Authorization", manager))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.username=='ui-collector-zhang')].enabled").value(true))
        .andExpect(jsonPath("$[?(@.username=='ui-manager')]").isEmpty());
  }

  @Test
  void thePreviewRendersBothLanguagesForTheCreditManagerAndRejectsUnknownVariablesOnTheirField() throws Exception {
    String manager = Api.bearer(users, "ui-manager-2", Role.CREDIT_MANAGER);
    mvc.perform(post("/api/v1/collections/template-preview").header("Authorization", manager)
            .contentType(MediaType.APPLICATION_JSON).content(template("Reminder for {{customer.name}}")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.languages.en.emailSubject").value("Reminder for 上海示例贸易有限公司"))
        .andExpect(jsonPath("$.languages['zh-CN'].emailSubject").value("提醒：上海示例贸易有限公司"));
    mvc.perform(post("/api/v1/collections/template-preview").header("Authorization", manager)
            .contentType(MediaType.APPLICATION_JSON).content(template("Reminder {{customer.vatNumber}}")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("texts.en.emailSubject"));
  }

  @Test
  void aSalesRepMayUseNeitherAndOnlyTemplateEditorsPreviewHere() throws Exception {
    String rep = Api.bearer(users, "ui-rep", Role.SALES_REP);
    mvc.perform(get("/api/v1/collections/collectors").header("Authorization", rep)).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/collections/template-preview").header("Authorization", rep)
        .contentType(MediaType.APPLICATION_JSON).content(template("x"))).andExpect(status().isForbidden());
    String auditor = Api.bearer(users, "ui-auditor", Role.AUDITOR);
    mvc.perform(post("/api/v1/collections/template-preview").header("Authorization", auditor)
        .contentType(MediaType.APPLICATION_JSON).content(template("x"))).andExpect(status().isForbidden());
  }
}
