package org.openar.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers OpenAR's JSON conventions (money and decimals as strings) with the application's JsonMapper. */
@Configuration(proxyBeanMethods = false)
public class JsonConfig {

  @Bean
  public MoneyJsonModule moneyJsonModule() {
    return new MoneyJsonModule();
  }
}
