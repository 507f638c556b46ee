package org.openar.architecture;

import org.junit.jupiter.api.Test;
import org.openar.OpenArApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(OpenArApplication.class);

  @Test
  void modulesOnlyTalkThroughTheirApisAndWithoutCycles() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
  }
}
