package org.openar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Client-side routes of the web app get index.html; server paths and files do not; hashed assets are cached for good,
 * index.html is revalidated. (The test classpath carries a stand-in index.html and asset under static/.)
 */
@OpenArIntegrationTest
class WebAppServingTest {

  @Autowired MockMvc mvc;

  @Test
  void clientRoutesAreForwardedToIndexHtml() throws Exception {
    for (String path : new String[] {"/", "/login", "/admin/audit", "/customers/0190f3a1-7c4e-7000-8000-000000000001"}) {
      mvc.perform(get(path)).andExpect(status().isOk()).andExpect(forwardedUrl("/index.html"));
    }
  }

  @Test
  void serverPathsAndFilesAreNotForwarded() {
    for (String path : new String[] {"/api/v1/nope", "/api", "/actuator/health", "/v3/api-docs", "/swagger-ui/index.html",
        "/error", "/favicon.ico", "/assets/missing-abc.js", "/robots.txt"}) {
      assertThat(SpaForwardingFilter.isClientRoute("GET", path)).as(path).isFalse();
    }
    assertThat(SpaForwardingFilter.isClientRoute("POST", "/admin/audit")).isFalse();
    assertThat(SpaForwardingFilter.isClientRoute("HEAD", "/admin/audit")).isTrue();
    assertThat(SpaForwardingFilter.isClientRoute("GET", "/apiary")).isTrue();
  }

  @Test
  void unknownApiPathsStillAnswerProblemJson() throws Exception {
    mvc.perform(get("/api/v1/no-such-thing").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().is4xxClientError())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").exists());
  }

  @Test
  void postsToClientRoutesAreNotServedTheApp() throws Exception {
    mvc.perform(post("/admin/audit")).andExpect(forwardedUrl(null));
  }

  @Test
  void indexHtmlIsRevalidatedAndHashedAssetsAreImmutable() throws Exception {
    mvc.perform(get("/index.html"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-cache"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("<div id=\"root\">")));
    mvc.perform(get("/assets/spa-test-0a1b2c3d.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
  }
}
