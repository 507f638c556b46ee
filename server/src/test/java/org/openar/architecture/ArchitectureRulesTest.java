package org.openar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** House rules ARCHITECTURE.md states in prose, enforced so that they stay true. */
class ArchitectureRulesTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.openar");

  @Test
  void domainPackagesAreFreeOfSpringSqlAndWeb() {
    noClasses().that().resideInAPackage("org.openar..domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "jakarta.persistence..",
            "tools.jackson..", "com.fasterxml.jackson..")
        .because("domain code is plain Java, testable without a container")
        .allowEmptyShould(true)
        .check(MAIN);
  }

  @Test
  void moneyIsNeverBuiltFromBinaryFloatingPoint() {
    noClasses().should().callMethod(BigDecimal.class, "valueOf", double.class)
        .orShould().callConstructor(BigDecimal.class, double.class)
        .because("a double cannot hold 0.10 exactly; money is BigDecimal from strings or minor units")
        .check(MAIN);
  }

  @Test
  void moneyLikeFieldsAreNeverDoubleOrFloat() {
    noFields().that().haveNameMatching("(?i).*(amount|balance|price|total|fee|tax|money|open|paid|due)(minor)?.*")
        .should().haveRawType(double.class)
        .orShould().haveRawType(float.class)
        .orShould().haveRawType(Double.class)
        .orShould().haveRawType(Float.class)
        .because("money is BigDecimal or Money (or long minor units), never binary floating point")
        .check(MAIN);
  }

  @Test
  void businessDatesComeFromTheInjectedClock() {
    noClasses().that().resideOutsideOfPackage("org.openar.shared.time..")
        .should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .because("time comes from the one Clock bean, so tests and demos can move it")
        .check(MAIN);
  }
}
