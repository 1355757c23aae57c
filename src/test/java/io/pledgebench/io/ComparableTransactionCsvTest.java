package io.pledgebench.io;

import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ComparableTransactionCsvTest {

    @Test
    void readsEnglishHeadersWithUnitsAndDates() {
        String csv = "reference,description,date,price,currency,patent_type,ipc,remaining_life,source\n"
                + "T1,sale,2023/1/5,\"1,200,000\",CNY,invention,H01L 21/00,12,register\n"
                + "T2,licence,2022年3月7日,85万元,cny,实用新型,,,court judgment\n";
        ComparableTransactionCsv.Result r = ComparableTransactionCsv.read(csv, "c.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.transactions()).hasSize(2);
        assertThat(r.transactions().get(0).date()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(r.transactions().get(0).price()).isEqualTo(new BigDecimal("1200000"));
        assertThat(r.transactions().get(1).price()).isEqualByComparingTo("850000");
        assertThat(r.transactions().get(1).patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(r.transactions().get(1).currency()).isEqualTo("CNY");
        assertThat(r.transactions().get(1).remainingLife()).isNull();
    }

    @Test
    void readsChineseHeadersInGb18030() {
        String csv = "交易编号,交易说明,交易日期,交易价格,币种,专利类型,主分类号,剩余寿命,数据来源\n"
                + "J1,转让,2023-06-01,300000,CNY,发明,G06F,9.5,裁判文书\n";
        byte[] bytes = csv.getBytes(Charset.forName("GB18030"));
        ComparableTransactionCsv.Result r = ComparableTransactionCsv.read(ComparableTransactionCsv.decode(bytes), "c.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.transactions().get(0).source()).isEqualTo("裁判文书");
    }

    @Test
    void reportsEveryBadValueWithRowAndColumn() {
        String csv = "reference,date,price,currency,patent_type,source\n"
                + "T1,yesterday,abc,CNY,plant-ish,x\n"
                + "T2,2023-02-30,100,CNY,invention,x\n"
                + "T3,2023-02-01,-5,CNY,invention,x\n";
        ComparableTransactionCsv.Result r = ComparableTransactionCsv.read(csv, "c.csv");
        assertThat(r.transactions()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.problems()).extracting(ImportProblem::describe).containsExactly(
                "c.csv, row 2, column date, value 'yesterday': not a date (use 2023-01-05, 2023/1/5 or 2023年1月5日)",
                "c.csv, row 2, column price, value 'abc': not an amount",
                "c.csv, row 2, column patent_type, value 'plant-ish': not a patent type (invention, utility_model, design)",
                "c.csv, row 3, column date, value '2023-02-30': not a calendar date",
                "c.csv, row 4: comparable transaction T3 price must be positive, was -5");
    }

    @Test
    void missingRequiredColumnIsReported() {
        ComparableTransactionCsv.Result r = ComparableTransactionCsv.read("reference,date\nT1,2023-01-01\n", "c.csv");
        assertThat(r.problems()).extracting(ImportProblem::column).contains("price", "currency", "patent_type", "source");
    }
}
