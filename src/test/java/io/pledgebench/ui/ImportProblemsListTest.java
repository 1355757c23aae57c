package io.pledgebench.ui;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 5: the problems of an import are a resizable list beside the patents with their whole text, copied
 * to the clipboard as tab-separated rows and exported as CSV (in the background; an existing file only replaced when
 * the officer agrees).
 */
class ImportProblemsListTest {

    /** sample-portfolios/README.md: bad-dates.csv has an impossible filing date (2015-02-30) in row 3. */
    private static final Path BAD_DATES = Path.of("sample-portfolios/broken/bad-dates.csv");

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void importBroken() throws Exception {
        Fx.run(() -> app.wiring.portfolios().importFrom(BAD_DATES));
        Fx.await(() -> !app.wiring.portfolios().problems().isEmpty() && app.wiring.tasks().running().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theProblemsAreCopiedAsTabSeparatedRowsUnderAHeaderInTheScreensLanguage(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        importBroken();
        String copied = Fx.call(() -> app.wiring.portfolios().problemsAsTabSeparated());
        List<String> lines = copied.lines().toList();
        int problems = Fx.call(() -> app.wiring.portfolios().problems().size());
        assertThat(lines).hasSize(problems + 1);
        assertThat(lines.get(0).split("\t")).containsExactly(language.equals("en")
                ? new String[] {"File", "Sheet", "Row", "Column", "Value", "Reason"}
                : new String[] {"文件", "工作表", "行", "列", "值", "原因"});
        String reason = Fx.call(() -> app.wiring.i18n().reason(app.wiring.portfolios().problems().get(0)));
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\t", -1))
                .containsExactly("bad-dates.csv", "", "3", "filing_date", "2015-02-30", reason));
        // the list and its buttons are on screen, beside the patents in a split the officer can resize
        javafx.scene.control.SplitPane split = app.lookup("#tablesSplit");
        assertThat(Fx.call(() -> split.getItems().size())).isEqualTo(2);
        javafx.scene.control.Button copy = app.lookup("#copyProblems");
        Fx.run(copy::fire);
        assertThat(Fx.call(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).isEqualTo(copied);
    }

    @Test
    void theProblemsAreExportedAsCsvAndAnExistingFileIsReplacedOnlyWhenTheOfficerAgrees() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        importBroken();
        Path file = dir.resolve("problems.csv");
        app.dialogs.chosenPaths.add(file);
        var task = Fx.call(() -> app.wiring.portfolios().exportProblems()).orElseThrow();
        Fx.await(task::isDone);
        assertThat(app.dialogs.confirmations).as("a new file is not asked about").isEmpty();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();
        int problems = Fx.call(() -> app.wiring.portfolios().problems().size());
        assertThat(records).hasSize(problems + 1);
        assertThat(records.get(0).toList()).containsExactly("文件", "工作表", "行", "列", "值", "原因");
        assertThat(records).anySatisfy(r -> assertThat(r.toList().subList(0, 5))
                .containsExactly("bad-dates.csv", "", "3", "filing_date", "2015-02-30"));
        String reason = Fx.call(() -> app.wiring.i18n().reason(app.wiring.portfolios().problems().get(0)));
        assertThat(records.get(1).get(5)).isEqualTo(reason);

        // an existing file is kept when the officer says no
        Files.writeString(file, "kept");
        app.dialogs.chosenPaths.add(file);
        app.dialogs.confirmAnswers.add(false);
        assertThat(Fx.call(() -> app.wiring.portfolios().exportProblems())).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("kept");
        assertThat(app.dialogs.confirmations).singleElement().asString().contains(file.toString());

        // and replaced when they agree
        app.dialogs.chosenPaths.add(file);
        app.dialogs.confirmAnswers.add(true);
        var again = Fx.call(() -> app.wiring.portfolios().exportProblems()).orElseThrow();
        Fx.await(again::isDone);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv);
    }
}
