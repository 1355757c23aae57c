package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-05", "2023/1/5", "2023/01/05", "2023.1.5", "2023年1月5日", "2023 年 1 月 5 日",
            "20230105", "2023-01-05T00:00:00Z", "2023-01-05T08:30:00+08:00", "２０２３／１／５", " 2023-01-05 ",
            // Excel serial of 2023-01-05 (days since 1899-12-30), as a plain or a spreadsheet-formatted number
            "44931", "44931.0"})
    void everyDateFormReadsTheSameDay(String text) throws RejectedValue {
        assertThat(FieldValues.date(text)).isEqualTo(LocalDate.of(2023, 1, 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-02-30|not a day of the calendar",
            "05/01/2023|day/month or month/day",
            "1/5/23|day/month or month/day",
            "next year|is not a date",
            "60|before 1900-03-01",
            "1799-01-01|outside the years"})
    void badDatesAreRefusedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> FieldValues.date(text)).isInstanceOfSatisfying(RejectedValue.class,
                e -> assertThat(e.reason().english()).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({"0.25,0.25", "25%,0.25", "25 %,0.25", "0%,0", "100%,1", "1,1", "0.035,0.035", "3.5%,0.035", "２５％,0.25"})
    void rates(String text, double expected) throws RejectedValue {
        assertThat(FieldValues.rate(text, false)).isEqualTo(expected);
    }

    @Test
    void bareNumbersArePercentInAPercentColumn() throws RejectedValue {
        assertThat(FieldValues.rate("25", true)).isEqualTo(0.25);
        assertThat(HeaderName.of("Royalty rate (%)").percentUnit()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"250|ambiguous", "1.5|ambiguous", "150%|outside 0", "-0.1|outside 0", "abc|not a rate"})
    void ambiguousAndOutOfRangeRatesAreRefused(String text, String reason) {
        assertThatThrownBy(() -> FieldValues.rate(text, false)).isInstanceOfSatisfying(RejectedValue.class,
                e -> assertThat(e.reason().english()).contains(reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234567.89|1234567.89", "'1,234,567.89'|1234567.89", "123.5万元|1235000", "123.5万|1235000",
            "1.2亿元|120000000", "8000元|8000", "¥1,000|1000", "RMB 5,000|5000", "１２万元|120000", "1e6|1000000"})
    void amounts(String text, String expected) throws RejectedValue {
        assertThat(FieldValues.amount(text, FieldValues.AmountUnit.YUAN, false)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void theColumnUnitAppliesUnlessTheValueNamesItsOwn() throws RejectedValue {
        FieldValues.AmountUnit wan = HeaderName.of("产品收入（万元）").amountUnit(FieldValues.AmountUnit.YUAN);
        assertThat(wan).isEqualTo(FieldValues.AmountUnit.WAN);
        assertThat(FieldValues.amount("1,250.5", wan, false)).isEqualByComparingTo("12505000");
        assertThat(FieldValues.amount("300元", wan, false)).isEqualByComparingTo("300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12万美元", "1.2.3", "1,23,4", "ten"})
    void unreadableAmountsAreRefused(String text) {
        assertThatThrownBy(() -> FieldValues.amount(text, FieldValues.AmountUnit.YUAN, false)).isInstanceOf(RejectedValue.class);
    }

    @Test
    void negativeAmountsOnlyWhereTheyCanBe() throws RejectedValue {
        assertThat(FieldValues.amount("-120万元", FieldValues.AmountUnit.YUAN, true)).isEqualByComparingTo("-1200000");
        assertThatThrownBy(() -> FieldValues.amount("-120万元", FieldValues.AmountUnit.YUAN, false))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains("negative"));
    }

    @Test
    void countsYearsAndYesNo() throws RejectedValue {
        assertThat(FieldValues.count("12")).isEqualTo(12);
        assertThat(FieldValues.count("12.0")).isEqualTo(12);
        assertThat(FieldValues.count("1,024")).isEqualTo(1024);
        assertThatThrownBy(() -> FieldValues.count("12.5")).isInstanceOf(RejectedValue.class);
        assertThatThrownBy(() -> FieldValues.count("-1")).isInstanceOf(RejectedValue.class);
        assertThat(FieldValues.years("8")).isEqualTo(8.0);
        assertThat(FieldValues.years("7.5年")).isEqualTo(7.5);
        assertThat(FieldValues.yesNo("是")).isTrue();
        assertThat(FieldValues.yesNo("No")).isFalse();
        assertThat(FieldValues.yesNo("已备案")).isTrue();
        assertThatThrownBy(() -> FieldValues.yesNo("maybe")).isInstanceOf(RejectedValue.class);
    }

    @Test
    void typesAndStatusesInEnglishAndChinese() throws RejectedValue {
        assertThat(FieldValues.type("实用新型")).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(FieldValues.type("外观设计")).isEqualTo(PatentType.DESIGN);
        assertThat(FieldValues.type("Utility Model")).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(FieldValues.status("granted")).isEqualTo(LegalStatus.VALID);
        assertThat(FieldValues.status("冻结")).isEqualTo(LegalStatus.FROZEN);
        assertThat(FieldValues.status("审中")).isEqualTo(LegalStatus.APPLICATION);
        assertThat(FieldValues.status("无效")).isEqualTo(LegalStatus.INVALIDATED);
        assertThatThrownBy(() -> FieldValues.status("alive")).isInstanceOf(RejectedValue.class);
    }

    @Test
    void ownersWithSharesAsDecimalsOrPercents() throws RejectedValue {
        assertThat(FieldValues.owners("A Co:0.6; B Univ:0.4")).containsExactly(new Owner("A Co", 0.6), new Owner("B Univ", 0.4));
        assertThat(FieldValues.owners("甲公司：60%；乙大学：40%")).containsExactly(new Owner("甲公司", 0.6), new Owner("乙大学", 0.4));
        assertThat(FieldValues.owners("甲公司、乙大学")).containsExactly(new Owner("甲公司", null), new Owner("乙大学", null));
        assertThat(FieldValues.owners("Wells Fargo Bank, N.A.")).containsExactly(new Owner("Wells Fargo Bank, N.A.", null));
        assertThatThrownBy(() -> FieldValues.owners("A:0.8; B:0.4")).isInstanceOfSatisfying(RejectedValue.class,
                e -> assertThat(e.reason().english()).contains("add up to 120 %"));
        assertThatThrownBy(() -> FieldValues.owners("A:60")).isInstanceOf(RejectedValue.class);
        assertThatThrownBy(() -> FieldValues.owners(" ; ")).isInstanceOf(RejectedValue.class);
    }

    /** SPEC Revision 2: every share form of issue 13, read as the same 50/50 split. */
    @ParameterizedTest
    @ValueSource(strings = {"深圳市某某科技有限公司:50;清华大学:50", "深圳市某某科技有限公司:0.5;清华大学:0.5",
            "深圳市某某科技有限公司:50%;清华大学:50%", "深圳市某某科技有限公司：50；清华大学：50", "深圳市某某科技有限公司：50、清华大学：50",
            "深圳市某某科技有限公司: 50 % ; 清华大学: 0.5", "深圳市某某科技有限公司:５０;清华大学:５０"})
    void everyShareFormReadsAsPercentsOrFractions(String text) throws RejectedValue {
        assertThat(FieldValues.owners(text)).containsExactly(new Owner("深圳市某某科技有限公司", 0.5), new Owner("清华大学", 0.5));
    }

    @Test
    void sharesWithinHalfAPercentOf100AreAcceptedAndWholeNumbersAbove1ArePercents() throws RejectedValue {
        assertThat(FieldValues.owners("A:33.3;B:33.3;C:33.3")).extracting(Owner::share).containsExactly(0.333, 0.333, 0.333);
        assertThat(FieldValues.owners("A:100")).containsExactly(new Owner("A", 1.0));
        assertThat(FieldValues.owners("A:1")).containsExactly(new Owner("A", 1.0));
        assertThat(FieldValues.owners("A:70;B:30")).extracting(Owner::share).containsExactly(0.7, 0.3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A:50;B:40|add up to 90 %",
            "A:0.5;B:0.4|add up to 90 %",
            "A:50%;B:60%|add up to 110 %",
            "A:60;B:60|add up to 120 %",
            "A:50|add up to 50 %",
            "A:50;B|B has no share",
            "A Ltd:1e-1|share '1e-1' is not a share",
            "A:0;B:100|share '0' is not a share",
            "A:-50;B:150|share '-50' is not a share"})
    void sharesNotAddingTo100AreRefusedWithTheSum(String text, String reason) {
        assertThatThrownBy(() -> FieldValues.owners(text)).isInstanceOfSatisfying(RejectedValue.class,
                e -> assertThat(e.reason().english()).contains(reason));
    }

    /** Issue 13 item 4: values NFKC would misread, or that storage would round to something nobody wrote. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10⁶|'⁶' (U+2076), which is not a plain digit",
            "⑤⓪⓪|'⑤' (U+2464), which is not a plain digit",
            "1e-999999999|would be stored as 0",
            "12.1234567|7 decimal places; at most 6"})
    void amountsAreReadExactlyOrRefused(String text, String reason) {
        assertThatThrownBy(() -> FieldValues.amount(text, FieldValues.AmountUnit.YUAN, false))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains(reason));
    }

    @Test
    void aValueWithThreeThousandDecimalsIsRefusedNotStoredAsZero() {
        String small = "0." + "0".repeat(2999) + "1";
        String long3000 = "1." + "3".repeat(3000);
        assertThatThrownBy(() -> FieldValues.amount(small, FieldValues.AmountUnit.YUAN, false))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains("stored as 0"));
        assertThatThrownBy(() -> FieldValues.amount(long3000, FieldValues.AmountUnit.YUAN, false))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains("3000 decimal places"));
        assertThatThrownBy(() -> FieldValues.rate("0." + "1".repeat(3000), false))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains("significant digits"));
        assertThatThrownBy(() -> FieldValues.rate("1e-999999999", false))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains("stored as 0"));
        assertThatThrownBy(() -> FieldValues.years("1e-999999999"))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains("stored as 0"));
        assertThatThrownBy(() -> FieldValues.count("⑤"))
                .isInstanceOfSatisfying(RejectedValue.class, e -> assertThat(e.reason().english()).contains("not a plain digit"));
    }

    @Test
    void fullWidthDigitsAreStillTheSameDigits() throws RejectedValue {
        assertThat(FieldValues.amount("１２３４", FieldValues.AmountUnit.YUAN, false)).isEqualByComparingTo("1234");
    }

    @Test
    void semicolonAndTabSeparatedFilesAndUtf16(@TempDir Path dir) throws IOException {
        Path semi = dir.resolve("semi.csv");
        Files.writeString(semi, "patent_number;type;status;royalty_rate\nCN201710601862.3;invention;valid;0,05%\n");
        Path tab = dir.resolve("tab.txt");
        Files.writeString(tab, "专利号\t专利类型\t法律状态\nZL201710601862.3\t发明\t有效\n");
        Path utf16 = dir.resolve("utf16.csv");
        byte[] body = "专利号,专利类型,法律状态\nZL201710601862.3,发明,有效\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);

        ImportResult semicolons = PortfolioReader.read(semi);
        assertThat(semicolons.problems()).singleElement().satisfies(p -> assertThat(p.value()).isEqualTo("0,05%"));
        assertThat(PortfolioReader.read(tab).problems()).isEmpty();
        assertThat(PortfolioReader.read(tab).portfolio().patents()).hasSize(1);
        assertThat(PortfolioReader.read(utf16).problems()).isEmpty();
        assertThat(PortfolioReader.read(utf16).portfolio().patents()).hasSize(1);
    }
}
