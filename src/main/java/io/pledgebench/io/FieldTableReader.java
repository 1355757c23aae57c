package io.pledgebench.io;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Text;
import io.pledgebench.domain.UnifiedSocialCreditCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the enterprise and loan tables: {@code field,value} rows ({@code enterprise.csv}, {@code loan.csv}, or
 * a two-column sheet, optionally under a {@code field,value} / {@code 项目,内容} header) or, in a sheet, one
 * header row of field names over one row of values. Field names are English or Chinese.
 */
final class FieldTableReader {

    enum EnterpriseField {
        NAME("name", "enterprise_name", "company", "company_name", "企业名称", "名称", "公司名称", "出质人"),
        CREDIT_CODE("credit_code", "unified_social_credit_code", "uscc", "统一社会信用代码", "信用代码"),
        INDUSTRY("industry", "sector", "行业", "所属行业", "行业类别"),
        YEARS_IN_BUSINESS("years_in_business", "years", "经营年限", "成立年限", "经营年数"),
        REVENUE("revenue", "sales", "turnover", "营业收入", "年营业收入", "销售收入"),
        EBITDA("ebitda", "息税折旧摊销前利润", "税息折旧及摊销前利润"),
        TOTAL_ASSETS("total_assets", "assets", "总资产", "资产总额"),
        TOTAL_LIABILITIES("total_liabilities", "liabilities", "总负债", "负债总额"),
        INTEREST_EXPENSE("interest_expense", "interest", "利息支出", "利息费用"),
        RD_EXPENSE("rd_expense", "r&d_expense", "research_and_development", "研发费用", "研发投入", "研发支出"),
        ANNUAL_DEBT_SERVICE("annual_debt_service", "debt_service", "年还本付息额", "年偿债额", "年度还本付息"),
        OVERDUE_RECORDS("overdue_records", "overdue", "逾期记录", "逾期次数", "逾期记录数"),
        PD("pd", "probability_of_default", "违约概率", "外部违约概率"),
        CURRENCY("currency", "币种", "货币");

        final List<String> aliases;

        EnterpriseField(String... aliases) {
            this.aliases = List.of(aliases);
        }
    }

    enum LoanField {
        AMOUNT("amount", "loan_amount", "requested_amount", "贷款金额", "申请金额", "融资金额", "金额"),
        CURRENCY("currency", "币种", "货币"),
        TERM_MONTHS("term_months", "term", "loan_term", "贷款期限", "期限", "期限(月)", "贷款期限(月)"),
        START_DATE("start_date", "drawdown_date", "起始日", "放款日", "贷款起始日"),
        VALUATION_DATE("valuation_date", "as_of", "appraisal_date", "评估基准日", "基准日", "数据截止日"),
        PURPOSE("purpose", "loan_purpose", "用途", "贷款用途", "融资用途");

        final List<String> aliases;

        LoanField(String... aliases) {
            this.aliases = List.of(aliases);
        }
    }

    /** A named value found in the table, with where it was. */
    private record Entry(String written, HeaderName name, String value, int row, String column) {
    }

    private FieldTableReader() {
    }

