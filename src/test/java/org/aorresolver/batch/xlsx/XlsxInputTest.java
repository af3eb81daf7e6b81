package org.aorresolver.batch.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.aorresolver.batch.BatchInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks read as CSV, and workbooks refused before they are read. */
class XlsxInputTest {
  private static final XlsxLimits LIMITS = new XlsxLimits(1 << 20, 1L << 30, 100, 256 << 10);

  @TempDir Path dir;

  private String csv(Path file, String sheet) throws Exception {
    XlsxInput in = XlsxInput.check(file, sheet, LIMITS, 1 << 20);
    try (InputStream s = in.open(256 << 10)) {
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path file(byte[] bytes) {
    return Workbooks.write(dir.resolve("book.xlsx"), bytes);
  }

  private Path handMade(String sheetData, List<String> strings) {
    return file(
        Workbooks.zip(
            Workbooks.parts(
                Map.of("Data", sheetData),
                "<numFmts count=\"1\"><numFmt numFmtId=\"164\""
                    + " formatCode=\"[$-409]d\\-mmm\\-yyyy\\ h:mm\\ AM/PM\"/></numFmts>",
                new int[] {0, 14, 164, 2, 49, 21},
                strings)));
  }

  @Test
  void aWorkbookSavedByLibreOfficeReadsAsItsCellsShow() throws Exception {
    Path file = dir.resolve("release.xlsx");
    try (InputStream in = getClass().getResourceAsStream("libreoffice-release.xlsx")) {
      Files.copy(in, file);
    }

    assertThat(csv(file, "Arrests"))
        .isEqualTo(
            "id,apprehension_date,state,county,lat,lon,zip,flag\n"
                + "1,2020-05-01T10:15:00,TX,Cameron,25.9017,-97.4975,78520,1\n"
                + "2,2019-07-04,TX,Cameron,25.9017,-97.4975,78520,0\n"
                + "3,2022-01-15T08:00:00,MA,Hampden,#N/A,,1001,\n"
                + "\n"
                + "\n"
                + "6,2021-09-27T00:00:00,\"TX, Bexar (merged)\",,29.42,-98.49,01001,\n");
    assertThat(csv(file, null)).isEqualTo("\"Arrests, FY2020 to FY2023 (sheet 2)\"\n");
  }

  @Test
  void cellsReadAsExcelShowsThem() throws Exception {
    Path file =
        handMade(
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>when"
                + "</t></is></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"E2\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>1.0E7</v></c><c r=\"B3\" s=\"1\"><v>44256</v></c>"
                + "<c r=\"C3\"><v>25.901700000000002</v></c><c r=\"D3\" t=\"b\"><v>1</v></c>"
                + "<c r=\"E3\" t=\"e\"><v>#N/A</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>1001.0</v></c><c r=\"B4\" s=\"2\"><v>44256.598611111</v></c>"
                + "<c r=\"C4\" t=\"str\"><f>A4&amp;\"x\"</f><v>1001x</v></c><c r=\"D4\" s=\"3\"><v>0.5</v></c>"
                + "<c r=\"E4\" s=\"4\"><v>78520</v></c><c r=\"F4\" s=\"5\"><v>0.25</v></c></row>"
                + "<row><c><v>-0.000001</v></c><c s=\"1\"><v>1</v></c><c s=\"1\"><v>61</v></c></row>",
            List.of("id", "a, \"quoted\" name", "x"));

    assertThat(csv(file, null))
        .isEqualTo(
            "id,when,\"a, \"\"quoted\"\" name\",,x\n"
                + "10000000,2021-03-01,25.9017,TRUE,#N/A\n"
                + "1001,2021-03-01T14:22:00,1001x,0.5,78520,06:00:00\n"
                + "-0.000001,1900-01-01,1900-03-01,,\n");
  }

  @Test
  void theSheetIsChosenByNameOrNumberAndAMissingOneNamesTheSheets() {
    Path file =
        file(Workbooks.of("A", List.of(List.<Object>of("a")), "B", List.of(List.<Object>of("b"))));

    assertThatThrownBy(() -> csv(file, "Sheet9"))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("no sheet \"Sheet9\"")
        .hasMessageContaining("\"A\", \"B\"");
  }

  @Test
  void aSheetThatInflatesFarBeyondItsSizeIsRefusedAsTooLarge() throws Exception {
    Map<String, byte[]> parts = Workbooks.parts(Map.of("S", ""), "", new int[] {0}, List.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(p.getKey()));
        if (p.getKey().startsWith("xl/worksheets/")) {
          z.write(Workbooks.utf8("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>"));
          Workbooks.repeat(z, (byte) 'a', 200L << 20);
          z.write(Workbooks.utf8("</t></is></c></row></sheetData></worksheet>"));
        } else {
          z.write(p.getValue());
        }
      }
    }
    Path file = file(bytes.toByteArray());

    assertThat(Files.size(file)).isLessThan(1 << 20);
    assertThatThrownBy(() -> csv(file, null))
        .isInstanceOf(WorkbookTooLargeException.class)
        .hasMessageContaining("xl/worksheets/sheet1.xml")
        .hasMessageContaining("100 times");
  }

