package org.aorresolver.batch.xlsx;

import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.aorresolver.batch.BatchInputException;

/**
 * One pass over a sheet's XML before the reader reads it: the sheet must be well-formed, inflate
 * within the limits, keep to Excel's rows and columns (a cell at column 300,000,000 would make the
 * reader hold a row that wide), hold no row with more text than a row may have, and refer only to
 * shared strings that exist. It also finds the rows the batch will answer: from the first row with
 * a value (the header) to the last.
 */
final class SheetCheck {
  private final String sheet;
  private final XlsxLimits limits;
  private final long sharedStrings;
  private final StringBuilder text = new StringBuilder();
  private int row;
  private int column;
  private int cells;
  private long rowChars;
  private boolean rowHasValue;
  private boolean sharedCell;
  private String cellRef;
  private int first = -1;
  private int last = -1;

  private SheetCheck(String sheet, XlsxLimits limits, long sharedStrings) {
    this.sheet = sheet;
    this.limits = limits;
    this.sharedStrings = sharedStrings;
  }

  /**
   * The rows after the header (blank ones between rows with values included) in the sheet read from
   * {@code in}, counting stopped past {@code maxRows}.
   */
  static long rows(Inflation in, String sheet, XlsxLimits limits, long sharedStrings, long maxRows)
      throws BatchInputException {
    SheetCheck c = new SheetCheck(sheet, limits, sharedStrings);
    try {
      XMLStreamReader r = Xml.reader(in);
      while (r.hasNext() && c.rows() <= maxRows) {
        c.event(r, r.next());
      }
      return c.rows();
    } catch (XMLStreamException | RuntimeException e) { // the parser's text methods throw unchecked
      throw WorkbookParts.failure(e, "of sheet \"" + sheet + "\"", in);
    }
  }

  private long rows() {
    return first < 0 ? 0 : last - first;
  }

  private void event(XMLStreamReader r, int event) throws BatchInputException {
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> start(r);
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
        rowChars += r.getTextLength();
        if (rowChars > limits.maxRowChars()) {
          throw tooLong();
        }
        if (sharedCell) {
          text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
      }
      case XMLStreamConstants.END_ELEMENT -> end(r.getLocalName());
      default -> {
        // nothing to check
      }
    }
  }

  private void start(XMLStreamReader r) throws BatchInputException {
    switch (r.getLocalName()) {
      case "row" -> {
        String n = Xml.attribute(r, "r");
        row = n == null ? row + 1 : number(n, "row number");
        if (row < 1 || row > XlsxLimits.MAX_ROWS) {
          throw bad("row number " + n + " is outside Excel's rows 1 to 1,048,576");
        }
        column = 0;
        cells = 0;
        rowChars = 0;
        rowHasValue = false;
      }
      case "c" -> cell(r);
      case "v", "is" -> {
        rowHasValue = true;
        text.setLength(0);
      }
      default -> {
        // other elements hold nothing the reader keeps
      }
    }
  }

  private void cell(XMLStreamReader r) throws BatchInputException {
    cellRef = Xml.attribute(r, "r");
    column = cellRef == null ? column + 1 : column(cellRef);
    if (column < 1 || column > XlsxLimits.MAX_COLUMNS || ++cells > XlsxLimits.MAX_COLUMNS) {
      throw bad("cell " + cellRef + " is outside Excel's columns A to XFD");
    }
    sharedCell = "s".equals(Xml.attribute(r, "t"));
  }

  private void end(String name) throws BatchInputException {
    if (name.equals("v") && sharedCell) {
      long i = number(text.toString().strip(), "shared string index");
      if (i < 0 || i >= sharedStrings) {
        throw bad(
            String.format(
                Locale.ROOT,
                "cell %s refers to shared string %d; the workbook has %d",
                cellRef,
                i,
                sharedStrings));
      }
    } else if (name.equals("c")) {
      sharedCell = false;
    } else if (name.equals("row") && rowHasValue) {
      first = first < 0 ? row : first;
      last = Math.max(last, row);
    }
  }

  /** The column of a reference such as {@code B7}, from 1; 0 when it has no letters. */
  private int column(String ref) throws BatchInputException {
    int c = 0;
    int i = 0;
    for (; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      char ch = Character.toUpperCase(ref.charAt(i));
      if (ch < 'A' || ch > 'Z' || i >= 3) {
        throw bad("cell " + ref + " is outside Excel's columns A to XFD");
      }
      c = c * 26 + ch - 'A' + 1;
    }
    return c;
  }

  private int number(String s, String what) throws BatchInputException {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw bad(what + " \"" + s + "\" is not a number");
    }
  }

  private BatchInputException bad(String why) {
    return new BatchInputException(
        String.format(Locale.ROOT, "sheet \"%s\", row %d: %s", sheet, row, why));
  }

  private WorkbookTooLargeException tooLong() {
    return new WorkbookTooLargeException(
        String.format(
            Locale.ROOT,
            "sheet \"%s\", row %d holds more than %,d characters, the longest row read",
            sheet,
            row,
            limits.maxRowChars()));
  }
}
