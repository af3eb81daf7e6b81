package org.aorresolver.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.aorresolver.data.GeodataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The runnable jar: {@code serve}, {@code resolve}, {@code batch}, {@code validate}. */
@Command(
    name = "aor-resolver",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Which ICE ERO field office is responsible for a place.",
    subcommands = {
      ServeCommand.class,
      ResolveCommand.class,
      BatchCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err);
    if (code != 0 || args.length == 0 || !"serve".equals(args[0])) {
      System.exit(code);
    }
  }

  /** Parses the arguments and runs the command; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getSubcommands().get("batch").<BatchCommand>getCommand().use(in, out);
    // unusable geodata is the user's to fix: say which file and feature, without a stack trace
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          if (!(e instanceof GeodataException)) {
            throw e;
          }
          command.getErr().println("aor-resolver: unusable geodata: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"aor-resolver " + (v == null ? "(development)" : v)};
    }
  }
}
