package org.aorresolver.cli;

import java.util.concurrent.Callable;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataLoader;
import org.aorresolver.data.GeodataValidator;
import org.aorresolver.data.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve}: loads and checks the geodata; the HTTP service is started here. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP service.")
final class ServeCommand implements Callable<Integer> {
  @Mixin GeodataOption geodata;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws GeodataException {
    Geodata data = GeodataLoader.load(geodata.files());
    ValidationReport report = GeodataValidator.validate(geodata.files(), data, false);
    var out = spec.commandLine().getOut();
    if (!report.ok()) {
      report.problems().forEach(p -> spec.commandLine().getErr().println("problem: " + p));
      return 1;
    }
    out.printf(
        "geodata %s: %d counties, %d offices (%s), %d check-in offices%n",
        data.manifest().dataVersion(),
        data.counties().size(),
        data.aors().get(Edition.CURRENT).size(),
        Edition.CURRENT.id(),
        data.checkinOffices().size());
    return 0;
  }
}
