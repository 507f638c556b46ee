package org.openar.notifications;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

@OpenArIntegrationTest
class TemplateApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;

  static final String VARIABLES = """
      [{"name":"customer","type":"OBJECT","required":true,"fields":[{"name":"name","type":"TEXT","required":true,"example":"上海示例贸易有限公司"}]},
       {"name":"total","type":"MONEY","required":true,"example":"12345.60 CNY"}]""";

  static String texts(String zhHtml) {
    return """
        {"zh-CN":{"emailSubject":"提醒 {{customer.name}}","emailHtml":"%s"},
         "en":{"emailSubject":"Reminder {{customer.name}}","emailHtml":"<p>Dear {{customer.name}}, {{total|money}}</p>"}}"""
        .formatted(zhHtml);
  }

  @Test
  void anUnknownVariableIsRejectedWhenTheTemplateIsSaved() throws Exception {
    String admin = Api.bearer(users, "tpl-admin", Role.ADMIN);
    mvc.perform(post("/api/v1/notifications/templates").header("Authorization", admin)
            .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"key":"api.reminder.bad","variables":%s,"texts":%s}""".formatted(VARIABLES,
                texts("<p>{{customer.name}} 欠 {{totl|money}}</p>"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("texts.zh-CN.emailHtml"))
        .andExpect(jsonPath("$.errors[0].code").value("NOTIFICATIONS_UNKNOWN_VARIABLE"))
        .andExpect(jsonPath("$.errors[0].message").value("第 1 行第 24 列的“totl”不是此模板的变量。"));
    mvc.perform(get("/api/v1/notifications/templates/api.reminder.bad").header("Authorization", admin))
        .andExpect(status().isNotFound());
  }

  @Test
  void savingCreatesVersionsAndThePreviewRendersBothLanguages() throws Exception {
    String admin = Api.bearer(users, "tpl-admin", Role.ADMIN);
    String create = """
        {"key":"api.reminder.ok","variables":%s,"texts":%s}""".formatted(VARIABLES,
        texts("<p>{{customer.name}} 欠 {{total|money}}</p>"));
    mvc.perform(post("/api/v1/notifications/templates").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON).content(create))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
    mvc.perform(put("/api/v1/notifications/templates/api.reminder.ok").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"baseVersion":1,"variables":%s,"texts":%s}""".formatted(VARIABLES,
                texts("<p>{{customer.name}}：请支付 {{total|money}}</p>"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
    mvc.perform(put("/api/v1/notifications/templates/api.reminder.ok").header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"baseVersion":1,"variables":%s,"texts":%s}""".formatted(VARIABLES, texts("<p>x</p>"))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("NOTIFICATIONS_TEMPLATE_STALE_VERSION"));

    String collector = Api.bearer(users, "tpl-collector", Role.COLLECTOR);
    mvc.perform(post("/api/v1/notifications/templates/api.reminder.ok/preview").header("Authorization", collector)
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.languages['zh-CN'].emailHtml").value("<p>上海示例贸易有限公司：请支付 ¥12,345.60</p>"))
        .andExpect(jsonPath("$.languages.en.emailHtml").value("<p>Dear 上海示例贸易有限公司, CNY 12,345.60</p>"));
    mvc.perform(get("/api/v1/notifications/templates/api.reminder.ok/versions").header("Authorization", collector))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
    mvc.perform(post("/api/v1/notifications/templates").header("Authorization", collector)
            .contentType(MediaType.APPLICATION_JSON).content(create.replace("api.reminder.ok", "api.reminder.x")))
        .andExpect(status().isForbidden());
    // an auditor reads everything; a sales rep cannot read a log that spans other reps' customers
    String auditor = Api.bearer(users, "tpl-auditor", Role.AUDITOR);
    mvc.perform(get("/api/v1/notifications/messages").header("Authorization", auditor))
        .andExpect(status().isOk());
    String rep = Api.bearer(users, "tpl-rep", Role.SALES_REP);
    mvc.perform(get("/api/v1/notifications/messages").header("Authorization", rep))
        .andExpect(status().isForbidden());
  }
}
