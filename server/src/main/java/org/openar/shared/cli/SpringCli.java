package org.openar.shared.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for a CLI command: the same beans, database and migrations as the server, but no web server,
 * no scheduled jobs and quiet logs.
 */
public final class SpringCli {

  private static Class<?> applicationClass;

  private SpringCli() {}

  public static void init(Class<?> application) {
    applicationClass = application;
  }

  public static Class<?> applicationClass() {
    if (applicationClass == null) {
      throw new IllegalStateException("SpringCli.init was not called");
    }
    return applicationClass;
  }

  /** A non-web context for a command; close it when done. */
  public static ConfigurableApplicationContext start(DataOptions data, String... extra) {
    List<String> args = new ArrayList<>(data == null ? List.of() : data.springArgs());
    args.add("--openar.jobs.enabled=false");
    args.add("--spring.main.banner-mode=off");
    args.add("--spring.main.log-startup-info=false");
    args.add("--logging.level.root=WARN");
    args.add("--logging.level.org.openar=WARN");
    args.addAll(Arrays.asList(extra));
    return new SpringApplicationBuilder(applicationClass())
        .web(WebApplicationType.NONE)
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("openarCliWebExclude", new WebLayerExcludeFilter()))
        .run(args.toArray(String[]::new));
  }

  /** Commands run without a web server, so controllers and their advice are left out of the context. */
  static final class WebLayerExcludeFilter extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
      AnnotationMetadata m = reader.getAnnotationMetadata();
      return m.hasAnnotation(RestController.class.getName()) || m.hasAnnotation(Controller.class.getName())
          || m.hasAnnotation(RestControllerAdvice.class.getName()) || m.hasMetaAnnotation(Controller.class.getName());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WebLayerExcludeFilter;
    }

    @Override
    public int hashCode() {
      return WebLayerExcludeFilter.class.hashCode();
    }
  }
}
