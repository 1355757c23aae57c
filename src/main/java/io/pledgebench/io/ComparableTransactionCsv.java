package io.pledgebench.io;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.ComparableTransaction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads comparable transactions from a CSV file (UTF-8 with or without BOM, else GB18030) with the header
 * {@code reference, description, date, price, currency, patent_type, ipc, remaining_life, source} — English or the
 * usual Chinese names. Every bad value is reported with its row and column; the good rows are returned, nothing is
 * thrown for a bad row.
 */
public final class ComparableTransactionCsv {

    /** The transactions read, every problem, and the number of data rows. */
    public record Result(List<ComparableTransaction> transactions, List<ImportProblem> problems, int rowsRead) {
        public Result {
            transactions = List.copyOf(transactions);
            problems = List.copyOf(problems);
        }
    }

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        alias("reference", "reference", "ref", "交易编号", "编号");
        alias("description", "description", "交易说明", "说明", "描述");
        alias("date", "date", "transaction_date", "交易日期", "日期");
        alias("price", "price", "交易价格", "价格", "金额");
        alias("currency", "currency", "币种", "货币");
        alias("patent_type", "patent_type", "type", "专利类型");
        alias("ipc", "ipc", "主分类号", "分类号");
        alias("remaining_life", "remaining_life", "剩余寿命", "剩余年限");
        alias("source", "source", "来源", "数据来源");
    }

    private static final List<String> REQUIRED = List.of("reference", "date", "price", "currency", "patent_type", "source");
    private static final Pattern CN_DATE = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?");

    private ComparableTransactionCsv() {
    }

    private static void alias(String field, String... names) {
        for (String n : names) {
            HEADERS.put(n.toLowerCase(Locale.ROOT), field);
        }
    }

    public static Result read(Path file) {
        try {
            return read(decode(Files.readAllBytes(file)), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    public static Result read(String text, String fileName) {
        List<ComparableTransaction> out = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int rows = 0;
        try (Reader r = new StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).build().parse(r)) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) {
                String field = HEADERS.get(h.trim().toLowerCase(Locale.ROOT));
                if (field != null) {
                    columns.put(field, h);
                }
            }
            for (String f : REQUIRED) {
                if (!columns.containsKey(f)) {
                    problems.add(new ImportProblem(fileName, null, 1, f, null, "required column '" + f + "' is missing",
                            "缺少必需的列“" + f + "”"));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(out, problems, 0);
            }
            for (CSVRecord rec : parser) {
                rows++;
                int row = (int) rec.getRecordNumber() + 1;
                Row values = new Row(fileName, row, rec, columns, problems);
                int before = problems.size();
                String reference = values.text("reference");
                LocalDate date = values.date("date");
                BigDecimal price = values.amount("price");
                String currency = values.text("currency");
                PatentType type = values.type("patent_type");
                Double life = values.number("remaining_life");
                String source = values.text("source");
                if (problems.size() > before) {
                    continue;
                }
                try {
                    out.add(new ComparableTransaction(null, reference, values.raw("description"), date, price, currency,
                            type, values.raw("ipc"), life, source));
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportProblem(fileName, null, row, null, null, e.getMessage(),
                            "可比交易数据无效：" + e.getMessage()));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(fileName, null, null, null, null, "not a readable CSV file: " + e.getMessage(),
                    "无法读取的CSV文件：" + e.getMessage()));
        }
        return new Result(out, problems, rows);
    }

    /** One record's values with problem reporting. */
    private record Row(String file, int row, CSVRecord rec, Map<String, String> columns, List<ImportProblem> problems) {

        String raw(String field) {
            String header = columns.get(field);
            if (header == null || !rec.isSet(header)) {
                return null;
            }
            String v = rec.get(header);
            return v == null || v.isBlank() ? null : v.trim();
        }

        void problem(String field, String value, String reason, String reasonZh) {
            problems.add(new ImportProblem(file, null, row, columns.get(field), value, reason, reasonZh));
        }

        String text(String field) {
            String v = raw(field);
            if (v == null && REQUIRED.contains(field)) {
                problem(field, "", field + " is required", "必填项" + field + "为空");
            }
            return v;
        }

        LocalDate date(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            try {
                Matcher m = CN_DATE.matcher(v);
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
            } catch (DateTimeException e) {
                problem(field, v, "not a calendar date", "不是有效日期");
                return null;
            }
            problem(field, v, "not a date (use 2023-01-05, 2023/1/5 or 2023年1月5日)", "不是日期（请用2023-01-05、2023/1/5或2023年1月5日）");
            return null;
        }

        BigDecimal amount(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            String s = v.replace(",", "").replace("，", "").replace(" ", "");
            BigDecimal factor = BigDecimal.ONE;
            if (s.endsWith("万元")) {
                factor = BigDecimal.valueOf(10_000);
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("万")) {
                factor = BigDecimal.valueOf(10_000);
                s = s.substring(0, s.length() - 1);
            } else if (s.endsWith("元")) {
                s = s.substring(0, s.length() - 1);
            }
            try {
                return new BigDecimal(s).multiply(factor);
            } catch (NumberFormatException e) {
                problem(field, v, "not an amount", "不是金额");
                return null;
            }
        }

        Double number(String field) {
            String v = raw(field);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v.replace("年", "").trim());
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException(v);
                }
                return d;
            } catch (NumberFormatException e) {
                problem(field, v, "not a number", "不是数字");
                return null;
            }
        }

        PatentType type(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            return PatentType.parse(v).orElseGet(() -> {
                problem(field, v, "not a patent type (invention, utility_model, design)", "不是专利类型（发明、实用新型、外观设计）");
                return null;
            });
        }
    }
}
