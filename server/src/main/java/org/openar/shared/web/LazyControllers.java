package org.openar.shared.web;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;

/**
 * OpenAR's own controllers are created on their first request rather than at start-up. Each one is a security proxy
 * (its {@code @PreAuthorize} methods), generated class and all, and nothing but a request ever uses one: the handler
 * mappings register them by bean name and type without creating them. About forty of them were a noticeable part of a
 * start on two cores (docs/benchmarks.md, "Demo company seeding"); a first request to one costs a few milliseconds
 * once. Tests that build the whole context still create every controller through their requests, and
 * {@code openar.web.lazy-controllers=false} restores eager creation.
 */
@Configuration(proxyBeanMethods = false)
public class LazyControllers {

  public static final String PROPERTY = "openar.web.lazy-controllers";

  @Bean
  static BeanFactoryPostProcessor openArLazyControllers() {
    return new Marker();
  }

  static final class Marker implements BeanFactoryPostProcessor, EnvironmentAware {

    private boolean enabled = true;

    @Override
    public void setEnvironment(Environment environment) {
      enabled = environment.getProperty(PROPERTY, Boolean.class, true);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
      if (!enabled) {
        return;
      }
      for (String name : factory.getBeanDefinitionNames()) {
        BeanDefinition d = factory.getBeanDefinition(name);
        if (d instanceof AnnotatedBeanDefinition a && a.getMetadata().getClassName().startsWith("org.openar.")
            && a.getMetadata().isAnnotated(Controller.class.getName())) {
          d.setLazyInit(true);
        }
      }
    }
  }
}
