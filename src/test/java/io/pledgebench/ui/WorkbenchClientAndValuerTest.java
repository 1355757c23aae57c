package io.pledgebench.ui;

import io.pledgebench.store.AssessmentSummary;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parties an officer sets in the workbench, as the command line's {@code assess --client} and
 * {@code signoff --role valuer --qualification --firm} set them: the bank the assessment is for (委托方) is saved
 * with it through the one save service and named by the reprint; a valuer signs where maker and checker sign, is
 * refused in the user's language when a record is missing, and the reprint's appraiser block shows what was given.
 */
class WorkbenchClientAndValuerTest {

    private static final Path SAMPLE = Path.of("sample-portfolios/cn-tech-sme");
    private static final String BANK = "某商业银行深圳分行";

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void theBankIsSavedWithTheAssessmentAndAValuerSignsWithQualificationAndFirm() throws Exception {
        app = WorkbenchFixture.start(Locale.SIMPLIFIED_CHINESE);
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        AssessmentViewModel vm = app.wiring.assessment();

        // the officer names the bank in the loan request; a name too long for the document is refused, in Chinese
        TextField client = app.lookup("#input-client");
        Fx.run(() -> client.setText("银".repeat(AssessmentViewModel.MAX_CLIENT + 1)));
        assertThat(Fx.call(() -> vm.clientErrorProperty().get())).contains("201").contains("200").contains("请缩短");
        assertThat(Fx.call(() -> vm.canSaveProperty().get())).isFalse();
        Fx.run(() -> client.setText("  " + BANK + " "));
        assertThat(Fx.call(() -> vm.clientErrorProperty().get())).isEmpty();

        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.calculatingProperty().get()
                && vm.canSaveProperty().get() && app.wiring.tasks().running().isEmpty());
        Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        AssessmentSummary saved = Fx.call(() -> app.wiring.history().assessments().get(0));

        // the valuer signs on the Assessments screen; a missing qualification number is refused with the reason
        Fx.run(() -> app.workbench.navigate(ScreenId.HISTORY));
        HistoryViewModel history = app.wiring.history();
        Fx.run(() -> history.selectedProperty().set(saved));
        Button signValuer = app.lookup("#signValuer");
        app.dialogs.fieldAnswers.add(List.of("王评估", " ", "深圳某资产评估有限公司", ""));
        Fx.run(signValuer::fire);
        Fx.await(() -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors.get(0)).contains("资格证书编号未填写");
        assertThat(app.dialogs.fieldLabels.get(0)).containsExactly("评估师姓名", "资格证书编号", "评估机构", "意见（可不填）");

        app.dialogs.fieldAnswers.add(List.of("王评估", "11001234", "深圳某资产评估有限公司", "已核对评估参数"));
        Fx.run(signValuer::fire);
        Fx.await(() -> history.messageProperty().get() != null
                && history.messageProperty().get().key().equals("ui.history.signedOff")
                && app.wiring.tasks().running().isEmpty());
        assertThat(app.dialogs.errors).hasSize(1);

        // the second appraisal professional (资产评估法 art. 26) signs through the same "Sign as valuer…"; the same
        // person again is refused, said in Chinese
        app.dialogs.fieldAnswers.add(List.of("王评估", "11001234", "深圳某资产评估有限公司", ""));
        Fx.run(signValuer::fire);
        Fx.await(() -> app.dialogs.errors.size() == 2);
        assertThat(app.dialogs.errors.get(1)).contains("第二评估师不能与第一评估师（王评估）为同一人").doesNotContain("valuer");
        app.dialogs.fieldAnswers.add(List.of("李评估", "11005678", "深圳某资产评估有限公司", ""));
        Fx.run(signValuer::fire);
        Fx.await(() -> history.messageProperty().get() != null
                && history.messageProperty().get().args().contains("李评估") && app.wiring.tasks().running().isEmpty());
        assertThat(app.dialogs.errors).hasSize(2);
        // a third is refused by the rules, with the role's Chinese name
        app.dialogs.fieldAnswers.add(List.of("赵评估", "11009999", "另一评估机构", ""));
        Fx.run(signValuer::fire);
        Fx.await(() -> app.dialogs.errors.size() == 3);
        assertThat(app.dialogs.errors.get(2)).contains("已由第二评估师李评估").doesNotContain("valuer");

        // the reprint names the bank in 委托方与报告使用人 and the valuer in the appraiser block, in both languages
        LocalDate printDate = LocalDate.now(WorkbenchFixture.TODAY);
        for (String lang : new String[] {"zh-CN", "en"}) {
            Fx.run(() -> app.wiring.i18n().setLocale(Locale.forLanguageTag(lang)));
            Path pdf = dir.resolve("reprint-" + lang + ".pdf");
            app.dialogs.chosenPaths.add(pdf);
            Fx.run(() -> history.printSelected(() -> printDate));
            Fx.await(() -> Files.exists(pdf) && app.wiring.tasks().running().isEmpty());
            String text = text(pdf);
            if (lang.equals("zh-CN")) {
                assertThat(text).contains("委托方与报告使用人").contains("委托方（贷款银行）：" + BANK + "，依客户经理录入")
                        .contains("评估师").contains("王评估").contains("11001234").contains("深圳某资产评估有限公司")
                        .contains("李评估").contains("11005678").contains("评估专业人员签名及评估机构盖章")
                        .doesNotContain("少于法定的两名");
            } else {
                assertThat(text).contains("Clientandintendedusers").contains("Client(thelendingbank):" + BANK)
                        .contains("王评估11001234深圳某资产评估有限公司").contains("李评估11005678深圳某资产评估有限公司");
            }
        }
    }
}