    /** The enterprise with its currency (null when the table gives none), or null when any field is bad. */
    static Read<Enterprise> enterprise(Table table, ProblemLog log) {
        Map<EnterpriseField, Entry> f = entries(table, EnterpriseField.class, e -> e.aliases, log);
        boolean lostCells = refusedCells(table, log);
        int before = log.problemCount();
        checkCells(table, log, f, field -> field == EnterpriseField.NAME || field == EnterpriseField.INDUSTRY
                ? NAME_LENGTH : CellText.MAX_LENGTH);
        Entry name = f.get(EnterpriseField.NAME);
        if (name == null || FieldValues.clean(name.value()).isEmpty()) {
            log.add(table.file(), table.sheet(), name == null ? null : name.row(), "name", name == null ? null : name.value(),
                    Text.of("io.problem.enterpriseNameMissing"));
        }
        UnifiedSocialCreditCode code = null;
        Entry cc = f.get(EnterpriseField.CREDIT_CODE);
        if (cc != null && !cc.value().isBlank()) {
            String v = FieldValues.clean(cc.value());
            String why = UnifiedSocialCreditCode.problem(v);
            if (why == null) {
                code = new UnifiedSocialCreditCode(v);
            } else {
                log.add(table.file(), table.sheet(), cc.row(), cc.column(), cc.value(), creditCodeReason(v));
            }
        }
        String industry = text(f.get(EnterpriseField.INDUSTRY));
        Double years = parse(table, log, f.get(EnterpriseField.YEARS_IN_BUSINESS), FieldValues::years);
        BigDecimal revenue = amount(table, log, f.get(EnterpriseField.REVENUE), false);
        BigDecimal ebitda = amount(table, log, f.get(EnterpriseField.EBITDA), true);
        BigDecimal assets = amount(table, log, f.get(EnterpriseField.TOTAL_ASSETS), false);
        BigDecimal liabilities = amount(table, log, f.get(EnterpriseField.TOTAL_LIABILITIES), false);
        BigDecimal interest = amount(table, log, f.get(EnterpriseField.INTEREST_EXPENSE), false);
        BigDecimal rd = amount(table, log, f.get(EnterpriseField.RD_EXPENSE), false);
        BigDecimal debtService = amount(table, log, f.get(EnterpriseField.ANNUAL_DEBT_SERVICE), false);
        Integer overdue = parse(table, log, f.get(EnterpriseField.OVERDUE_RECORDS), FieldValues::count);
        Entry pdEntry = f.get(EnterpriseField.PD);
        Double pd = parse(table, log, pdEntry, s -> FieldValues.rate(s, pdEntry.name().percentUnit()));
        if (pd != null && !(pd > 0 && pd < 1)) {
            log.add(table.file(), table.sheet(), pdEntry.row(), pdEntry.column(), pdEntry.value(),
                    Text.of("io.problem.pdOutOfRange", pdEntry.value()));
        }
        String currency = currency(table, log, f.get(EnterpriseField.CURRENCY));
        if (lostCells || log.problemCount() > before) {
            return new Read<>(null, currency);
        }
        return new Read<>(new Enterprise(FieldValues.clean(name.value()), code, industry, years, revenue, ebitda, assets,
                liabilities, interest, rd, debtService, overdue, pd), currency);
    }

    /** The loan request, or null when any field is bad; {@code defaultCurrency} applies when none is given. */
    static Read<LoanRequest> loan(Table table, ProblemLog log, String defaultCurrency) {
        Map<LoanField, Entry> f = entries(table, LoanField.class, e -> e.aliases, log);
        boolean lostCells = refusedCells(table, log);
        int before = log.problemCount();
        checkCells(table, log, f, field -> field == LoanField.PURPOSE ? PURPOSE_LENGTH : CellText.MAX_LENGTH);
        Entry amountEntry = f.get(LoanField.AMOUNT);
        BigDecimal amount = amount(table, log, amountEntry, false);
        if (amountEntry == null || amountEntry.value().isBlank()) {
            log.add(table.file(), table.sheet(), null, "amount", null, Text.of("io.problem.loanFieldMissing", "amount", "贷款金额"));
        } else if (amount != null && amount.signum() == 0) {
            log.add(table.file(), table.sheet(), amountEntry.row(), amountEntry.column(), amountEntry.value(),
                    Text.of("io.problem.loanAmountZero"));
        }
        Entry termEntry = f.get(LoanField.TERM_MONTHS);
        Integer term = parse(table, log, termEntry, FieldValues::count);
        if (termEntry == null || termEntry.value().isBlank()) {
            log.add(table.file(), table.sheet(), null, "term_months", null, Text.of("io.problem.loanFieldMissing", "term_months", "贷款期限"));
        } else if (term != null && (term <= 0 || term > LoanRequest.MAX_TERM_MONTHS)) {
            log.add(table.file(), table.sheet(), termEntry.row(), termEntry.column(), termEntry.value(),
                    Text.of("io.problem.loanTermOutOfRange", termEntry.value(), String.valueOf(LoanRequest.MAX_TERM_MONTHS)));
        }
        LocalDate start = parse(table, log, f.get(LoanField.START_DATE), FieldValues::date);
        LocalDate valuationDate = parse(table, log, f.get(LoanField.VALUATION_DATE), FieldValues::date);
        String currency = currency(table, log, f.get(LoanField.CURRENCY));
        String purpose = text(f.get(LoanField.PURPOSE));
        if (lostCells || log.problemCount() > before) {
            return new Read<>(null, currency);
        }
        String cur = currency != null ? currency : defaultCurrency;
        return new Read<>(new LoanRequest(amount, cur, term, start, purpose, valuationDate), currency);
    }

    /**
     * Whether the workbook reader already refused a cell of this sheet (a formula without stored value, an error
     * cell, merged cells): the field it held is lost, so the enterprise or loan must not be stored without it.
     */
    private static boolean refusedCells(Table table, ProblemLog log) {
        return log.problems().stream().anyMatch(p -> java.util.Objects.equals(p.file(), table.file())
                && java.util.Objects.equals(p.sheet(), table.sheet()));
    }

    /** Widths of the database columns that store the enterprise name and industry, and the loan purpose. */
    private static final int NAME_LENGTH = 400;
    private static final int PURPOSE_LENGTH = 2000;

