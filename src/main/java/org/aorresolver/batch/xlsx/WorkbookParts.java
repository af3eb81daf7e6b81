package org.aorresolver.batch.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.aorresolver.batch.BatchInputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The parts of a workbook the reader keeps in memory, each inflated under the limits and parsed
 * once before the reader sees them: the content types, the workbook part (its sheets), the
 * workbook's relationships (where each sheet's part is), the styles and the shared strings (how
 * many). Together they may inflate to {@link XlsxLimits#maxHeldBytes}.
 */
final class WorkbookParts {
  private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

  record SheetRef(String name, String relationship) {}

  private final ZipFile zip;
  private final long fileBytes;
  private final XlsxLimits limits;
  private final Map<String, String> types = new HashMap<>();
  private final List<SheetRef> sheets = new ArrayList<>();
  private final Map<String, String> targets = new HashMap<>();
  private long held;
  private long sharedStrings;
  private String workbook = "xl/workbook.xml";

  private WorkbookParts(ZipFile zip, long fileBytes, XlsxLimits limits) {
    this.zip = zip;
    this.fileBytes = fileBytes;
    this.limits = limits;
  }

  /** Reads and checks the kept parts of {@code zip}, a file of {@code fileBytes}. */
  static WorkbookParts read(ZipFile zip, long fileBytes, XlsxLimits limits)
      throws IOException, BatchInputException {
    WorkbookParts p = new WorkbookParts(zip, fileBytes, limits);
    p.parse("[Content_Types].xml", true, p::contentType);
    p.types.forEach(
        (part, type) -> {
          if (type.equals(MAIN + "sheet.main+xml") || type.equals(MACRO_MAIN)) {
            p.workbook = part;
          }
        });
    p.parse(p.workbook, true, p::sheet);
    p.parse(relsOf(p.workbook), false, p::relationship);
    for (Map.Entry<String, String> t : p.types.entrySet()) {
      if (t.getValue().equals(MAIN + "styles+xml")) {
        p.parse(t.getKey(), false, r -> {});
      } else if (t.getValue().equals(MAIN + "sharedStrings+xml")) {
        p.parse(t.getKey(), false, p::sharedString);
      }
    }
    return p;
  }

  List<SheetRef> sheets() {
    return sheets;
  }

  /** The zip entry of a sheet's part, or null. */
  String partOf(SheetRef sheet) {
    String target = targets.get(sheet.relationship());
    if (target == null) {
      return null;
    }
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    int slash = workbook.lastIndexOf('/');
    return workbook.substring(0, slash + 1) + target;
  }

  /** Bytes the kept parts inflated to, together. */
  long heldBytes() {
    return held;
  }

  /** How many shared strings there are: a cell may refer only to those. */
  long sharedStrings() {
    return sharedStrings;
  }

  private interface Element {
    void start(XMLStreamReader r);
  }

  private void parse(String name, boolean required, Element element)
      throws IOException, BatchInputException {
    ZipArchiveEntry e = zip.getEntry(name);
    if (e == null && required) {
      throw new BatchInputException("not an .xlsx workbook: it has no part " + name);
    }
    if (e == null) {
      return;
    }
    long room = limits.maxHeldBytes() - held;
    Inflation in = null;
    try {
      in = Inflation.of(zip, e, fileBytes, room, limits.maxRatio());
      in.limitNamed(
          String.format(
              Locale.ROOT,
              "the parts kept in memory may inflate to %,d bytes together (save the sheet as CSV,"
                  + " or give more heap)",
              limits.maxHeldBytes()));
      XMLStreamReader r = Xml.reader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          element.start(r);
        }
      }
      held += in.drain();
    } catch (XMLStreamException | IOException | RuntimeException x) {
      throw failure(x, name, in);
    } finally {
      if (in != null) {
        in.close();
      }
    }
  }

  /** What a failure to read a part means: a limit, or a part that is not well-formed. */
  static BatchInputException failure(Exception x, String part, Inflation in) {
    if (in != null && in.exceeded() != null) {
      return in.exceeded();
    }
    String m = x.getMessage() == null ? x.toString() : x.getMessage().replaceAll("\\s+", " ");
    return new BatchInputException(
        String.format(Locale.ROOT, "the workbook's part %s cannot be read: %s", part, m));
  }

  private void contentType(XMLStreamReader r) {
    if (r.getLocalName().equals("Override")) {
      String part = Xml.attribute(r, "PartName");
      String type = Xml.attribute(r, "ContentType");
      if (part != null && type != null) {
        types.put(part.startsWith("/") ? part.substring(1) : part, type);
      }
    }
  }

  private void sheet(XMLStreamReader r) {
    if (r.getLocalName().equals("sheet")) {
      sheets.add(new SheetRef(Xml.attribute(r, "name"), Xml.attribute(r, "id")));
    }
  }

  private void relationship(XMLStreamReader r) {
    if (r.getLocalName().equals("Relationship")) {
      targets.put(Xml.attribute(r, "Id"), Xml.attribute(r, "Target"));
    }
  }

  private void sharedString(XMLStreamReader r) {
    if (r.getLocalName().equals("si")) {
      sharedStrings++;
    }
  }

  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }
}
