package io.pledgebench.report.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {

    /** Every character one unit wide: widths count characters. */
    private static List<String> wrap(String text, int width) {
        return LineBreaker.wrap(text, width, cp -> 1f);
    }

    @Test
    void latinTextBreaksAtSpaces() {
        assertThat(wrap("the loan is secured by patents", 12)).containsExactly("the loan is", "secured by", "patents");
    }

    @Test
    void chineseTextBreaksBetweenAnyTwoCharacters() {
        assertThat(wrap("知识产权质押融资评估报告", 5)).containsExactly("知识产权质", "押融资评估", "报告");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // "，" may not begin a line (W3C clreq, 行首禁则), so "押" moves down with it
        assertThat(wrap("专利权质押，需要登记", 5)).containsExactly("专利权质", "押，需要登", "记");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        // "《" may not end a line (行尾禁则) and "》" may not begin one
        assertThat(wrap("专利法《第十条》规定", 4)).containsExactly("专利法", "《第十", "条》规定");
    }

    @Test
    void mixedTextBreaksAroundLatinWordsWithoutSplittingThem() {
        assertThat(wrap("采用Relief from royalty方法", 10)).containsExactly("采用Relief", "from", "royalty方法");
    }

    @Test
    void overlongWordIsCutWhereItOverflows() {
        assertThat(wrap("CN202310123456.7", 6)).containsExactly("CN2023", "10123456".substring(0, 6), "56.7");
    }

    @Test
    void newlinesForceBreaksAndKeepEmptyLines() {
        assertThat(wrap("a\n\nb", 10)).containsExactly("a", "", "b");
    }
}
