package org.openar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The wizard's API end to end: stage a file, preview the guessed mapping, start a job, poll its progress, read and
 * download the rejected rows (translated), idempotent start, saved mappings, and who may do what.
 */
@OpenArIntegrationTest
class ImportApiTest {

  static final String FILE = """
      客户编码,发票号,开票日期,到期日,金额
      A1,API-1,2026-02-01,2026-03-03,"1,000.00"
      A1,API-2,2026-02-30,2026-03-03,20.00
      A2,API-3,2026-02-01,2026-03-03,abc
      NOPE,API-4,2026-02-01,2026-03-03,5.00
      """;

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  ImportFixture f;
  String clerk;
  String auditor;

  @BeforeEach
  void setUp() {
    f = new ImportFixture(customers);
    f.customer(customers, "A1");
    f.customer(customers, "A2");
    clerk = Api.bearer(users, "import-clerk", Role.AR_CLERK);
    auditor = Api.bearer(users, "import-auditor", Role.AUDITOR);
  }

  @Test
  void stagePreviewRunPollAndDownloadTheRejectedRows() throws Exception {
    String upload = body(mvc.perform(multipart("/api/v1/imports/uploads").file(file("open.csv", FILE))
        .header("Authorization", clerk)).andExpect(status().isCreated()));
    String uploadId = JsonPath.read(upload, "$.id");
    assertThat(JsonPath.<List<String>>read(upload, "$.header")).containsExactly("客户编码", "发票号", "开票日期", "到期日",
        "金额");
    assertThat(JsonPath.<String>read(upload, "$.encoding")).isEqualTo("UTF-8");

    String preview = body(mvc.perform(post("/api/v1/imports/uploads/" + uploadId + "/preview")
        .header("Authorization", clerk).header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
        .content("{\"type\":\"OPEN_INVOICES\",\"companyId\":\"" + f.company.id() + "\"}")).andExpect(status().isOk()));
    assertThat(JsonPath.<Map<String, String>>read(preview, "$.mapping.columns")).containsEntry("客户编码", "customerCode")
        .containsEntry("发票号", "invoiceNumber").containsEntry("开票日期", "invoiceDate")
        .containsEntry("到期日", "dueDate").containsEntry("金额", "amount");
    assertThat(JsonPath.<String>read(preview, "$.rows[0].values.amount")).isEqualTo("1000.00 CNY");
    assertThat(JsonPath.<String>read(preview, "$.rows[1].problems[0].column")).isEqualTo("开票日期");
    assertThat(JsonPath.<String>read(preview, "$.rows[1].problems[0].message")).contains("2026-02-30");

    String start = "{\"uploadId\":\"" + uploadId + "\",\"type\":\"OPEN_INVOICES\",\"companyId\":\"" + f.company.id()
        + "\"}";
    String job = body(mvc.perform(post("/api/v1/imports").header("Authorization", clerk)
        .header("Idempotency-Key", "imp-" + f.tag).contentType(MediaType.APPLICATION_JSON).content(start))
        .andExpect(status().isAccepted()));
    String jobId = JsonPath.read(job, "$.id");
    String again = body(mvc.perform(post("/api/v1/imports").header("Authorization", clerk)
        .header("Idempotency-Key", "imp-" + f.tag).contentType(MediaType.APPLICATION_JSON).content(start))
        .andExpect(status().isAccepted()));
    assertThat(JsonPath.<String>read(again, "$.id")).as("same key, same job").isEqualTo(jobId);

    String done = poll(jobId);
    assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("COMPLETED");
    assertThat(JsonPath.<Integer>read(done, "$.progress.accepted")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(done, "$.progress.rejected")).isEqualTo(3);
    assertThat(JsonPath.<Double>read(done, "$.progress.percent")).isEqualTo(100.0);

    String rejected = body(mvc.perform(get("/api/v1/imports/" + jobId + "/rejected").header("Authorization", auditor)
        .header("Accept-Language", "zh-CN")).andExpect(status().isOk()));
    assertThat(JsonPath.<List<Integer>>read(rejected, "$.items[*].rowNumber")).containsExactly(3, 4, 5);
    assertThat(JsonPath.<List<String>>read(rejected, "$.items[*].problems[0].column"))
        .containsExactly("开票日期", "金额", "客户编码");
    assertThat(JsonPath.<String>read(rejected, "$.items[2].problems[0].message")).contains("NOPE").contains("客户");

    String csv = new String(mvc.perform(get("/api/v1/imports/" + jobId + "/rejected/download?format=csv")
        .header("Authorization", clerk).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF客户编码,发票号,开票日期,到期日,金额,Row,Column,Reason");
    assertThat(csv.lines()).hasSize(4).anyMatch(l -> l.startsWith("A2,API-3,2026-02-01,2026-03-03,abc,4,金额,"));
    byte[] xlsx = mvc.perform(get("/api/v1/imports/" + jobId + "/rejected/download?format=xlsx")
        .header("Authorization", clerk).header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("原因");
      assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("NOPE");
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
    }
    String list = body(mvc.perform(get("/api/v1/imports?type=OPEN_INVOICES").header("Authorization", auditor))
        .andExpect(status().isOk()));
    assertThat(JsonPath.<List<String>>read(list, "$.items[*].id")).contains(jobId);
  }

  @Test
  void aWrongMappingIsRefusedBeforeAnyJobExistsAndReadOnlyRolesCannotImport() throws Exception {
    String upload = body(mvc.perform(multipart("/api/v1/imports/uploads").file(file("x.csv", FILE))
        .header("Authorization", clerk)).andExpect(status().isCreated()));
    String id = JsonPath.read(upload, "$.id");
    mvc.perform(post("/api/v1/imports").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content("{\"uploadId\":\"" + id + "\",\"type\":\"OPEN_INVOICES\",\"companyId\":\"" + f.company.id()
                + "\",\"mapping\":{\"columns\":{\"客户编码\":\"customerCode\",\"No such\":\"invoiceNumber\"}}}"))
        .andExpect(status().isBadRequest())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("INTEGRATION_UNKNOWN_COLUMN")
            .contains("INTEGRATION_REQUIRED_FIELD_UNMAPPED").contains("mapping.columns[No such]"));
    mvc.perform(multipart("/api/v1/imports/uploads").file(file("x.csv", FILE)).header("Authorization", auditor))
        .andExpect(status().isForbidden());
    // another user's upload is not found
    mvc.perform(post("/api/v1/imports/uploads/" + id + "/preview").header("Authorization",
            Api.bearer(users, "import-clerk-2", Role.AR_CLERK)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\":\"OPEN_INVOICES\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void mappingsAreSavedPerUserAndPresetsAreReadOnly() throws Exception {
    String body = "{\"name\":\"ERP export " + f.tag + "\",\"type\":\"OPEN_INVOICES\",\"companyId\":\"" + f.company.id()
        + "\",\"mapping\":{\"columns\":{\"Kunde\":\"customerCode\"},\"dateFormat\":\"DMY\"}}";
    String saved = body(mvc.perform(post("/api/v1/imports/mappings").header("Authorization", clerk)
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    String id = JsonPath.read(saved, "$.id");
    mvc.perform(post("/api/v1/imports/mappings").header("Authorization", clerk)
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
    String mine = body(mvc.perform(get("/api/v1/imports/mappings?type=OPEN_INVOICES&companyId=" + f.company.id())
        .header("Authorization", clerk)).andExpect(status().isOk()));
    assertThat(JsonPath.<List<String>>read(mine, "$[*].id")).contains(id);
    String settled = body(mvc.perform(get("/api/v1/imports/mappings?type=SETTLED_INVOICES")
        .header("Authorization", clerk)).andExpect(status().isOk()));
    String preset = JsonPath.<List<String>>read(settled, "$[?(@.preset == true)].id").get(0);
    mvc.perform(put("/api/v1/imports/mappings/" + preset).header("Authorization", clerk)
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnprocessableEntity());
    mvc.perform(delete("/api/v1/imports/mappings/" + id).header("Authorization",
        Api.bearer(users, "import-clerk-3", Role.AR_CLERK))).andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/imports/mappings/" + id).header("Authorization", clerk))
        .andExpect(status().isNoContent());
  }

  private String poll(String jobId) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      String job = body(mvc.perform(get("/api/v1/imports/" + jobId).header("Authorization", auditor))
          .andExpect(status().isOk()));
      String s = JsonPath.read(job, "$.status");
      if (s.equals("COMPLETED") || s.equals("FAILED") || System.currentTimeMillis() > deadline) {
        return job;
      }
      Thread.sleep(100);
    }
  }

  static MockMultipartFile file(String name, String content) {
    return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }

  static String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
    MvcResult res = r.andReturn();
    return res.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
