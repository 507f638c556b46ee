package org.openar.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Caching of the bundled web app: Vite puts a content hash in every file name under {@code /assets/}, so those are
 * cached for a year and never revalidated; {@code index.html} names the current hashes, so browsers revalidate it on
 * every load (no-cache: a 304 when unchanged) and pick up a new release at once.
 */
@Configuration(proxyBeanMethods = false)
public class WebAppResources implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    registry.addResourceHandler(SpaForwardingFilter.INDEX)
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache());
  }
}
