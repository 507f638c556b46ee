package org.openar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher's command line: every command found, each with its help, and the server's shortcut parsing alike. */
class OpenArCommandLineTest {

  @Test
  void everyCommandOfTheIssueIsThereWithItsHelp() {
    CommandLine cli = OpenAr.commandLine();
    assertThat(cli.getSubcommands().keySet()).contains("serve", "import", "aging", "audit", "token", "bench");
    for (String name : cli.getSubcommands().keySet()) {
      StringWriter out = new StringWriter();
      cli.setOut(new PrintWriter(out));
      assertThat(cli.execute(name, "--help")).as(name).isZero();
      assertThat(out.toString()).as(name).contains("Usage: openar " + name);
    }
  }

  @Test
  void theServeShortcutParsesAndHelpsExactlyAsTheFullCommandLine() {
    CommandLine full = OpenAr.commandLine();
    CommandLine serveOnly = OpenAr.commandLine(List.of(ServeCommand.class));
    assertThat(serveOnly.getSubcommands().keySet()).containsExactly("serve");
    assertThat(help(serveOnly)).isEqualTo(help(full));
    var parsed = serveOnly.parseArgs("serve", "--demo", "--port", "18080", "--data-dir", "/tmp/x", "--extra=1");
    ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
    assertThat(parsed.subcommand().matchedOptionValue("--port", 0)).isEqualTo(18080);
    assertThat(parsed.subcommand().hasMatchedOption("--demo")).isTrue();
    assertThat(parsed.subcommand().unmatched()).containsExactly("--extra=1");
    assertThat(serve).isNotNull();
  }

  private static String help(CommandLine cli) {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.execute("serve", "--help");
    return out.toString();
  }
}
