package io.pledgebench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user cannot read on screen: a label, button or table cell whose text is shown cut ("2,419.12 ..."), found
 * by comparing each control's text with the text its skin draws. Call on the FX thread after a layout pulse.
 */
final class Clipping {

    private Clipping() {
    }

    /** A cut text: the control's text and what is drawn of it. */
    record Cut(String full, String shown, String where) {
        @Override
        public String toString() {
            return where + ": '" + full + "' shown as '" + shown + "'";
        }
    }

    /**
     * Every visible control under {@code root} whose text is drawn cut. A table cell cut only where its column's
     * tooltip shows the whole text is not counted when {@code tooltipsCount}.
     */
    static List<Cut> cuts(Parent root, boolean tooltipsCount) {
        List<Cut> out = new ArrayList<>();
        collect(root, out, tooltipsCount);
        return out;
    }

    private static void collect(Node n, List<Cut> out, boolean tooltipsCount) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Node drawn = l.lookup(".text");
            if (drawn instanceof Text t && drawn.getParent() == l && t.isVisible()) {
                String shown = t.getText();
                String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                if (!full.equals(shown) && !sameWrapped(l.getText(), shown)) {
                    Tooltip tip = l.getTooltip();
                    boolean covered = tooltipsCount && tip != null && l.getText().equals(tip.getText());
                    if (!covered) {
                        out.add(new Cut(l.getText(), shown, describe(l)));
                    }
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out, tooltipsCount);
            }
        }
    }

    /**
     * Every visible label or button under {@code root} drawn past the right edge of the window ({@code width}): a
     * screen whose least width exceeds the window pushes its buttons and figures out of sight without any "…" (Loan
     * &amp; risk's Assess button at 1024 px). What a scroll pane, a table or list (rows and header), or a tab header
     * scrolls or clips on purpose is not counted.
     */
    static List<Cut> outside(Parent root, double width) {
        List<Cut> out = new ArrayList<>();
        outside(root, width, out);
        return out;
    }

    private static void outside(Node n, double width, List<Cut> out) {
        if (!n.isVisible() || n instanceof javafx.scene.control.ScrollPane
                || n instanceof javafx.scene.control.skin.VirtualFlow<?>
                || n instanceof javafx.scene.control.skin.TableHeaderRow || n.getStyleClass().contains("tab-header-area")) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            javafx.geometry.Bounds b = l.localToScene(l.getLayoutBounds());
            if (b.getMaxX() > width + 1) {
                out.add(new Cut(l.getText(), "drawn to x = " + Math.round(b.getMaxX()) + " in a window "
                        + Math.round(width) + " wide", describe(l)));
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                outside(c, width, out);
            }
        }
    }

    /**
     * Every visible text field or combo box under {@code root} whose prompt (placeholder) is wider than the field: a
     * long prompt is cut with no "…" and no tooltip (the Loan book's booking form at 1024 px).
     */
    static List<Cut> prompts(Parent root) {
        List<Cut> out = new ArrayList<>();
        prompts(root, out);
        return out;
    }

    private static void prompts(Node n, List<Cut> out) {
        if (!n.isVisible()) {
            return;
        }
        String prompt = n instanceof javafx.scene.control.TextInputControl t ? t.getPromptText()
                : n instanceof javafx.scene.control.ComboBoxBase<?> c && !c.isEditable() ? null
                : n instanceof javafx.scene.control.ComboBoxBase<?> c ? c.getPromptText() : null;
        if (prompt != null && !prompt.isEmpty() && n instanceof javafx.scene.control.Control c) {
            Text measure = new Text(prompt);
            if (c instanceof javafx.scene.control.TextInputControl t) {
                measure.setFont(t.getFont());
            }
            double room = c.getWidth() - c.snappedLeftInset() - c.snappedRightInset();
            // a pixel or two of measuring difference is no cut ("2026-11-30" measured 81 px shows whole in 80)
            if (measure.getLayoutBounds().getWidth() > room + 2) {
                out.add(new Cut(prompt, "a prompt " + Math.round(measure.getLayoutBounds().getWidth())
                        + " px wide in " + Math.round(room) + " px", c.getClass().getSimpleName()
                        + (c.getId() == null ? "" : " #" + c.getId())));
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                prompts(c, out);
            }
        }
    }

    /** A wrapped label draws the same words with line breaks. */
    private static boolean sameWrapped(String full, String shown) {
        return full.replaceAll("\\s+", "").equals(shown.replaceAll("\\s+", ""));
    }

    private static String describe(Labeled l) {
        String kind = l instanceof TableCell<?, ?> c && c.getTableColumn() != null
                ? "cell of column '" + c.getTableColumn().getText() + "'" : l.getClass().getSimpleName();
        return kind + (l.getId() == null ? "" : " #" + l.getId());
    }
}