  @Test
  void sharedStringsTooLargeToKeepAreRefusedAsTooLarge() {
    String[] many = new String[120_000];
    Arrays.fill(many, "Los Angeles");
    Path file = handMade("<row><c t=\"s\"><v>0</v></c></row>", List.of(many));

    assertThatThrownBy(() -> csv(file, null))
        .isInstanceOf(WorkbookTooLargeException.class)
        .hasMessageContaining("xl/sharedStrings.xml")
        .hasMessageContaining("1,048,576 bytes together");
  }

  @Test
  void aZipOfTensOfThousandsOfEntriesIsRefusedBeforeItsDirectoryIsRead() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i < 20_000; i++) {
      parts.put("x/" + i, new byte[0]);
    }
    Path file = file(Workbooks.zip(parts));

    assertThatThrownBy(() -> csv(file, null))
        .isInstanceOf(WorkbookTooLargeException.class)
        .hasMessageContaining("20,000 entries");
  }

  @Test
  void aRowWithMoreTextThanARowMayHaveIsRefusedAsTooLarge() {
    Path file =
        handMade(
            "<row r=\"1\"><c t=\"inlineStr\"><is><t>" + "x".repeat(300_000) + "</t></is></c></row>",
            List.of());

    assertThatThrownBy(() -> csv(file, null))
        .isInstanceOf(WorkbookTooLargeException.class)
        .hasMessageContaining("row 1 holds more than 262,144 characters");
  }

  @Test
  void cellsBeyondExcelsColumnsOrSharedStringsThatDoNotExistAreRefused() {
    Path wide = handMade("<row r=\"1\"><c r=\"ZZZZZ1\"><v>1</v></c></row>", List.of());
    assertThatThrownBy(() -> csv(wide, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("cell ZZZZZ1 is outside Excel's columns A to XFD");

    Path dangling = handMade("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>", List.of("a"));
    assertThatThrownBy(() -> csv(dangling, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("cell B1 refers to shared string 7; the workbook has 1");
  }

  @Test
  void corruptFilesAreRefusedWithTheReason() throws IOException {
    byte[] good = Workbooks.of(List.of(List.<Object>of("lat", "lon"), List.<Object>of(1, 2)));

    Path text = Files.writeString(dir.resolve("a.xlsx"), "id,lat,lon\n1,2,3\n");
    assertThatThrownBy(() -> csv(text, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("not an .xlsx workbook");
    Path cut = file(Arrays.copyOf(good, good.length / 2));
    assertThatThrownBy(() -> csv(cut, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("not an .xlsx workbook");
    byte[] ole2 = new byte[4096];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 0, ole2, 0, 4);
    Path xls = file(ole2);
    assertThatThrownBy(() -> csv(xls, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("an .xls one or one with a password");
    Path noBook = file(Workbooks.zip(Map.of("hello.txt", Workbooks.utf8("hi"))));
    assertThatThrownBy(() -> csv(noBook, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("no part");
    Path badXml = handMade("<row><c><v>1</v></row>", List.of());
    assertThatThrownBy(() -> csv(badXml, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void anEntityBombInAPartIsRefusedUnexpanded() {
    Map<String, byte[]> parts = Workbooks.parts(Map.of("S", ""), "", new int[] {0}, List.of());
    parts.put(
        "xl/sharedStrings.xml",
        Workbooks.utf8(
            "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;"
                + "&b;&b;&b;\">]><sst><si><t>&c;</t></si></sst>"));
    Path file = file(Workbooks.zip(parts));

    assertThatThrownBy(() -> csv(file, null))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("xl/sharedStrings.xml cannot be read");
  }
}
