package org.openar.identity.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.openar.identity.Users;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@OpenArCommand(parent = "token", parentDescription = "API token commands")
@Command(name = "create", mixinStandardHelpOptions = true,
    description = "Create an API token for a user and print it once (use it as 'Authorization: Bearer <token>').")
public class TokenCreateCommand implements Callable<Integer> {

  @Option(names = "--user", required = true, paramLabel = "USERNAME", description = "The user the token acts as.")
  String user;

  @Option(names = "--name", defaultValue = "cli", description = "A label for the token (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--days", paramLabel = "N", description = "Expire after N days (default: never).")
  Integer days;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext ctx = SpringCli.start(data)) {
      String token = ctx.getBean(Users.class).createToken(user, name, days == null ? null : Duration.ofDays(days));
      System.out.println(token);
      return 0;
    }
  }
}
