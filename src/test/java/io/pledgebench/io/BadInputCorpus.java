package io.pledgebench.io;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The bad-input corpus of {@code src/test/resources/bad-input/}: every case is a named file (or portfolio folder)
 * with what is wrong in it and what the reader must say about it. Small cases are committed (run {@code main} to
 * rewrite them and the folder's README.md); the few that are large by design (a 1 MB cell, 100,000 nested
 * elements) are written at test time by {@link #writeLarge(Path)}.
 *
 * <p>Each bad CSV or sheet also holds a good row, so a reader that silently drops or accepts the bad row is
 * caught: the test wants a problem naming the bad row, and the command line must store nothing.
 */
public final class BadInputCorpus {

    /** Where the committed corpus lives, relative to the project folder. */
    static final Path FOLDER = Path.of("src/test/resources/bad-input");

    static final String HEADER = "patent_number,title,type,filing_date,grant_date,status,owners";
    static final String GOOD_ROW = "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,Example Sensors Ltd";
    static final String GOOD_UTILITY = "ZL201820517734.0,Sensor housing,utility_model,2018-04-11,2018-11-20,valid,Example Sensors Ltd";
    static final String SECOND = "ZL201510782913.8";

    /**
     * One case: {@code path} relative to the corpus folder, what is wrong, and what a problem must say: an
     * English fragment of the reason and, where the fault has a place, its row, column and value as the
     * problem must name them (null where not applicable). {@code large} cases are written at test time.
     */
    public record Case(String path, String type, String what, String reason, Integer row, String column, String value,
                       boolean large) {

        @Override
        public String toString() {
            return path;
        }
    }

    private final List<Case> cases = new ArrayList<>();
    private final Path root;
    private final boolean writeFiles;
    private final boolean large;

    private BadInputCorpus(Path root, boolean writeFiles, boolean large) {
        this.root = root;
        this.writeFiles = writeFiles;
        this.large = large;
    }

    /** Every case, committed and large, without writing anything. */
    public static List<Case> cases() {
        BadInputCorpus c = new BadInputCorpus(null, false, false);
        c.small();
        c.large();
        return List.copyOf(c.cases);
    }

    /** Writes the committed cases into {@code dir} (the corpus folder, or a temp folder in tests). */
    static void writeSmall(Path dir) {
        new BadInputCorpus(dir, true, false).small();
    }

    /** Writes the large cases into {@code dir}. */
    static void writeLarge(Path dir) {
        new BadInputCorpus(dir, true, true).large();
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : FOLDER;
        writeSmall(dir);
        Files.writeString(dir.resolve("README.md"), readme());
        System.out.println("wrote " + dir.toAbsolutePath());
    }

    // ---------------------------------------------------------------------------------------------- CSV

    private void csvCases() {
        bytes("csv/empty.csv", "CSV", "zero bytes", "is empty", null, null, null, new byte[0]);
        bytes("csv/bom-only.csv", "CSV", "only a UTF-8 byte-order mark, no text", "is empty", null, null, null,
                new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        text("csv/blank-lines-only.csv", "blank lines and spaces, no header", "is empty", null, null, null,
                "\n   \n\t\n\n");
        csv("csv/header-only.csv", "the header and no data row", "no data rows", 1, null, null, HEADER);
        csv("csv/missing-patent-number-column.csv", "no patent_number column",
                "required column patent_number", 1, "patent_number", null,
                "title,type,filing_date,grant_date,status,owners",
                "Pressure sensor,invention,2014-05-12,2016-08-24,valid,Example Sensors Ltd");
        csv("csv/missing-status-column.csv", "no status column", "required column status", 1, "status", null,
                "patent_number,title,type,filing_date,grant_date,owners",
                "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,Example Sensors Ltd");
        csv("csv/unknown-headers.csv", "a header of words that name no column", "required column patent_number", 1,
                "patent_number", null, "foo,bar,baz", "1,2,3");
        csv("csv/duplicate-patent-number.csv", "the same patent twice", "appears again", 3, "patent_number",
                "ZL201410356287.1", HEADER, GOOD_ROW, GOOD_ROW.replace("Pressure sensor", "Pressure sensor (copy)"));
        csv("csv/duplicate-patent-number-other-form.csv", "the same CN patent written as ZL…  and as a bare application number",
                "appears again", 3, "patent_number", "201410356287.1", HEADER, GOOD_ROW,
                GOOD_ROW.replace("ZL201410356287.1", "201410356287.1"));
        csv("csv/cn-check-digit.csv", "CN application number with a wrong check digit", "check digit 9", 3,
                "patent_number", "ZL201510782913.9", HEADER, GOOD_ROW,
                "ZL201510782913.9,Pressure chip,invention,2015-11-18,2018-03-06,valid,Example Sensors Ltd");
        csv("csv/cn-check-digit-missing.csv", "CN application number without its check digit", "lacks its check digit", 3,
                "patent_number", "ZL201510782913", HEADER, GOOD_ROW,
                "ZL201510782913,Pressure chip,invention,2015-11-18,2018-03-06,valid,Example Sensors Ltd");
        csv("csv/not-a-patent-number.csv", "a patent number that is no number at all", "not a patent office code", 3,
                "patent_number", "ABC-123", HEADER, GOOD_ROW, "ABC-123,Pressure chip,invention,2015-11-18,2018-03-06,valid,X Ltd");
        csv("csv/empty-patent-number.csv", "a row without patent number", "patent_number is empty", 3, "patent_number", "",
                HEADER, GOOD_ROW, ",Pressure chip,invention,2015-11-18,2018-03-06,valid,X Ltd");
        csv("csv/grant-before-filing.csv", "grant date before filing date", "precedes filing date", 3, "grant_date",
                "2014-03-06", HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,2015-11-18,2014-03-06,valid,X Ltd");
        csv("csv/february-30.csv", "2023-02-30 does not exist", "not a day of the calendar", 3, "filing_date",
                "2023-02-30", HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,2023-02-30,,valid,X Ltd");
        csv("csv/year-0001.csv", "filing date in the year 1", "outside the years", 3, "filing_date", "0001-01-01",
                HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,0001-01-01,2018-03-06,valid,X Ltd");
        csv("csv/year-9999.csv", "grant date in the year 9999", "outside the years", 3, "grant_date", "9999-12-31",
                HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,2015-11-18,9999-12-31,valid,X Ltd");
        csv("csv/ambiguous-date.csv", "05/06/2019: day/month or month/day?", "could be day/month", 3, "filing_date",
                "05/06/2019", HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,05/06/2019,,valid,X Ltd");
        csv("csv/excel-serial-too-small.csv", "an Excel serial in Excel's wrong 1900 leap-year range", "before 1900-03-01", 3,
                "filing_date", "59", HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,59,,valid,X Ltd");
        csv("csv/not-a-date.csv", "'next year' as a date", "is not a date", 3, "grant_date", "next year",
                HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,2015-11-18,next year,valid,X Ltd");
        String rateHeader = HEADER + ",royalty_rate";
        csv("csv/royalty-250.csv", "royalty rate 250: 250 % or a typo for 2.50 %?", "ambiguous", 3, "royalty_rate", "250",
                rateHeader, GOOD_ROW + ",0.03", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,250");
        csv("csv/royalty-2.5.csv", "royalty rate 2.5: 2.5 % or 250 %?", "ambiguous", 3, "royalty_rate", "2.5",
                rateHeader, GOOD_ROW + ",0.03", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,2.5");
        csv("csv/royalty-150-percent.csv", "royalty rate 150%", "outside 0", 3, "royalty_rate", "150%",
                rateHeader, GOOD_ROW + ",3%", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,150%");
        csv("csv/royalty-negative.csv", "royalty rate -0.05", "outside 0", 3, "royalty_rate", "-0.05",
                rateHeader, GOOD_ROW + ",0.03", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,-0.05");
        csv("csv/royalty-percent-column-over-100.csv", "a (%) column holding 250", "outside 0", 3, "royalty_rate (%)", "250",
                HEADER + ",royalty_rate (%)", GOOD_ROW + ",3", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,250");
        String revenueHeader = HEADER + ",product_revenue";
        csv("csv/negative-revenue.csv", "product revenue -300万元", "is negative", 3, "product_revenue", "-300万元",
                revenueHeader, GOOD_ROW + ",1200万元", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,-300万元");
        csv("csv/absurd-revenue.csv", "product revenue 1e30 yuan", "implausibly large", 3, "product_revenue", "1e30",
                revenueHeader, GOOD_ROW + ",1200000", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,1e30");
        csv("csv/absurd-revenue-digits.csv", "product revenue of 40 digits", "implausibly large", 3, "product_revenue",
                "1234567890123456789012345678901234567890", revenueHeader, GOOD_ROW + ",1200000",
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,1234567890123456789012345678901234567890");
        csv("csv/revenue-in-dollars.csv", "revenue 12万美元 in a CNY portfolio", "is not an amount", 3, "product_revenue",
                "12万美元", revenueHeader, GOOD_ROW + ",1200000", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,12万美元");
        csv("csv/formula-in-amount.csv", "a spreadsheet formula =SUM(A1:A3) where an amount belongs", "is not an amount", 3,
                "product_revenue", "=SUM(A1:A3)", revenueHeader, GOOD_ROW + ",1200000",
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,=SUM(A1:A3)");
        csv("csv/excel-error-in-amount.csv", "#REF! copied from Excel into an amount", "is not an amount", 3,
                "product_revenue", "#REF!", revenueHeader, GOOD_ROW + ",1200000",
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,#REF!");
        csv("csv/economic-life-infinite.csv", "economic life 1e400 years (infinite as a double)", "is implausible", 3,
                "economic_life_years", "1e400", HEADER + ",economic_life_years", GOOD_ROW + ",8",
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,1e400");
        csv("csv/economic-life-negative.csv", "economic life -3 years", "not a number of years", 3,
                "economic_life_years", "-3", HEADER + ",economic_life_years", GOOD_ROW + ",8",
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,-3");
        csv("csv/claims-not-whole.csv", "12.5 claims", "not a whole number", 3, "total_claims", "12.5",
                HEADER + ",total_claims", GOOD_ROW + ",10", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,12.5");
        csv("csv/claims-too-large.csv", "99999999999999999999 claims: a whole number, too large for a count",
                "too large (at most 2,147,483,647)", 3, "total_claims", "99999999999999999999",
                HEADER + ",total_claims", GOOD_ROW + ",10",
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,99999999999999999999");
        csv("csv/independent-exceeds-total.csv", "5 independent claims of 3 in total", "exceed", 3, "independent_claims",
                "5", HEADER + ",independent_claims,total_claims", GOOD_ROW + ",2,10",
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,5,3");
        csv("csv/owner-shares-over-100.csv", "owner shares 60 % + 60 %", "add up to 120 %", 3, "owners",
                "A Ltd:0.6; B University:0.6", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,A Ltd:0.6; B University:0.6");
        csv("csv/owner-share-zero.csv", "an owner with share 0", "is not a share above 0", 3, "owners",
                "A Ltd:0; B University", HEADER, GOOD_ROW, SECOND + ",Pressure chip,invention,2015-11-18,,valid,A Ltd:0; B University");
        csv("csv/owner-shares-not-100.csv", "co-owner shares 50 and 40 (whole numbers, so percents) add up to 90 %",
                "add up to 90 %", 3, "owners", "A Ltd:50;B University:40", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,A Ltd:50;B University:40");
        csv("csv/owner-share-exponent.csv", "owner 'A Ltd:1e-1': a share in exponent notation, not part of the name",
                "share '1e-1' is not a share", 3, "owners", "A Ltd:1e-1;B University:0.9", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,A Ltd:1e-1;B University:0.9");
        String revenueGood = GOOD_ROW + ",1000";
        String revenueBad = SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,";
        csv("csv/superscript-revenue.csv", "product revenue 10⁶ (NFKC would read 106)", "not a plain digit", 3,
                "product_revenue", "10⁶", revenueHeader, revenueGood, revenueBad + "10⁶");
        csv("csv/circled-digit-revenue.csv", "product revenue ⑤⓪⓪ in circled digits (NFKC would read 500)",
                "not a plain digit", 3, "product_revenue", "⑤⓪⓪", revenueHeader, revenueGood, revenueBad + "⑤⓪⓪");
        csv("csv/revenue-3000-decimals.csv", "product revenue with 3,000 decimals (the database keeps 6)",
                "3000 decimal places", 3, "product_revenue", null, revenueHeader, revenueGood, revenueBad + "1." + "3".repeat(3000));
        csv("csv/revenue-underflow.csv", "product revenue 1e-999999999 (would be stored as 0)", "stored as 0", 3,
                "product_revenue", "1e-999999999", revenueHeader, revenueGood, revenueBad + "1e-999999999");
        csv("csv/owners-1999-quotes.csv", "an owners cell of 1,999 '\"' (within the 2,000 characters of the cell, but "
                        + "twice that once stored as JSON)", "as stored", 3, "owners", null, HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,\"" + "\"\"".repeat(1999) + "\"");
        csv("csv/owners-empty.csv", "owners ';;' names nobody", "names nobody", 3, "owners", ";;", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,;;");
        csv("csv/unknown-status.csv", "status 'alive'", "is not a legal status", 3, "status", "alive", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,alive,X Ltd");
        csv("csv/unknown-status-chinese.csv", "法律状态 '存活' (not a status word)", "is not a legal status", 3, "法律状态", "存活",
                "专利号,专利名称,专利类型,申请日,授权日,法律状态,专利权人",
                "ZL201410356287.1,压力传感器,发明,2014-05-12,2016-08-24,有效,示例传感科技有限公司",
                SECOND + ",压力芯片,发明,2015-11-18,,存活,示例传感科技有限公司");
        csv("csv/empty-status.csv", "a row without status", "status is empty", 3, "status", "", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,,X Ltd");
        csv("csv/unknown-type.csv", "type 'software'", "is not a patent type", 3, "type", "software", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,software,2015-11-18,,valid,X Ltd");
        csv("csv/type-contradicts-number.csv", "type design for a number whose type digit says invention", "contradicts", 3,
                "type", "design", HEADER, GOOD_ROW, SECOND + ",Pressure chip,design,2015-11-18,,valid,X Ltd");
        csv("csv/consent-maybe.csv", "pledge_consent 'maybe'", "is not yes/no", 3, "pledge_consent", "maybe",
                HEADER + ",pledge_consent", GOOD_ROW + ",yes", SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd,maybe");
        csv("csv/control-characters.csv", "a title with a terminal escape sequence (ESC[2J clears the screen)",
                "control character", 3, "title", "Chip\\u001B[2J", HEADER, GOOD_ROW,
                SECOND + ",Chip\u001b[2J,invention,2015-11-18,,valid,X Ltd");
        csv("csv/owner-bidi-override.csv", "an owner 'A <U+202E> Ltd': a right-to-left override, which shows the name"
                        + " reordered (refused in every cell, as is every bidi embedding, override and isolate character)",
                "bidi control character U+202E", 3, "owners", "A \\u202E Ltd", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,A \u202E Ltd");
        csv("csv/title-bidi-isolate.csv", "a title holding a first-strong isolate U+2068 (free text, refused too)",
                "bidi control character U+2068", 3, "title", "Chip \\u2068x", HEADER, GOOD_ROW,
                SECOND + ",Chip \u2068x,invention,2015-11-18,,valid,X Ltd");
        csv("csv/owner-line-break.csv", "an owners cell holding a line break (a name is one line; a title may wrap)",
                "line break", 3, "owners", "A Ltd\\nB Ltd", HEADER, GOOD_ROW,
                SECOND + ",Pressure chip,invention,2015-11-18,,valid,\"A Ltd\nB Ltd\"");
        csv("csv/truncated-in-quotes.csv", "the file ends inside a quoted cell", "a quotation mark is not closed", 3,
                "title", "\"Pressure chip, second", HEADER, GOOD_ROW, SECOND + ",\"Pressure chip, second");
        csv("csv/text-after-quote.csv", "text after the closing quotation mark of a quoted cell",
                "text follows the closing quotation mark", 3, "title", null, HEADER, GOOD_ROW,
                SECOND + ",\"Pressure\" chip,invention,2015-11-18,,valid,X Ltd");
        csv("csv/truncated-mid-row.csv", "the last row is cut off after the title", "status is empty", 3, "status", "",
                HEADER, GOOD_ROW, SECOND + ",Pressure chip");
        byte[] utf8 = (HEADER + "\n" + GOOD_ROW.replace("Pressure sensor", "压力传感器") + "\n"
                + SECOND + ",压力芯片,invention,2015-11-18,,valid,示例传感科技有限公司\n").getBytes(StandardCharsets.UTF_8);
        bytes("csv/truncated-mid-character.csv", "CSV", "UTF-8 file cut in the middle of a Chinese character",
                "cut off", null, null, null, Arrays.copyOf(utf8, utf8.length - 2));
        byte[] gbk = (HEADER + "\n" + GOOD_ROW.replace("Pressure sensor", "压力传感器") + "\n"
                + SECOND + ",压力芯片,invention,2015-11-18,,valid,示例传感科技有限公司").getBytes(Charset.forName("GBK"));
        bytes("csv/gbk-truncated-mid-character.csv", "CSV", "GBK file cut after the first byte of its last character",
                "cut off", null, null, null, Arrays.copyOf(gbk, gbk.length - 1));
        byte[] asciiThenCut = (HEADER + "\n" + GOOD_ROW + "\n" + SECOND + ",Pressure chip,invention,2015-11-18,,valid,示例")
                .getBytes(StandardCharsets.UTF_8);
        bytes("csv/ascii-then-cut-character.csv", "CSV", "an ASCII file whose only Chinese character is cut in half at the end",
                "cut off", null, null, null, Arrays.copyOf(asciiThenCut, asciiThenCut.length - 1));
        String plain = HEADER + "\n" + GOOD_ROW + "\n" + SECOND + ",Pressure chip,invention,2015-11-18,,valid,X Ltd\n";
        bytes("csv/utf16le-without-bom.csv", "CSV", "UTF-16LE text without byte-order mark", "UTF-16", null, null, null,
                plain.getBytes(StandardCharsets.UTF_16LE));
        bytes("csv/utf16be-without-bom.csv", "CSV", "UTF-16BE text without byte-order mark", "UTF-16", null, null, null,
                plain.getBytes(StandardCharsets.UTF_16BE));
        String european = HEADER + "\n" + "EP1000000B1,Messfühler für Flüssigkeitsstände,invention,1999-11-08,2002-06-05,"
                + "valid,Müller Präzisionstechnik GmbH\n" + "EP1000001B1,Gerät zur Überwachung,invention,1999-11-09,2002-06-05,"
                + "valid,Société Générale d'Équipement\n";
        bytes("csv/latin1.csv", "CSV", "Latin-1 (ISO-8859-1) text: neither UTF-8 nor GBK, which would decode it as "
                + "wrong Chinese characters", "Latin-1", null, null, null, european.getBytes(StandardCharsets.ISO_8859_1));
        bytes("csv/windows1252.csv", "CSV", "Windows-1252 text with curly quotes and a euro sign", "Latin-1", null, null,
                null, (HEADER + "\nEP1000000B1,\u201cSmart\u201d Sensor \u20ac,invention,1999-11-08,2002-06-05,valid,"
                        + "Café Müller\n").getBytes(Charset.forName("windows-1252")));
        byte[] mixedA = (HEADER + "\n" + GOOD_ROW.replace("Pressure sensor", "压力传感器") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] mixedB = (SECOND + ",压力芯片,invention,2015-11-18,,valid,示例传感科技有限公司\n").getBytes(Charset.forName("GBK"));
        bytes("csv/mixed-utf8-gbk.csv", "CSV", "line 2 in UTF-8, line 3 in GBK (two exports pasted together)", "line 3",
                null, null, null, concat(mixedA, mixedB));
        byte[] junk = new byte[2048];
        new Random(20261125L).nextBytes(junk);
        bytes("csv/binary-junk.csv", "CSV", "2 KB of random bytes named .csv", "binary", null, null, null, junk);
        bytes("csv/pdf-named-csv.csv", "CSV", "a PDF header and binary stream named .csv", "binary", null, null, null,
                concat("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 5 >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1),
                        new byte[]{0, 1, 2, 3, (byte) 0xFF, 0}, "\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII)));
    }

    private void largeCases() {
        StringBuilder title = new StringBuilder(1 << 20);
        Random r = new Random(1L);
        while (title.length() < (1 << 20)) {
            title.append((char) ('a' + r.nextInt(26)));
        }
        csvLarge("csv/huge-cell-1mb.csv", "a title of 1,048,576 characters in one cell", "characters", 3, "title",
                HEADER, GOOD_ROW, SECOND + "," + title + ",invention,2015-11-18,,valid,X Ltd");
        large("xlsx/huge-cell-1mb.xlsx", "XLSX", "a title of 1,048,576 random letters in one inline-string cell (Excel "
                + "stops at 32,767; other tools do not)", "characters", 3, "title", null,
                () -> withSheetXml(inlineSheet(HEADER.split(","), GOOD_ROW.split(","),
                        new String[]{SECOND, title.toString(), "invention", "2015-11-18", "", "valid", "X Ltd"})));
        large("xlsx/password-protected.xlsx", "XLSX", "a workbook protected by a password (an encrypted package in an OLE2 "
                + "container; the salt is random, so it is generated)", "protected by a password", null, null, null,
                BadInputCorpus::passwordProtected);
        large("xml/nested-100k.xml", "XML", "100,000 nested elements", "nested more than 256 levels", null, null, null,
                () -> ("<?xml version=\"1.0\"?>" + "<a>".repeat(100_000) + "</a>".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        large("json/nested-100k.json", "JSON", "100,000 nested arrays", "not valid JSON", null, null, null,
                () -> ("{\"patents\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8));
        legalEventCasesAboveTheStreamingSize();
        special("xml/folder-named.xml", "a folder named like an XML file", "holds no patents.csv", dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        special("xml/fifo.xml", "a named pipe (FIFO): opening it would wait for a writer for ever", "not a regular file", fifo -> {
            try {
                Files.createDirectories(fifo.getParent());
                Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
                if (p.waitFor() != 0) {
                    throw new IOException("mkfifo " + fifo + " failed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Legal-event XML above {@link LegalEventXmlReader#STREAM_ABOVE}, read by the streaming reader: hostile or broken
     * after megabytes of good family members (the real EP1000000 record, renumbered), or at its very start.
     */
    private void legalEventCasesAboveTheStreamingSize() {
        long size = LegalEventXmlReader.STREAM_ABOVE + (1 << 20);
        large("xml/epo-truncated-17mb.xml", "XML", "an EPO response of 17 MB cut off inside a family member", "not well-formed XML",
                null, null, null, () -> {
                    String xml = LegalEventFiles.epo("", size, "");
                    return xml.substring(0, xml.length() - 5_000).getBytes(StandardCharsets.UTF_8);
                });
        StringBuilder lol = new StringBuilder("\n<!DOCTYPE ops:world-patent-data [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            lol.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        lol.append("]>");
        large("xml/epo-billion-laughs-17mb.xml", "XML", "a billion-laughs DTD before 17 MB of EPO family members", "declares a DTD",
                null, null, null, () -> LegalEventFiles.epo(lol.toString(), size, "<ops:L510EP>&lol9;</ops:L510EP>")
                        .getBytes(StandardCharsets.UTF_8));
        large("xml/epo-external-entity-17mb.xml", "XML", "an external entity reading /etc/passwd before 17 MB of EPO family members",
                "declares a DTD", null, null, null, () -> LegalEventFiles.epo(
                        "\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", size, "&xxe;").getBytes(StandardCharsets.UTF_8));
        large("xml/epo-nested-300-17mb.xml", "XML", "300 nested elements after 17 MB of EPO family members", "nested more than 256 levels",
                null, null, null, () -> LegalEventFiles.epo("", size, "<a>".repeat(300) + "</a>".repeat(300))
                        .getBytes(StandardCharsets.UTF_8));
        large("xml/epo-huge-member-17mb.xml", "XML", "one EPO family member holding 17 legal events of 1 MB of free text each",
                "more than 8 MB of text", null, null, null, () -> {
                    String xml = LegalEventFiles.epo("", 0, "");
                    int at = xml.indexOf("</ops:family-member>");
                    String event = "<ops:legal code=\"XX\" desc=\"padding\"><ops:L510EP>" + "x".repeat(1 << 20)
                            + "</ops:L510EP></ops:legal>";
                    return (xml.substring(0, at) + event.repeat(17) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
                });
        large("xml/epo-huge-attribute-17mb.xml", "XML", "an attribute value of 17 MB on the root element (a parser holds a tag"
                + " whole)", "runs on for more than 8 MB", null, null, null, () -> LegalEventFiles.epo("", 0, "")
                        .replaceFirst("<ops:world-patent-data ", "<ops:world-patent-data junk=\"" + "y".repeat((int) size) + "\" ")
                        .getBytes(StandardCharsets.UTF_8));
    }

    // ----------------------------------------------------------------------------------------- folders

    private void folderCases() {
        String patents = HEADER + "\n" + GOOD_ROW + "\n";
        folder("folder/no-patents-file", "a folder with enterprise.csv but no patents.csv", "holds no patents.csv",
                null, null, null, "enterprise.csv", "field,value\nname,Example Sensors Ltd\n");
        folder("folder/bad-credit-code", "enterprise credit code with a wrong check character", "check character", 3,
                "credit_code", "91440300MA5F0XXXX1", "patents.csv", patents, "enterprise.csv",
                "field,value\nname,Example Sensors Ltd\ncredit_code,91440300MA5F0XXXX1\n");
        folder("folder/credit-code-short", "enterprise credit code of 10 characters", "not 18", 3, "credit_code",
                "9144030012", "patents.csv", patents, "enterprise.csv", "field,value\nname,Example Sensors Ltd\ncredit_code,9144030012\n");
        folder("folder/enterprise-without-name", "enterprise.csv without a name", "enterprise name is missing",
                null, null, null, "patents.csv", patents, "enterprise.csv", "field,value\nindustry,sensors\nrevenue,12000000\n");
        folder("folder/pd-above-one", "external PD 1.5 (150 % or a typo?)", "ambiguous", 3, "pd", "1.5", "patents.csv", patents,
                "enterprise.csv", "field,value\nname,Example Sensors Ltd\npd,1.5\n");
        folder("folder/negative-assets", "total assets -5,000,000", "is negative", 3, "total_assets", "-5,000,000",
                "patents.csv", patents, "enterprise.csv", "field,value\nname,Example Sensors Ltd\ntotal_assets,\"-5,000,000\"\n");
        folder("folder/loan-zero", "loan amount 0 and term 0 months", "more than zero", 2, "amount", "0", "patents.csv", patents,
                "loan.csv", "field,value\namount,0\nterm_months,0\n");
        folder("folder/loan-term-999", "loan term 999 months", "months", 3, "term_months", "999", "patents.csv", patents,
                "loan.csv", "field,value\namount,5000000\nterm_months,999\n");
        folder("folder/loan-without-amount", "loan.csv without an amount", "lacks amount", null, "amount", null,
                "patents.csv", patents, "loan.csv", "field,value\nterm_months,36\n");
        folder("folder/bad-currency", "currency 'dollars'", "is not a currency", 3, "currency", "dollars", "patents.csv",
                patents, "enterprise.csv", "field,value\nname,Example Sensors Ltd\ncurrency,dollars\n");
    }

    // -------------------------------------------------------------------------------------------- XLSX

    private static final Object[] HEADER_CELLS = HEADER.split(",");
    private static final Object[] GOOD_CELLS = GOOD_ROW.split(",");

    private void xlsxCases() {
        bytes("xlsx/empty.xlsx", "XLSX", "zero bytes named .xlsx", "is empty", null, null, null, new byte[0]);
        byte[] valid = workbook(wb -> patentsSheet(wb, "Patents", new Object[]{SECOND, "Pressure chip", "invention",
                "2015-11-18", "", "valid", "X Ltd"}));
        bytes("xlsx/truncated.xlsx", "XLSX", "a valid workbook cut to half its length", "cannot be read", null, null, null,
                Arrays.copyOf(valid, valid.length / 2));
        byte[] junk = new byte[4096];
        new Random(42L).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        bytes("xlsx/zip-signature-then-junk.xlsx", "XLSX", "the zip signature PK\\3\\4 followed by random bytes",
                "cannot be read", null, null, null, junk);
        bytes("xlsx/csv-named-xlsx.xlsx", "XLSX", "CSV text saved with an .xlsx name", "cannot be read", null, null, null,
                (HEADER + "\n" + GOOD_ROW + "\n").getBytes(StandardCharsets.UTF_8));
        bytes("xlsx/zip-without-workbook.xlsx", "XLSX", "a zip archive holding only a text file", "cannot be read",
                null, null, null, zip(List.of(new ZipEntryData("readme.txt", "not a workbook".getBytes(StandardCharsets.UTF_8)))));
        bytes("xlsx/legacy-xls.xlsx", "XLSX", "an Excel 97-2003 (.xls, OLE2) workbook named .xlsx, read as .xls: a text "
                + "filing date 2023-02-30 in row 3", "not a day of the calendar", 3, "filing_date", "2023-02-30", legacyXls());
        bytes("xls/bad-date.xls", "XLS", "an Excel 97-2003 workbook (read like .xlsx) with a text filing date 2023-02-30",
                "not a day of the calendar", 3, "filing_date", "2023-02-30", legacyXls());
        bytes("xlsx/nan-cell.xlsx", "XLSX", "a numeric cell holding NaN (written by another program) as filing date",
                "cell D3 holds NaN", 3, "filing_date", "NaN", withSheetXml(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + inlineRow(1, HEADER.split(",")) + inlineRow(2, GOOD_ROW.split(","))
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>" + SECOND + "</t></is></c>"
                        + "<c r=\"B3\" t=\"inlineStr\"><is><t>Pressure chip</t></is></c>"
                        + "<c r=\"C3\" t=\"inlineStr\"><is><t>invention</t></is></c><c r=\"D3\"><v>NaN</v></c>"
                        + "<c r=\"F3\" t=\"inlineStr\"><is><t>valid</t></is></c></row>"
                        + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
        bytes("ods/patents.ods", "ODS", "an OpenDocument spreadsheet (LibreOffice, WPS)", "OpenDocument spreadsheet",
                null, null, null, zip(List.of(
                        new ZipEntryData("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII)),
                        new ZipEntryData("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes(StandardCharsets.UTF_8)))));
        xlsx("xlsx/no-patents-sheet.xlsx", "the only sheet is called Sheet1", "no visible sheet named Patents", null, null, null,
                wb -> patentsSheet(wb, "Sheet1", GOOD_CELLS));
        xlsx("xlsx/hidden-patents-sheet.xlsx", "the Patents sheet is hidden", "no visible sheet named Patents", null, null, null,
                wb -> {
                    patentsSheet(wb, "Patents", GOOD_CELLS);
                    wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("see hidden sheet");
                    wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
                    wb.setActiveSheet(1);
                });
        xlsx("xlsx/very-hidden-patents-sheet.xlsx", "the Patents sheet is very hidden (only VBA can show it)",
                "no visible sheet named Patents", null, null, null, wb -> {
                    patentsSheet(wb, "Patents", GOOD_CELLS);
                    wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("nothing here");
                    wb.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
                    wb.setActiveSheet(1);
                });
        xlsx("xlsx/empty-patents-sheet.xlsx", "a Patents sheet without any cell", "no data rows", null, null, null,
                wb -> wb.createSheet("Patents"));
        xlsx("xlsx/header-only.xlsx", "a Patents sheet with the header and no data row", "no data rows", 1, null, null,
                wb -> patentsSheet(wb, "Patents"));
        xlsx("xlsx/missing-status-column.xlsx", "no status column", "required column status", 1, "status", null, wb -> {
            Sheet s = wb.createSheet("Patents");
            fill(s.createRow(0), "patent_number", "title", "type");
            fill(s.createRow(1), "ZL201410356287.1", "Pressure sensor", "invention");
        });
        xlsx("xlsx/duplicate-patent.xlsx", "the same patent in rows 2 and 3", "appears again", 3, "patent_number",
                "ZL201410356287.1", wb -> patentsSheet(wb, "Patents", GOOD_CELLS, GOOD_CELLS));
        xlsx("xlsx/cn-check-digit.xlsx", "wrong CN check digit", "check digit", 3, "patent_number", "ZL201510782913.9",
                wb -> patentsSheet(wb, "Patents", GOOD_CELLS,
                        new Object[]{"ZL201510782913.9", "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"}));
        xlsx("xlsx/grant-before-filing.xlsx", "real date cells, grant before filing", "precedes filing date", 3, "grant_date",
                "2014-03-06", wb -> patentsSheet(wb, "Patents", GOOD_CELLS, new Object[]{SECOND, "Pressure chip", "invention",
                        java.time.LocalDate.of(2015, 11, 18), java.time.LocalDate.of(2014, 3, 6), "valid", "X Ltd"}));
        xlsx("xlsx/negative-date-serial.xlsx", "a date-formatted cell holding -5 (no date)", "is not a date", 3,
                "filing_date", null, wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", -5.0, "", "valid", "X Ltd"});
                    CellStyle date = wb.createCellStyle();
                    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                    s.getRow(2).getCell(3).setCellStyle(date);
                });
        xlsx("xlsx/date-serial-beyond-9999.xlsx", "a date-formatted cell holding serial 3,000,000 (after 9999-12-31)",
                "is not a date", 3, "filing_date", null, wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", 3_000_000.0, "", "valid", "X Ltd"});
                    CellStyle date = wb.createCellStyle();
                    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                    s.getRow(2).getCell(3).setCellStyle(date);
                });
        xlsx("xlsx/date-as-text-feb-30.xlsx", "a text cell 2023-02-30", "not a day of the calendar", 3, "filing_date",
                "2023-02-30", wb -> patentsSheet(wb, "Patents", GOOD_CELLS,
                        new Object[]{SECOND, "Pressure chip", "invention", "2023-02-30", "", "valid", "X Ltd"}));
        xlsx("xlsx/royalty-250-percent-cell.xlsx", "a percent-formatted royalty cell showing 250%", "outside 0", 3,
                "royalty_rate", "250%", wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"});
                    s.getRow(0).createCell(7).setCellValue("royalty_rate");
                    CellStyle pct = wb.createCellStyle();
                    pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
                    s.getRow(2).createCell(7).setCellValue(2.5);
                    s.getRow(2).getCell(7).setCellStyle(pct);
                });
        xlsx("xlsx/royalty-number-2.5.xlsx", "a plain number 2.5 in royalty_rate (2.5 % or 250 %?)", "ambiguous", 3,
                "royalty_rate", "2.5", wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"});
                    s.getRow(0).createCell(7).setCellValue("royalty_rate");
                    s.getRow(2).createCell(7).setCellValue(2.5);
                });
        xlsx("xlsx/negative-revenue.xlsx", "a numeric revenue cell of -5000", "is negative", 3, "product_revenue", "-5000",
                wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"});
                    s.getRow(0).createCell(7).setCellValue("product_revenue");
                    s.getRow(2).createCell(7).setCellValue(-5000);
                });
        xlsx("xlsx/absurd-revenue.xlsx", "a numeric revenue cell of 1e300", "implausibly large", 3, "product_revenue", null,
                wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"});
                    s.getRow(0).createCell(7).setCellValue("product_revenue");
                    s.getRow(2).createCell(7).setCellValue(1e300);
                });
        xlsx("xlsx/formula-without-value.xlsx", "a formula =B2*2 whose value was never calculated", "has no stored value", 3,
                "product_revenue", "=B2*2", wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"});
                    s.getRow(0).createCell(7).setCellValue("product_revenue");
                    XSSFCell c = (XSSFCell) s.getRow(2).createCell(7);
                    c.setCellFormula("B2*2");
                    if (c.getCTCell().isSetV()) {
                        c.getCTCell().unsetV();
                    }
                });
        xlsx("xlsx/formula-error-value.xlsx", "a formula whose stored value is #DIV/0!", "shows the error", 3,
                "product_revenue", "#DIV/0!", wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"});
                    s.getRow(0).createCell(7).setCellValue("product_revenue");
                    XSSFCell c = (XSSFCell) s.getRow(2).createCell(7);
                    c.setCellFormula("1/0");
                    c.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.E);
                    c.getCTCell().setV("#DIV/0!");
                });
        xlsx("xlsx/formula-text-in-amount.xlsx", "a formula whose stored value is the text 'n/a' in an amount column",
                "is not an amount", 3, "product_revenue", "n/a", wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"});
                    s.getRow(0).createCell(7).setCellValue("product_revenue");
                    XSSFCell c = (XSSFCell) s.getRow(2).createCell(7);
                    c.setCellFormula("IF(TRUE,\"n/a\",0)");
                    c.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
                    c.getCTCell().setV("n/a");
                });
        xlsx("xlsx/merged-status-cells.xlsx", "status merged over rows 2-3 (only row 2 holds the value)", "merged", 3,
                "status", null, wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "", "X Ltd"});
                    s.addMergedRegion(new CellRangeAddress(1, 2, 5, 5));
                });
        xlsx("xlsx/merged-owners-cells.xlsx", "owners merged over rows 2-3 (an optional column: row 3 would import without owners)",
                "merged", 3, "owners", null, wb -> {
                    Sheet s = patentsSheet(wb, "Patents", GOOD_CELLS,
                            new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", ""});
                    s.addMergedRegion(new CellRangeAddress(1, 2, 6, 6));
                });
        xlsx("xlsx/boolean-as-date.xlsx", "a TRUE cell in filing_date", "is not a date", 3, "filing_date", "yes",
                wb -> patentsSheet(wb, "Patents", GOOD_CELLS,
                        new Object[]{SECOND, "Pressure chip", "invention", Boolean.TRUE, "", "valid", "X Ltd"}));
        xlsx("xlsx/owner-shares-over-100.xlsx", "owner shares 70 % and 50 %", "add up to 120 %", 3, "owners",
                "A Ltd:70%; B University:50%", wb -> patentsSheet(wb, "Patents", GOOD_CELLS,
                        new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "valid", "A Ltd:70%; B University:50%"}));
        xlsx("xlsx/unknown-status.xlsx", "status 'active-ish'", "is not a legal status", 3, "status", "active-ish",
                wb -> patentsSheet(wb, "Patents", GOOD_CELLS,
                        new Object[]{SECOND, "Pressure chip", "invention", "2015-11-18", "", "active-ish", "X Ltd"}));
        xlsx("xlsx/number-as-patent-number.xlsx", "a CN application number typed as a number 2.01510782913E11 (check digit lost)",
                "lacks its check digit", 3, "patent_number", "201510782913", wb -> patentsSheet(wb, "Patents", GOOD_CELLS,
                        new Object[]{201510782913.0, "Pressure chip", "invention", "2015-11-18", "", "valid", "X Ltd"}));
        xlsx("xlsx/bad-enterprise-credit-code.xlsx", "Enterprise sheet with a wrong credit-code check character",
                "check character", 3, "credit_code", "91440300MA5F0XXXX1", wb -> {
                    patentsSheet(wb, "Patents", GOOD_CELLS);
                    Sheet e = wb.createSheet("Enterprise");
                    fill(e.createRow(0), "field", "value");
                    fill(e.createRow(1), "name", "Example Sensors Ltd");
                    fill(e.createRow(2), "credit_code", "91440300MA5F0XXXX1");
                });
        xlsx("xlsx/enterprise-formula-without-value.xlsx", "Enterprise sheet whose revenue is a formula never calculated",
                "has no stored value", 3, "value", "=1000*12", wb -> {
                    patentsSheet(wb, "Patents", GOOD_CELLS);
                    Sheet e = wb.createSheet("Enterprise");
                    fill(e.createRow(0), "field", "value");
                    fill(e.createRow(1), "name", "Example Sensors Ltd");
                    fill(e.createRow(2), "revenue");
                    XSSFCell c = (XSSFCell) e.getRow(2).createCell(1);
                    c.setCellFormula("1000*12");
                    if (c.getCTCell().isSetV()) {
                        c.getCTCell().unsetV();
                    }
                });
        xlsx("xlsx/loan-term-negative.xlsx", "Loan sheet with term -12 months", "not a whole number", 3, "term_months",
                "-12", wb -> {
                    patentsSheet(wb, "Patents", GOOD_CELLS);
                    Sheet l = wb.createSheet("Loan");
                    fill(l.createRow(0), "field", "value");
                    fill(l.createRow(1), "amount", "5000000");
                    fill(l.createRow(2), "term_months", -12.0);
                });
        bytes("xlsx/zip-bomb.xlsx", "XLSX", "a workbook whose sheet inflates 1000:1 to 30 MB of blanks (zip bomb)",
                "zip bomb", null, null, null, zipBomb());
        bytes("xlsx/xxe-in-sheet.xlsx", "XLSX", "a sheet XML declaring a DOCTYPE with an external entity to /etc/passwd",
                "cannot be read", null, null, null, xxeInSheet());
    }

    // --------------------------------------------------------------------------------------------- XML

    private void xmlCases() {
        text("xml/empty.xml", "zero bytes named .xml", "is empty", null, null, null, "");
        text("xml/xxe-file.xml", "an external entity reading file:///etc/passwd", "declares a DTD", null, null, null,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<response><result>&xxe;</result></response>\n");
        text("xml/xxe-url.xml", "an external entity fetching http://127.0.0.1:9/secret", "declares a DTD", null, null, null,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/secret\">]>\n<response><result>&xxe;</result></response>\n");
        text("xml/xxe-parameter-entity.xml", "an external parameter entity (out-of-band XXE)", "declares a DTD", null, null, null,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % ext SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %ext;]>\n<response/>\n");
        text("xml/external-dtd.xml", "a DOCTYPE naming an external DTD", "declares a DTD", null, null, null,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE response SYSTEM \"http://127.0.0.1:9/response.dtd\">\n<response/>\n");
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            lol.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        lol.append("]>\n<lolz>&lol9;</lolz>\n");
        text("xml/billion-laughs.xml", "nested entities expanding to 10^9 'lol's", "declares a DTD", null, null, null, lol.toString());
        text("xml/nested-300.xml", "300 nested elements (the parser allows 256)", "nested more than 256 levels", null, null, null,
                "<?xml version=\"1.0\"?>" + "<a>".repeat(300) + "</a>".repeat(300));
        text("xml/wrong-root.xml", "well-formed XML with root <portfolio>", "root element <portfolio>", null, null, null,
                "<?xml version=\"1.0\"?>\n<portfolio><patent number=\"ZL201410356287.1\"/></portfolio>\n");
        text("xml/xinclude.xml", "an XInclude of /etc/passwd inside a non-register root", "root element", null, null, null,
                "<?xml version=\"1.0\"?>\n<doc xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></doc>\n");
        text("xml/not-closed.xml", "the root element is never closed", "not well-formed", null, null, null,
                "<?xml version=\"1.0\"?>\n<response><result name=\"response\">\n");
        text("xml/binary-after-angle.xml", "a '<' followed by binary junk", "not well-formed", null, null, null,
                "<\u0001\u0002\u0003\u00ff\u00fe junk");
        bytes("xml/latin1-declared-utf8.xml", "XML", "declared UTF-8, written in Latin-1", "not well-formed", null, null, null,
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><result><doc><str name=\"conveyanceText\">"
                        + "ÜBERTRAGUNG</str></doc></result></response>\n").getBytes(StandardCharsets.ISO_8859_1));
        bytes("xml/png-named-xml.xml", "XML", "a PNG image named .xml", "is neither a folder", null, null, null,
                concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                        new byte[]{0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89}));
        String cut = epo("<publication-reference><document-id document-id-type=\"docdb\"><country>EP</country>"
                + "<doc-number>1000000</doc-number><kind>B1</kind></document-id></publication-reference>",
                "<ops:legal code=\"PG25\" desc=\"LAPSED IN A CONTRACTING STATE\"><ops:L501EP>DE</ops:L501EP>"
                        + "<ops:L525EP>20030212</ops:L525EP></ops:legal>");
        text("xml/epo-truncated.xml", "an EPO response cut off inside a legal event", "line 2, column", null, null, null,
                cut.substring(0, cut.indexOf("<ops:L525EP>") + 8));
        text("xml/epo-no-events.xml", "an EPO OPS document without any family member or legal event", "no legal events",
                null, null, null, "<?xml version=\"1.0\"?>\n<ops:world-patent-data xmlns=\"http://www.epo.org/exchange\" "
                        + "xmlns:ops=\"http://ops.epo.org\"><ops:patent-family legal=\"true\"/></ops:world-patent-data>\n");
        text("xml/epo-member-without-number.xml", "an EPO family member with legal events but no publication number",
                "no docdb publication number", 1, "publication-reference", null, epo("", "<ops:legal code=\"PG25\" "
                        + "desc=\"LAPSED IN A CONTRACTING STATE\"><ops:L525EP>20040101</ops:L525EP></ops:legal>"));
        text("xml/epo-bad-number.xml", "an EPO family member numbered 'XX' 'ABC'", "not a patent office code", 1,
                "publication-reference", "XXABCA1", epo("<publication-reference><document-id document-id-type=\"docdb\">"
                        + "<country>XX</country><doc-number>ABC</doc-number><kind>A1</kind></document-id></publication-reference>",
                        "<ops:legal code=\"PG25\" desc=\"LAPSED\"><ops:L525EP>20040101</ops:L525EP></ops:legal>"));
        text("xml/uspto-assignment-no-date.xml", "a USPTO assignment without recorded date", "no recorded date", 1,
                "recordedDate", "", "<?xml version=\"1.0\"?>\n<response><result name=\"response\"><doc>"
                        + "<str name=\"displayId\">057434-0429</str><str name=\"conveyanceText\">SECURITY INTEREST</str>"
                        + "<arr name=\"patNum\"><str>8789601</str></arr></doc></result></response>\n");
        text("xml/uspto-assignment-bad-patnum.xml", "a USPTO assignment conveying patent 'twelve'", "is not a patent number", 1,
                "patNum", "twelve", "<?xml version=\"1.0\"?>\n<response><result name=\"response\"><doc>"
                        + "<str name=\"displayId\">057434-0429</str><str name=\"conveyanceText\">ASSIGNMENT OF ASSIGNORS INTEREST</str>"
                        + "<date name=\"recordedDate\">2021-06-30T04:00:00Z</date>"
                        + "<arr name=\"patNum\"><str>twelve</str></arr></doc></result></response>\n");
        text("xml/uspto-assignment-empty.xml", "a USPTO assignment response with an empty result", "no legal events",
                null, null, null, "<?xml version=\"1.0\"?>\n<response><result name=\"response\" numFound=\"0\"/></response>\n");
    }

    private void grantXmlCases() {
        String doctype = "<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v47-2022-02-17.dtd\" [ ]>\n";
        String grant = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<us-patent-grant lang=\"EN\" country=\"US\"><us-bibliographic-data-grant><publication-reference>"
                + "<document-id><country>US</country><doc-number>11556879</doc-number><kind>B1</kind><date>20230117</date>"
                + "</document-id></publication-reference><application-reference appl-type=\"utility\"><document-id>"
                + "<country>US</country><doc-number>15620401</doc-number><date>20170612</date></document-id>"
                + "</application-reference><invention-title id=\"d2e43\">Motion data driven performance evaluation"
                + "</invention-title></us-bibliographic-data-grant></us-patent-grant>\n";
        text("xml/grant-xxe-in-internal-subset.xml", "a USPTO grant whose DOCTYPE declares an entity reading /etc/passwd",
                "declares a DTD", 1, null, null, grant.replace("[ ]>", "[ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>")
                        .replace("Motion data", "&xxe; Motion data"));
        text("xml/grant-parameter-entity.xml", "a USPTO grant whose DOCTYPE pulls an external parameter entity",
                "declares a DTD", 1, null, null, grant.replace("[ ]>",
                        "[ <!ENTITY % ext SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %ext; ]>"));
        text("xml/grant-truncated.xml", "a USPTO grant cut off inside its bibliographic data", "not well-formed", 1, null,
                null, grant.substring(0, grant.indexOf("<application-reference")));
        text("xml/grant-grant-before-filing.xml", "a USPTO grant published 2013, filed 2017", "precedes filing date", 1,
                null, null, grant.replace("<date>20230117</date>", "<date>20130117</date>"));
        text("xml/grant-without-number.xml", "a USPTO grant without publication number", "not a patent number", 1, null,
                null, grant.replace("<doc-number>11556879</doc-number>", ""));
    }

    private static String epo(String publication, String legal) {
        return "<?xml version=\"1.0\"?>\n<ops:world-patent-data xmlns=\"http://www.epo.org/exchange\" xmlns:ops=\"http://ops.epo.org\">"
                + "<ops:patent-family legal=\"true\"><ops:family-member family-id=\"1\">" + publication + legal
                + "</ops:family-member></ops:patent-family></ops:world-patent-data>\n";
    }

    // -------------------------------------------------------------------------------------------- JSON

    private static final String JSON_GOOD = "{\"guid\":\"US-11803561-B1\",\"applicationFilingDate\":[\"2014-03-31T00:00:00Z\"],"
            + "\"datePublished\":\"2023-10-31T00:00:00Z\",\"inventionTitle\":\"Approximation query\","
            + "\"assigneeName\":[\"Amazon Technologies, Inc.\"]}";

    private void jsonCases() {
        text("json/empty-object.json", "{}", "neither a USPTO search response", null, null, null, "{}");
        text("json/truncated.json", "a USPTO search response cut off mid-record", "not valid JSON", null, null, null,
                "{\"patents\":[" + JSON_GOOD + ",{\"guid\":\"US-1180");
        text("json/junk.json", "'{' followed by words", "not valid JSON", null, null, null, "{ this is not json at all");
        text("json/nan-literal.json", "a NaN literal, which JSON does not have", "not valid JSON", null, null, null,
                "{\"patents\":[{\"guid\":\"US-11803561-B1\",\"numberOfClaims\":NaN}]}");
        text("json/nested-1000.json", "1,000 nested arrays (the reader allows 64)", "not valid JSON", null, null, null,
                "{\"patents\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        text("json/empty-patents.json", "a search response with an empty patents array", "no data rows", null, null, null,
                "{\"numFound\":0,\"patents\":[]}");
        text("json/bad-guid.json", "a record whose guid is 'XX-123'", "not a patent office code", 2, "guid", "XX-123",
                "{\"patents\":[" + JSON_GOOD + ",{\"guid\":\"XX-123\"}]}");
        text("json/guid-as-object.json", "a record whose guid is an object", "is not a patent number", 2, "guid", "",
                "{\"patents\":[" + JSON_GOOD + ",{\"guid\":{\"id\":1}}]}");
        text("json/numbers-array.json", "an array of numbers instead of documents", "is not a patent number", 1, "guid", "",
                "[1,2,3]");
        text("json/february-30.json", "applicationFilingDate 2023-02-30", "not a day of the calendar", 2,
                "applicationFilingDate", "2023-02-30", "{\"patents\":[" + JSON_GOOD
                        + ",{\"guid\":\"US-11803562-B1\",\"applicationFilingDate\":[\"2023-02-30\"]}]}");
        text("json/grant-before-filing.json", "published 2010, filed 2014", "precedes filing date", 2, "datePublished",
                "2010-01-05T00:00:00Z", "{\"patents\":[" + JSON_GOOD + ",{\"guid\":\"US-11803562-B1\","
                        + "\"applicationFilingDate\":[\"2014-03-31T00:00:00Z\"],\"datePublished\":\"2010-01-05T00:00:00Z\"}]}");
        text("json/duplicate.json", "the same guid twice", "appears again", 2, "guid", "US11803561",
                "{\"patents\":[" + JSON_GOOD + "," + JSON_GOOD + "]}");
        text("json/huge-title-5000.json", "an inventionTitle of 5,000 characters", "characters", 2, "inventionTitle", null,
                "{\"patents\":[" + JSON_GOOD + ",{\"guid\":\"US-11803562-B1\",\"inventionTitle\":\"" + "x".repeat(5000) + "\"}]}");
        text("json/claims-1e400.json", "numberOfClaims 1e400 (infinite as a double)", "not a whole number", 2,
                "numberOfClaims", "1E+400", "{\"patents\":[" + JSON_GOOD + ",{\"guid\":\"US-11803562-B1\","
                        + "\"applicationFilingDate\":[\"2014-03-31T00:00:00Z\"],\"datePublished\":\"2023-10-31T00:00:00Z\","
                        + "\"numberOfClaims\":1e400}]}");
        text("json/top-level-string.json", "a JSON string, not an object", "is neither", null, null, null, "\"patents\"");
    }

    // ------------------------------------------------------------------------------------------ writing

    private void small() {
        csvCases();
        folderCases();
        xlsxCases();
        xmlCases();
        grantXmlCases();
        jsonCases();
    }

    private void large() {
        largeCases();
    }

    private void csv(String path, String what, String reason, Integer row, String column, String value, String... lines) {
        text(path, "CSV", what, reason, row, column, value, String.join("\n", lines) + "\n");
    }

    private void text(String path, String what, String reason, Integer row, String column, String value, String content) {
        String type = path.substring(0, path.indexOf('/')).toUpperCase(java.util.Locale.ROOT);
        text(path, type, what, reason, row, column, value, content);
    }

    private void text(String path, String type, String what, String reason, Integer row, String column, String value,
                      String content) {
        bytes(path, type, what, reason, row, column, value, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String path, String type, String what, String reason, Integer row, String column, String value,
                       byte[] content) {
        cases.add(new Case(path, type, what, reason, row, column, value, false));
        if (writeFiles && !large) {
            write(root.resolve(path), content);
        }
    }

    private void folder(String path, String what, String reason, Integer row, String column, String value, String... files) {
        cases.add(new Case(path, "CSV folder", what, reason, row, column, value, false));
        if (writeFiles && !large) {
            for (int i = 0; i < files.length; i += 2) {
                write(root.resolve(path).resolve(files[i]), files[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void xlsx(String path, String what, String reason, Integer row, String column, String value,
                      Consumer<XSSFWorkbook> content) {
        cases.add(new Case(path, "XLSX", what, reason, row, column, value, false));
        if (writeFiles && !large) {
            write(root.resolve(path), workbook(content));
        }
    }

    private void large(String path, String type, String what, String reason, Integer row, String column, String value,
                       java.util.function.Supplier<byte[]> content) {
        cases.add(new Case(path, type, what, reason, row, column, value, true));
        if (writeFiles && large) {
            write(root.resolve(path), content.get());
        }
    }

    /** A case that is not a file of bytes (a folder, a pipe), made at test time by {@code make}. */
    private void special(String path, String what, String reason, Consumer<Path> make) {
        cases.add(new Case(path, "XML", what, reason, null, null, null, true));
        if (writeFiles && large) {
            make.accept(root.resolve(path));
        }
    }

    private void csvLarge(String path, String what, String reason, Integer row, String column, String... lines) {
        large(path, "CSV", what, reason, row, column, null,
                () -> (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(wb);
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            wb.write(out);
            // rewritten with fixed entry times, so the committed files are exactly what the generator writes
            return zip(unzip(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Patents sheet: the header row, then the given rows (strings, numbers, booleans, dates as Excel dates). */
    static Sheet patentsSheet(XSSFWorkbook wb, String name, Object[]... rows) {
        Sheet s = wb.createSheet(name);
        fill(s.createRow(0), HEADER_CELLS);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        for (int i = 0; i < rows.length; i++) {
            Row r = s.createRow(i + 1);
            fill(r, rows[i]);
            for (int c = 0; c < rows[i].length; c++) {
                if (rows[i][c] instanceof java.time.LocalDate) {
                    r.getCell(c).setCellStyle(date);
                }
            }
        }
        return s;
    }

    static void fill(Row r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof String str) {
                if (!str.isEmpty()) {
                    r.createCell(c).setCellValue(str);
                }
            } else if (v instanceof Number n) {
                r.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                r.createCell(c).setCellValue(b);
            } else if (v instanceof java.time.LocalDate d) {
                r.createCell(c).setCellValue(d);
            }
        }
    }

    private static byte[] passwordProtected() {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.standard);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (java.io.OutputStream os = enc.getDataStream(fs)) {
                os.write(workbook(wb -> patentsSheet(wb, "Patents", GOOD_CELLS)));
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] legacyXls() {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Patents");
            fill(s.createRow(0), HEADER_CELLS);
            fill(s.createRow(1), GOOD_CELLS);
            fill(s.createRow(2), SECOND, "Pressure chip", "invention", "2023-02-30", "", "valid", "X Ltd");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record ZipEntryData(String name, byte[] content) {
    }

    static byte[] zip(List<ZipEntryData> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.setLevel(9);
            for (ZipEntryData e : entries) {
                ZipEntry entry = new ZipEntry(e.name());
                entry.setTime(0);
                z.putNextEntry(entry);
                z.write(e.content());
                z.closeEntry();
            }
            z.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a zip (an XLSX) in order. */
    static List<ZipEntryData> unzip(byte[] zip) {
        List<ZipEntryData> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(new ZipEntryData(e.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A valid workbook whose first sheet is replaced by {@code sheetXml}. */
    private static byte[] withSheetXml(byte[] sheetXml) {
        byte[] valid = workbook(wb -> patentsSheet(wb, "Patents", GOOD_CELLS));
        List<ZipEntryData> entries = new ArrayList<>();
        for (ZipEntryData e : unzip(valid)) {
            entries.add(e.name().equals("xl/worksheets/sheet1.xml") ? new ZipEntryData(e.name(), sheetXml) : e);
        }
        return zip(entries);
    }

    /** One row of inline-string cells. */
    private static String inlineRow(int r, String[] cells) {
        StringBuilder b = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                b.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>").append(cells[c])
                        .append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    /** Sheet XML with inline-string cells, for contents that POI's writer refuses (cells over 32,767 characters). */
    private static byte[] inlineSheet(String[]... rows) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.length; r++) {
            b.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    b.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(rows[r][c]).append("</t></is></c>");
                }
            }
            b.append("</row>");
        }
        return b.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zipBomb() {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>";
        byte[] blanks = new byte[30 * 1024 * 1024];
        Arrays.fill(blanks, (byte) ' ');
        return withSheetXml(concat(head.getBytes(StandardCharsets.UTF_8), blanks,
                "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] xxeInSheet() {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>patent_number</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>status</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>ZL201410356287.1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>";
        return withSheetXml(sheet.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The corpus folder's README: every case with what is wrong and what the reader says. */
    static String readme() {
        StringBuilder b = new StringBuilder();
        b.append("# Bad-input corpus\n\n")
                .append("Files a bank might feed PledgeBench, each broken in one named way. `BadInputCorpusTest` imports every\n")
                .append("case through `PortfolioReader` and through `pledgebench import … --db` and asserts: the reader returns\n")
                .append("problems (never throws, never hangs), each problem names the file and, where the fault has a place, the\n")
                .append("row, column and value, with a reason in English and Chinese; the command exits with 2, stderr names the\n")
                .append("place, and the database content (every row of every table) is unchanged.\n\n")
                .append("The files are written by `src/test/java/io/pledgebench/io/BadInputCorpus.java` (run its `main` from the\n")
                .append("project folder to rewrite them and this README). Cases marked *generated* are large by design and are\n")
                .append("written into a temporary folder at test time.\n\n")
                .append("Each CSV or sheet with a bad row also holds a good row (row 2), so a reader that silently accepted or\n")
                .append("dropped the bad row would be caught. Rows are numbered as a spreadsheet shows them (header = row 1).\n\n")
                .append("Control, bidi and line-break characters are refused, never cleaned (SPEC \"Bad input\": a rejected value\n")
                .append("names its place; a cleaned cell would store a value the file does not hold). Every cell refuses control\n")
                .append("characters other than tab and line breaks, and the bidi embedding, override and isolate characters\n")
                .append("U+202A–U+202E and U+2066–U+2069, which reorder how the text around them is shown (an owner could read\n")
                .append("as another). One-line cells (names, numbers, codes: every column but titles and the loan purpose) also\n")
                .append("refuse tab, line feed, carriage return and U+2028/U+2029; a title keeps the line breaks of a wrapped\n")
                .append("spreadsheet cell and one-line output shows them as `\\n`. Messages show such characters escaped\n")
                .append("(`\\u202E`). The one notice instead of a refusal: a portfolio named after its file (no enterprise data)\n")
                .append("whose file name holds such characters is named with spaces instead, and the import says so (the file\n")
                .append("name is not a cell of the data).\n\n")
                .append("| file | type | what is wrong | expected reason contains | row | column | value |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Case c : cases()) {
            b.append("| `").append(c.path()).append('`').append(c.large() ? " (*generated*)" : "")
                    .append(" | ").append(c.type())
                    .append(" | ").append(md(c.what()))
                    .append(" | ").append(md(c.reason()))
                    .append(" | ").append(c.row() == null ? "" : c.row())
                    .append(" | ").append(c.column() == null ? "" : md(c.column()))
                    .append(" | ").append(c.value() == null ? "" : c.value().isEmpty() ? "(empty)" : "`" + md(printable(c.value())) + "`")
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
