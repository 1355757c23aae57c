package io.pledgebench.ui;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 3: no English or code words on the Chinese workbench. */
class WorkbenchLanguageTest {

    /** Latin words allowed on a Chinese screen: abbreviations a Chinese credit officer reads as they are. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("EBITDA", "IPC", "LGD", "PD", "CNY",
            "II", "III", "Monte", "Carlo",
            "EBA", "GL", "CRE",
            // a file format, named as the file chooser and every Chinese spreadsheet program names it
            "CSV");

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    static void screenshot(WorkbenchFixture app, String name) throws Exception {
        WorkbenchFixture.screenshot(app.stage.getScene(), name);
    }

    static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(text);
        while (m.find()) {
            if (!ABBREVIATIONS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static void collect(TreeItem<String> item, List<String> out) {
        if (item.getValue() != null) {
            out.add(item.getValue());
        }
        item.getChildren().forEach(c -> collect(c, out));
    }

    @Test
    void theSettingsTreeNamesParametersAndValuesInChinese() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        TreeView<String> tree = app.lookup("#parameterTree");
        List<String> items = new ArrayList<>();
        Fx.run(() -> collect(tree.getRoot(), items));
        assertThat(items).isNotEmpty();
        Fx.run(() -> tree.getRoot().getChildren().forEach(c -> c.setExpanded(true)));
        screenshot(app, "settings-zh");
        List<String> english = new ArrayList<>();
        for (String item : items) {
            if (!latinWords(item).isEmpty()) {
                english.add(item);
            }
        }
        assertThat(english).as("tree items with English or code words").isEmpty();
        assertThat(items).noneMatch(s -> s.contains("monteCarlo") || s.contains("lgdMethod"))
                .anyMatch(s -> s.contains("违约损失率方法") && s.contains("预期回收"))
                // an amount in 万元 with its unit, not raw yuan (cold review 16 #9: "50,000,000.00")
                .anyMatch(s -> s.contains("满分所需产品收入") && s.contains("5,000.00万元"));
    }

    private static void tables(javafx.scene.Node node, List<javafx.scene.control.TableView<?>> out) {
        if (node instanceof javafx.scene.control.TableView<?> t) {
            out.add(t);
        } else if (node instanceof javafx.scene.control.TabPane tp) {
            tp.getTabs().forEach(tab -> tables(tab.getContent(), out));
        } else if (node instanceof javafx.scene.control.ScrollPane sp) {
            tables(sp.getContent(), out);
        } else if (node instanceof javafx.scene.control.SplitPane sp) {
            sp.getItems().forEach(n -> tables(n, out));
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> tables(n, out));
        }
    }

    /** Cold review of issue 16, item 10: an empty table read "No content in table" on the Chinese workbench. */
    @Test
    void everyEmptyTableSaysSoInChinese() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        List<String> english = new ArrayList<>();
        int seen = 0;
        for (ScreenId screen : ScreenId.values()) {
            Fx.run(() -> app.workbench.navigate(screen));
            List<javafx.scene.control.TableView<?>> found = new ArrayList<>();
            Fx.run(() -> tables(app.stage.getScene().getRoot(), found));
            for (javafx.scene.control.TableView<?> t : found) {
                seen++;
                String text = Fx.call(() -> t.getPlaceholder() instanceof javafx.scene.control.Labeled l ? l.getText()
                        : "(JavaFX's own placeholder)");
                if (!latinWords(text).isEmpty()) {
                    english.add(screen + " " + t.getId() + ": " + text);
                }
            }
        }
        assertThat(seen).isGreaterThan(5);
        assertThat(english).as("empty tables with English placeholders").isEmpty();
    }

    @Test
    void theSettingsTreeReadsInEnglishToo() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        TreeView<String> tree = app.lookup("#parameterTree");
        List<String> items = new ArrayList<>();
        Fx.run(() -> collect(tree.getRoot(), items));
        Fx.run(() -> tree.getRoot().getChildren().forEach(c -> c.setExpanded(true)));
        screenshot(app, "settings-en");
        assertThat(items).anyMatch(s -> s.equals("LGD method: expected recovery"))
                .anyMatch(s -> s.contains("50,000,000 CNY"));
    }

    @Test
    void dialogButtonsAreInTheScreensLanguageWhateverTheJvmLocale() {
        FxDialogService zh = new FxDialogService(() -> null, new I18n(Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.ok().getText()).isEqualTo("确定");
        assertThat(zh.close().getText()).isEqualTo("关闭");
        FxDialogService en = new FxDialogService(() -> null, new I18n(Locale.ENGLISH));
        assertThat(en.ok().getText()).isEqualTo("OK");
        assertThat(en.close().getText()).isEqualTo("Close");
    }

    @Test
    void everyEligibilityRuleHasAHumanNameInBothLanguages() throws Exception {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        I18n en = new I18n(Locale.ENGLISH);
        for (Class<?> rule : List.of(io.pledgebench.risk.eligibility.AlreadyPledgedRule.class,
                io.pledgebench.risk.eligibility.ExpiryBeforeMaturityRule.class,
                io.pledgebench.risk.eligibility.InForceRule.class,
                io.pledgebench.risk.eligibility.AnnualFeeDueRule.class,
                io.pledgebench.risk.eligibility.OwnershipRule.class,
                io.pledgebench.risk.eligibility.PendingInvalidationRule.class,
                io.pledgebench.risk.eligibility.InUseRule.class,
                io.pledgebench.risk.eligibility.SinglePatentConcentrationRule.class,
                io.pledgebench.risk.eligibility.GrantedRule.class,
                io.pledgebench.risk.eligibility.EncumbranceRule.class,
                io.pledgebench.risk.eligibility.RemainingLifeRule.class)) {
            String id = (String) rule.getField("ID").get(null);
            assertThat(latinWords(zh.ruleName(id))).as(id).isEmpty();
            assertThat(en.ruleName(id)).as(id).isNotEqualTo(id);
        }
        assertThat(zh.ruleName("alreadyPledged")).isEqualTo("未出质");
        assertThat(zh.ruleName("inForce")).isEqualTo("有效性");
    }

    @Test
    void inputsTheEngineWouldRefuseInEnglishAreRefusedInChineseOnTheScreen() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/cn-tech-sme")));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("2000000"));
        Fx.await(() -> vm.errorProperty().get().contains("1,000,000"));
        assertThat(latinWords(Fx.call(() -> vm.errorProperty().get()))).isEmpty();
        assertThat(Fx.call(() -> vm.errorProperty().get())).contains("蒙特卡洛路径数");
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PD).set("150"));
        Fx.await(() -> vm.errorProperty().get().contains("150"));
        assertThat(latinWords(Fx.call(() -> vm.errorProperty().get()))).isEmpty();
        screenshot(app, "loan-risk-pd-refused-zh");

        ValuationViewModel valuation = app.wiring.valuation();
        Fx.run(() -> valuation.input(ValuationViewModel.Input.PATHS).set("2000000"));
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        Fx.await(() -> valuation.errorProperty().get().contains("1,000,000"));
        assertThat(latinWords(Fx.call(() -> valuation.errorProperty().get()))).isEmpty();
    }

    @Test
    void aPortfolioWithoutEnterpriseDataAsksForThePdFieldNotACommandLineFlag() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        Path csv = Files.createTempDirectory("pb-lang").resolve("acme.csv");
        Files.writeString(csv, "patent_number,title,type,filing_date,grant_date,status,owners,replacement_cost\n"
                + "CN201710601862.3,Optical sensor,invention,2017-07-25,2020-03-06,valid,Acme,800000\n");
        Fx.run(() -> app.wiring.portfolios().importFrom(csv));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 1);
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Fx.run(() -> {
            vm.input(AssessmentViewModel.Input.PATHS).set("500");
            vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).set("100");
            vm.input(AssessmentViewModel.Input.TERM_MONTHS).set("12");
            vm.input(AssessmentViewModel.Input.PD).set("");
        });
        Fx.await(() -> vm.errorProperty().get().contains("违约概率"));
        assertThat(Fx.call(() -> vm.errorProperty().get())).doesNotContain("--pd");
        assertThat(latinWords(Fx.call(() -> vm.errorProperty().get()))).isEmpty();
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidAsASentence() {
        io.pledgebench.io.ImportProblem p = new io.pledgebench.io.ImportProblem("book.xlsx", null, null, null, null,
                "book.xlsx cannot be read: Cannot find zip signature within the file", "无法读取 book.xlsx：Cannot find zip signature within the file");
        String zh = new I18n(Locale.SIMPLIFIED_CHINESE).reason(p);
        assertThat(zh).contains("book.xlsx").contains("工作簿").doesNotContain("signature");
        assertThat(new I18n(Locale.ENGLISH).reason(p)).contains("not a workbook").doesNotContain("signature");
        assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).problem(new java.util.zip.ZipException("Cannot find zip signature")))
                .contains("工作簿");
    }

    @Test
    void codesInEngineSentencesAreShownByTheirNames() {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        I18n en = new I18n(Locale.ENGLISH);
        io.pledgebench.domain.Text missing = io.pledgebench.domain.Text.of("valuation.skip.missing",
                "product_revenue / licence_revenue");
        assertThat(zh.render(missing)).doesNotContain("product_revenue").contains("或");
        assertThat(latinWords(zh.render(missing))).isEmpty();
        assertThat(en.render(missing)).contains("product revenue or licence revenue");
        io.pledgebench.domain.Text few = io.pledgebench.domain.Text.of("valuation.skip.fewComparables", 1, 3,
                "invention", "G", "CNY");
        assertThat(zh.render(few)).contains("类型发明专利").doesNotContain("invention");
    }

    @Test
    void theLoanAmountIsTypedInTheScreensUnitAndFollowsALanguageSwitch() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/cn-tech-sme")));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        AssessmentViewModel vm = app.wiring.assessment();
        assertThat(Fx.call(vm::amountUnit)).isEqualTo("万元");
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).get())).isEqualTo("1500");
        Fx.run(() -> app.wiring.i18n().setLocale(Locale.ENGLISH));
        assertThat(Fx.call(vm::amountUnit)).isEqualTo("CNY");
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).get())).isEqualTo("15000000");
        Fx.run(() -> app.wiring.i18n().setLocale(Locale.SIMPLIFIED_CHINESE));
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).get())).isEqualTo("1500");
    }
}
