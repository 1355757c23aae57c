package io.pledgebench.ui;

import io.pledgebench.report.charts.ChartExport;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One chart of the shared report builders on screen, with PNG and SVG export. An empty pane says why there is
 * no chart yet.
 */
public final class ChartPane extends BorderPane {

    /** Export size in points; PNG renders at twice that for print sharpness. */
    private static final int EXPORT_WIDTH = 800;
    private static final int EXPORT_HEIGHT = 500;

    private final I18n i18n;
    private final DialogService dialogs;
    private final UiPreferences preferences;
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label empty = new Label();
    private final Button png = new Button();
    private final Button svg = new Button();
    private JFreeChart chart;
    private String fileName = "chart";

    public ChartPane(I18n i18n, DialogService dialogs, UiPreferences preferences) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.preferences = preferences;
        getStyleClass().add("chart-pane");
        png.setText(i18n.get("ui.chart.exportPng"));
        svg.setText(i18n.get("ui.chart.exportSvg"));
        png.getStyleClass().add("small");
        svg.getStyleClass().add("small");
        png.setOnAction(e -> export("png"));
        svg.setOnAction(e -> export("svg"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, spacer, png, svg);
        bar.setAlignment(Pos.CENTER_RIGHT);
        setTop(bar);
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        viewer.setMinSize(200, 160);
        setMinHeight(220);
        setChart(null, null, i18n.get("ui.chart.none"));
    }

    /** Shows {@code chart} (null: shows {@code emptyText}); {@code name} is the proposed export file name. */
    public void setChart(JFreeChart chart, String name, String emptyText) {
        this.chart = chart;
        this.fileName = name == null ? "chart" : name;
        png.setDisable(chart == null);
        svg.setDisable(chart == null);
        if (chart == null) {
            empty.setText(emptyText);
            setCenter(empty);
            BorderPane.setAlignment(empty, Pos.CENTER);
        } else {
            // the screen shows a copy with text readable at the pane's size; exports write the report's chart
            viewer.setChart(ScreenChart.of(chart));
            setCenter(viewer);
        }
    }

    public JFreeChart chart() {
        return chart;
    }

    private void export(String kind) {
        if (chart == null) {
            return;
        }
        dialogs.chooseSaveFile(i18n.get("ui.chart.export.title"), preferences.lastFolder().orElse(null),
                fileName + "." + kind, kind.toUpperCase(java.util.Locale.ROOT), List.of("*." + kind)).ifPresent(file -> {
            try {
                write(kind, file);
                if (file.toAbsolutePath().getParent() != null) {
                    preferences.setLastFolder(file.toAbsolutePath().getParent());
                }
            } catch (IOException | RuntimeException e) {
                dialogs.showError(i18n.get("ui.chart.export.failed"), e.getMessage(), e);
            }
        });
    }

    void write(String kind, Path file) throws IOException {
        byte[] bytes = "svg".equals(kind)
                ? ChartExport.toSvg(chart, EXPORT_WIDTH, EXPORT_HEIGHT).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : ChartExport.toPng(chart, EXPORT_WIDTH, EXPORT_HEIGHT, 2.0);
        UserFile.write(preferences, file, out -> out.write(bytes));
    }
}