    private static <F extends Enum<F>> void checkCells(Table table, ProblemLog log, Map<F, Entry> entries,
                                                       java.util.function.ToIntFunction<F> maxLength) {
        entries.forEach((field, e) -> {
            // every enterprise and loan field is one line (names, codes, amounts) but the loan's purpose, free text
            Text wrong = CellText.problem(e.value(), maxLength.applyAsInt(field), field != LoanField.PURPOSE);
            if (wrong != null) {
                log.add(table.file(), table.sheet(), e.row(), e.column(), e.value(), wrong);
            }
        });
    }

    /** A value read from a field table and the currency the table named, if any. */
    record Read<T>(T value, String currency) {
    }

    private static Text creditCodeReason(String v) {
        String code = v.toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            return Text.of("io.problem.creditCodeLength", v, String.valueOf(code.length()));
        }
        for (int i = 0; i < 17; i++) {
            if ("0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf(code.charAt(i)) < 0) {
                return Text.of("io.problem.creditCodeCharacter", v, String.valueOf(code.charAt(i)), String.valueOf(i + 1));
            }
        }
        return Text.of("io.problem.creditCodeCheck", v, String.valueOf(code.charAt(17)),
                String.valueOf(UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17))));
    }

    private static String currency(Table table, ProblemLog log, Entry e) {
        if (e == null || e.value().isBlank()) {
            return null;
        }
        String v = FieldValues.clean(e.value()).toUpperCase(Locale.ROOT);
        switch (v) {
            case "人民币": case "RMB": case "元": return "CNY";
            case "美元": return "USD";
            case "欧元": return "EUR";
            default:
                if (v.matches("[A-Z]{3}")) {
                    return v;
                }
                log.add(table.file(), table.sheet(), e.row(), e.column(), e.value(), Text.of("io.problem.badCurrency", e.value()));
                return null;
        }
    }

    private static String text(Entry e) {
        if (e == null) {
            return null;
        }
        String v = FieldValues.clean(e.value());
        return v.isEmpty() ? null : v;
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String raw) throws RejectedValue;
    }

    private static <T> T parse(Table table, ProblemLog log, Entry e, Parser<T> parser) {
        if (e == null || e.value().isBlank()) {
            return null;
        }
        try {
            return parser.parse(e.value());
        } catch (RejectedValue r) {
            log.add(table.file(), table.sheet(), e.row(), e.column(), e.value(), r);
            return null;
        }
    }

    private static BigDecimal amount(Table table, ProblemLog log, Entry e, boolean mayBeNegative) {
        return parse(table, log, e, s -> FieldValues.amount(s, e.name().amountUnit(FieldValues.AmountUnit.YUAN), mayBeNegative));
    }

    private static <F extends Enum<F>> Map<F, Entry> entries(Table table, Class<F> type,
                                                             java.util.function.Function<F, List<String>> aliases,
                                                             ProblemLog log) {
        Map<String, F> byName = new HashMap<>();
        for (F f : type.getEnumConstants()) {
            for (String a : aliases.apply(f)) {
                byName.put(HeaderName.normalize(a), f);
            }
        }
        Map<F, Entry> out = new EnumMap<>(type);
        List<String> headers = table.headers();
        long namedHeaders = headers.stream().map(h -> byName.get(HeaderName.of(h).key())).filter(x -> x != null).count();
        if (namedHeaders >= 2) {
            Optional<Table.Row> values = table.rows().stream().filter(r -> !r.blank()).findFirst();
            for (int i = 0; i < headers.size(); i++) {
                HeaderName h = HeaderName.of(headers.get(i));
                F f = byName.get(h.key());
                if (f != null && values.isPresent() && !out.containsKey(f)) {
                    out.put(f, new Entry(headers.get(i), h, values.get().cell(i), values.get().number(), headers.get(i)));
                }
            }
            return out;
        }
        List<Table.Row> rows = new ArrayList<>();
        if (byName.containsKey(HeaderName.of(headers.isEmpty() ? "" : headers.get(0)).key())) {
            rows.add(new Table.Row(table.headerRow(), headers));
        }
        rows.addAll(table.rows());
        for (Table.Row r : rows) {
            if (r.blank()) {
                continue;
            }
            HeaderName h = HeaderName.of(r.cell(0));
            F f = byName.get(h.key());
            if (f == null) {
                if (r.number() != table.headerRow()) {
                    log.note(table.file(), table.sheet(), Text.of("io.note.unknownField", r.cell(0), String.valueOf(r.number())));
                }
                continue;
            }
            if (!out.containsKey(f)) {
                out.put(f, new Entry(r.cell(0), h, r.cell(1), r.number(), r.cell(0)));
            }
        }
        return out;
    }
}
