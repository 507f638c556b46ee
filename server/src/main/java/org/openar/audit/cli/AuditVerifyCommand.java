package org.openar.audit.cli;

import java.util.concurrent.Callable;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditVerification;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@OpenArCommand(parent = "audit", parentDescription = "Audit trail commands")
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Re-compute the audit hash chain; exit code 0 if intact, 3 if any row was edited or deleted.")
public class AuditVerifyCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext ctx = SpringCli.start(data)) {
      AuditVerification v = ctx.getBean(AuditTrail.class).verify();
      if (v.ok()) {
        System.out.println("Audit chain intact: " + v.rowsChecked() + " rows verified.");
        return 0;
      }
      System.out.println("Audit chain BROKEN (" + v.rowsChecked() + " rows checked):");
      v.problems().forEach(p -> System.out.println("  - " + p));
      return 3;
    }
  }
}
