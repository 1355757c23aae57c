package io.pledgebench.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole column of a large table is measured on its longest entries only, so fitting it stays quick. */
class TablesTest {

    @Test
    void theLongestDistinctEntriesOfAColumnAreTheOnesMeasured() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            ids.add("L" + i);
        }
        ids.add("L10000");
        ids.add("");
        ids.add(null);
        var kept = Tables.longest(ids, Function.identity());
        assertThat(kept).hasSize(Tables.MEASURED).doesNotHaveDuplicates().contains("L10000")
                .allSatisfy(s -> assertThat(s.length()).isGreaterThanOrEqualTo(5));
        assertThat(Tables.longest(List.of("2026-01-01", "2026-01-01", "—"), Function.identity()))
                .containsExactlyInAnyOrder("2026-01-01", "—");
    }

    /**
     * A table above {@link Tables#GATHERED_IN_BACKGROUND} rows has its texts measured off the FX thread; its whole
     * column comes out exactly as wide as the same column of a small table measured on the FX thread.
     */
    @Test
    void aLargeTablesColumnIsMeasuredInTheBackgroundToTheWidthTheFxThreadMeasures() throws Exception {
        Fx.startToolkit();
        String longest = "Y2026440000123 registered, changed and cancelled at payoff";
        List<String> many = new ArrayList<>();
        for (int i = 0; i < Tables.GATHERED_IN_BACKGROUND + 500; i++) {
            many.add("L" + i);
        }
        many.add(longest);
        javafx.scene.control.TableView<String> large = table(many);
        javafx.scene.control.TableView<String> small = table(List.of("L1", longest));
        Fx.run(() -> {
            new javafx.scene.Scene(new javafx.scene.layout.HBox(large, small));
            Tables.fit(small);
            Tables.fit(large);
        });
        double expected = Fx.call(() -> small.getColumns().get(0).getMinWidth());
        assertThat(expected).isGreaterThan(100);
        Fx.await(() -> large.getColumns().get(0).getMinWidth() == expected);
        assertThat(Fx.call(() -> large.getColumns().get(0).getPrefWidth())).isGreaterThanOrEqualTo(expected);
    }

    private static javafx.scene.control.TableView<String> table(List<String> rows) throws Exception {
        return Fx.call(() -> {
            javafx.scene.control.TableView<String> t = new javafx.scene.control.TableView<>(
                    javafx.collections.FXCollections.observableArrayList(rows));
            javafx.scene.control.TableColumn<String, String> c = new javafx.scene.control.TableColumn<>("Loan");
            c.setCellValueFactory(r -> new javafx.beans.property.SimpleStringProperty(r.getValue()));
            c.setPrefWidth(40);
            t.getColumns().add(Tables.whole(c, Function.identity()));
            return t;
        });
    }
}
