package io.pledgebench.ui;

import io.pledgebench.domain.LegalStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class I18nTest {

    private final I18n en = new I18n(Locale.US);
    private final I18n zh = new I18n(Locale.CHINA);

    @Test
    void yuanAmountsAreInWanYuanInChineseAndInCnyInEnglishAsTheReportsTablesAndChartsPrintThem() {
        assertThat(zh.amount(new BigDecimal("12345678"), "CNY")).isEqualTo("1,234.57万元");
        assertThat(en.amount(new BigDecimal("12345678"), "CNY")).isEqualTo("12,345,678 CNY");
        assertThat(zh.amount(new BigDecimal("10000"), "CNY")).isEqualTo("1.00万元");
        assertThat(zh.amount(new BigDecimal("9999"), "CNY")).isEqualTo("1.00万元");
        assertThat(en.amount(new BigDecimal("15000000"), "CNY")).isEqualTo("15,000,000 CNY");
        assertThat(zh.amountFigure(12345678, "CNY")).isEqualTo("1,234.57");
        assertThat(zh.amountHeader("市场价值", "CNY")).isEqualTo("市场价值（万元）");
        assertThat(en.amountHeader("Market value", "CNY")).isEqualTo("Market value (CNY)");
    }

    /**
     * Cold review of issue 16, item 1: a request of 5,000,000万元 (5e10 yuan) against revenue 8,650万 showed
     * "（0.06万元倍）" in Chinese and "(578 CNY×)" in English — the multiple went through the screen's money format.
     * 5e10 / 8.65e7 = 578.03; 5e10 / 1.238e8 = 403.88.
     */
    @Test
    void thePlausibilityMultipleIsAMultipleOnScreenNeverAnAmount() {
        var f = io.pledgebench.risk.Plausibility.check(5e10, new io.pledgebench.domain.Enterprise(
                "深圳市芯联智感科技有限公司", null, null, 11.0, new BigDecimal("86500000"), new BigDecimal("12400000"),
                new BigDecimal("123800000"), new BigDecimal("59600000"), null, null, null, 0, null));
        assertThat(zh.render(f.get(0).text())).isEqualTo("申请贷款5,000,000.00万元超过企业年营业收入8,650.00万元（578.03倍）");
        assertThat(zh.render(f.get(1).text())).contains("资产总额12,380.00万元（403.88倍）").doesNotContain("万元倍");
        assertThat(zh.render(f.get(2).text())).contains("是企业年营业收入的578.03倍：").doesNotContain("万元倍");
        assertThat(en.render(f.get(0).text())).isEqualTo("The requested loan 50,000,000,000 CNY exceeds the enterprise's"
                + " annual revenue 86,500,000 CNY (578.03×)");
        assertThat(en.render(f.get(2).text())).contains("is 578.03× the enterprise's annual revenue")
                .doesNotContain("CNY×", "CNY times");
    }

    /** Cold review of issue 16, item 9: the import notice told the workbench user to "import with --map". */
    @Test
    void theWorkbenchNamesNoCommandLineFlagInAnImportNotice() {
        var unused = io.pledgebench.domain.Text.of("io.note.columnNotUsed", "kind", "A, B");
        var suggested = io.pledgebench.domain.Text.of("io.note.columnNotUsedSuggestion", "royalty_r", "0.05",
                "royalty_rate", io.pledgebench.io.ColumnMapping.chineseName("royalty_rate"));
        for (I18n i : new I18n[] {en, zh}) {
            assertThat(i.render(unused)).contains("kind").doesNotContain("--").doesNotContain("FIELD");
            assertThat(i.render(suggested)).contains("royalty_r").doesNotContain("--");
        }
        assertThat(en.render(unused)).contains("import preview");
        assertThat(zh.render(unused)).contains("导入预览");
        assertThat(en.render(suggested)).contains("import preview").doesNotContain("royalty_rate");
        assertThat(zh.render(suggested)).contains("导入预览").doesNotContain("royalty_rate");
    }

    @Test
    void engineSentencesShowTheirYuanAmountsInTheScreensUnit() {
        io.pledgebench.domain.Text t = io.pledgebench.domain.Text.of("risk.reason.limitedBy.collateral", 1616513.0);
        String pattern = io.pledgebench.domain.Text.bundle("risk", java.util.Locale.ENGLISH).getString(t.key());
        org.junit.jupiter.api.Assumptions.assumeTrue(pattern.contains("{0,number,#,##0}"));
        assertThat(zh.render(t)).contains("161.65万元").doesNotContain("1,616,513");
        assertThat(en.render(t)).contains("1,616,513 CNY");
    }

    /** A coverage on the screen is signed as the report prints it (ADR 0019, domain.Multiples). */
    @Test
    void multiplesAreSignedAsTheReportSignsThemInEachLanguage() {
        assertThat(en.multiple(1.25)).isEqualTo("1.25×")
                .isEqualTo(io.pledgebench.report.ReportFormat.times(1.25, Locale.ENGLISH));
        assertThat(zh.multiple(1.25)).isEqualTo("1.25倍")
                .isEqualTo(io.pledgebench.report.ReportFormat.times(1.25, Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.multiple(Double.NaN)).isEqualTo(io.pledgebench.domain.Multiples.format(Double.NaN, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void otherCurrenciesKeepTheirIsoCode() {
        assertThat(en.amount(new BigDecimal("1234567.891"), "USD")).isEqualTo("1,234,567.89 USD");
    }

    @Test
    void datesFollowTheLanguage() {
        LocalDate d = LocalDate.of(2023, 1, 5);
        assertThat(zh.date(d)).isEqualTo("2023年1月5日");
        assertThat(en.date(d)).isEqualTo("Jan 5, 2023");
    }

    @Test
    void datesAreReadAsIsoOrInTheLanguagesOwnFormsAndShownAsIso() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        for (I18n i : new I18n[] {en, zh}) {
            assertThat(i.parseDate("2026-11-30")).contains(d);
            assertThat(i.parseDate(" 2026/11/30 ")).contains(d);
            assertThat(i.parseDate("2026年11月30日")).contains(d);
            assertThat(i.parseDate("2026-02-30")).as("no such day").isEmpty();
            assertThat(i.parseDate("30.13.2026")).isEmpty();
            assertThat(i.dateConverter().toString(d)).isEqualTo("2026-11-30");
        }
        assertThat(en.parseDate("11/30/2026")).contains(d);
        assertThat(en.parseDate("11/30/26")).contains(d);
        assertThat(en.parseDate("Nov 30, 2026")).contains(d);
        // text that is no date keeps what the picker held instead of clearing it
        assertThat(en.dateConverter(() -> d).fromString("tomorrow")).isEqualTo(d);
        assertThat(en.dateConverter(() -> d).fromString("")).isNull();
    }

    @Test
    void anyChineseLocaleSelectsSimplifiedChineseAndAnythingElseEnglish() {
        assertThat(new I18n(Locale.TAIWAN).chinese()).isTrue();
        assertThat(new I18n(Locale.GERMANY).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void legalStatusesAndYearsAreTranslated() {
        assertThat(zh.status(LegalStatus.PENDING_INVALIDATION)).isEqualTo("无效宣告审查中");
        assertThat(en.status(LegalStatus.LAPSED)).isEqualTo("Lapsed");
        assertThat(zh.years(12.34)).isEqualTo("12.3 年");
        assertThat(en.years(0)).isEqualTo("0.0 years");
    }

    @Test
    void switchingTheLanguageChangesLaterRenderings() {
        I18n i = new I18n(Locale.ENGLISH);
        assertThat(i.get("ui.nav.portfolios")).isEqualTo("Portfolios");
        i.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(i.get("ui.nav.portfolios")).isEqualTo("专利组合");
        assertThat(i.bundle().getString("ui.settings.title")).isEqualTo("设置");
    }
}
