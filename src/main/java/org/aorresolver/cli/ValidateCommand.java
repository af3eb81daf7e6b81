package org.aorresolver.cli;

import java.util.concurrent.Callable;
import org.aorresolver.data.GeodataFiles;
import org.aorresolver.data.GeodataValidator;
import org.aorresolver.data.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate}: checks a geodata folder, lists every problem, exits 1 if there is any. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a geodata folder and list every problem (exit 1 if any).")
final class ValidateCommand implements Callable<Integer> {
  @Mixin GeodataOption geodata;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GeodataFiles files = geodata.files();
    ValidationReport report = GeodataValidator.validate(files);
    var out = spec.commandLine().getOut();
    report.notes().forEach(n -> out.println("note: " + n));
    report.problems().forEach(p -> out.println("problem: " + p));
    out.printf(
        "%s: %s%n",
        files.describe(), report.ok() ? "valid" : report.problems().size() + " problem(s)");
    return report.ok() ? 0 : 1;
  }
}
