package io.pledgebench.io;

import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.UnifiedSocialCreditCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes {@code sample-portfolios/university-spinoff.xlsx}: a fictional university spin-off with English
 * headers, real Excel date and percent cells, patents co-owned with the university, one formula cell with
 * its calculated value stored, a horizontal Loan sheet and a hidden working sheet that must be ignored.
 * Run {@code main} to regenerate the committed file; {@link XlsxPortfolioReaderTest} reads it.
 */
public final class UniversitySpinoffWorkbook {

    static final String ENTERPRISE = "Suzhou Lattice Photonics Co., Ltd.";
    static final String UNIVERSITY = "Eastlake University";

    private UniversitySpinoffWorkbook() {
    }

    /** CN application number (12 digits) with its computed check digit, in the ZL form applicants use. */
    static String cn(String twelveDigits) {
        return "ZL" + twelveDigits + "." + PatentNumber.cnCheckDigit(twelveDigits);
    }

    /** A unified social credit code with its computed check character. */
    static String creditCode(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-portfolios/university-spinoff.xlsx");
        write(out);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static void write(Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));

            Sheet e = wb.createSheet("Enterprise");
            Object[][] fields = {
                    {"field", "value"},
                    {"name", ENTERPRISE},
                    {"credit_code", creditCode("91320594MA1XK7Q3H")},
                    {"industry", "Photonic integrated circuits (C3976)"},
                    {"years_in_business", 4},
                    {"revenue", 38_600_000},
                    {"ebitda", 4_150_000},
                    {"total_assets", 52_300_000},
                    {"total_liabilities", 21_800_000},
                    {"interest_expense", 640_000},
                    {"rd_expense", 9_700_000},
                    {"annual_debt_service", 2_900_000},
                    {"overdue_records", 0},
            };
            for (int i = 0; i < fields.length; i++) {
                Row r = e.createRow(i);
                r.createCell(0).setCellValue((String) fields[i][0]);
                Cell v = r.createCell(1);
                if (fields[i][1] instanceof String s) {
                    v.setCellValue(s);
                } else {
                    v.setCellValue(((Number) fields[i][1]).doubleValue());
                    v.setCellStyle(money);
                }
            }

            Sheet p = wb.createSheet("Patents");
            String[] headers = {"patent_number", "title", "type", "filing_date", "grant_date", "status", "owners",
                    "annual_fee_paid_until", "ipc", "independent_claims", "total_claims", "family_size", "cited_by",
                    "product_revenue", "licence_revenue", "royalty_rate", "open_licence_royalty", "product_recorded",
                    "in_use_since", "replacement_cost", "economic_life_years", "pledge_consent", "product",
                    "contribution_weight"};
            Row h = p.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            String sole = ENTERPRISE;
            String joint = ENTERPRISE + ":0.5; " + UNIVERSITY + ":0.5";
            Object[][] rows = {
                    {cn("202010356781"), "Silicon nitride microring resonator with thermal tuning", "invention",
                            d(2020, 4, 21), d(2022, 9, 6), "valid", joint, d(2026, 4, 21), "G02B 6/293", 2, 12, 3, 7,
                            12_400_000, 0, 0.045, null, "yes", d(2022, 11, 1), 1_850_000, 10, "yes", "Tunable microring filter",
                            null},
                    {cn("202110872364"), "Wafer-level coupling of lasers to waveguides", "invention",
                            d(2021, 7, 14), d(2023, 5, 30), "valid", sole, d(2026, 7, 14), "G02B 6/42", 3, 15, 2, 2,
                            8_900_000, 0, 0.04, null, "yes", d(2023, 8, 15), 2_300_000, 11, null,
                            "Laser-coupled transceiver engine", 0.8},
                    {cn("202210198457"), "Low-loss edge coupler for lithium niobate on insulator", "invention",
                            d(2022, 2, 25), d(2024, 3, 19), "valid", joint, d(2026, 2, 25), "G02B 6/30", 1, 9, 1, 0,
                            0, 360_000, 0.05, 0.03, "no", null, 1_200_000, 12, "no"},
                    {cn("202120913528"), "Fibre array fixture for photonic chip testing", "utility_model",
                            d(2021, 4, 29), d(2021, 12, 3), "valid", sole, d(2026, 4, 29), "G01M 11/00", 1, 6, null, 1,
                            2_100_000, 0, 0.02, null, "no", d(2022, 1, 10), 280_000, 6, null, "Photonic chip test station",
                            null},
                    {cn("202221487603"), "Thermo-electric cooler mount for laser modules", "utility_model",
                            d(2022, 6, 13), d(2022, 10, 25), "valid", sole, d(2026, 6, 13), "H01S 5/024", 1, 8, null, 0,
                            8_900_000, 0, 0.02, null, "no", d(2022, 12, 1), 190_000, 5, null,
                            "Laser-coupled transceiver engine", 0.2},
                    {cn("202310442179"), "Optical phased array beam steering controller", "invention",
                            d(2023, 4, 18), null, "application", sole, null, "G02F 1/29", 2, 14, 1, 0,
                            0, 0, null, null, "no", null, 1_400_000, 12, null},
            };
            for (int i = 0; i < rows.length; i++) {
                Row r = p.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    Object v = rows[i][c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = r.createCell(c);
                    if (v instanceof LocalDate ld) {
                        cell.setCellValue(ld);
                        cell.setCellStyle(date);
                    } else if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Double dv && (headers[c].contains("rate") || headers[c].contains("royalty"))) {
                        cell.setCellValue(dv);
                        cell.setCellStyle(percent);
                    } else {
                        cell.setCellValue(((Number) v).doubleValue());
                        if (headers[c].contains("revenue") || headers[c].contains("cost")) {
                            cell.setCellStyle(money);
                        }
                    }
                }
            }
            // licence income of the edge coupler: 3 licensees at 120,000 each, as the finance team typed it
            Cell formula = p.getRow(3).getCell(14);
            formula.setCellFormula("3*120000");
            formula.setCellStyle(money);

            Sheet loan = wb.createSheet("Loan");
            Row lh = loan.createRow(0);
            Row lv = loan.createRow(1);
            lh.createCell(0).setCellValue("amount");
            lh.createCell(1).setCellValue("currency");
            lh.createCell(2).setCellValue("term_months");
            lh.createCell(3).setCellValue("purpose");
            lh.createCell(4).setCellValue("valuation_date");
            lv.createCell(0).setCellValue(6_000_000);
            lv.createCell(1).setCellValue("CNY");
            lv.createCell(2).setCellValue(24);
            lv.createCell(3).setCellValue("Pilot line for wafer-level laser coupling");
            // the date of the workbook's data: the sample is assessed as of it on any day it is opened
            Cell valuationDate = lv.createCell(4);
            valuationDate.setCellValue(d(2025, 6, 30));
            valuationDate.setCellStyle(date);

            Sheet scratch = wb.createSheet("Patents (draft)");
            scratch.createRow(0).createCell(0).setCellValue("patent_number");
            scratch.createRow(1).createCell(0).setCellValue("not a number");
            wb.setSheetHidden(wb.getSheetIndex(scratch), true);

            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
