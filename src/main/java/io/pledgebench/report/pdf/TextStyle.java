package io.pledgebench.report.pdf;

import java.awt.Color;

/** Size, colour and weight of a run of text; bold is drawn by stroking the glyph outline (the font has no bold face). */
public record TextStyle(float size, Color color, boolean bold, float leading) {

    public static final Color INK = new Color(0x1F, 0x2A, 0x37);
    public static final Color SUBTLE = new Color(0x5B, 0x66, 0x73);
    public static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);

    public static final TextStyle BODY = new TextStyle(9.5f, INK, false, 1.45f);
    public static final TextStyle BODY_BOLD = new TextStyle(9.5f, INK, true, 1.45f);
    public static final TextStyle SMALL = new TextStyle(8f, INK, false, 1.35f);
    public static final TextStyle NOTE = new TextStyle(8f, SUBTLE, false, 1.35f);
    public static final TextStyle TABLE = new TextStyle(7.6f, INK, false, 1.3f);
    public static final TextStyle TABLE_HEADER = new TextStyle(7.6f, INK, true, 1.3f);
    public static final TextStyle H1 = new TextStyle(15f, ACCENT, true, 1.3f);
    public static final TextStyle H2 = new TextStyle(11.5f, ACCENT, true, 1.3f);
    public static final TextStyle H3 = new TextStyle(10f, INK, true, 1.3f);

    public TextStyle {
        if (!(size > 0) || !(leading >= 1)) {
            throw new IllegalArgumentException("text size must be > 0 and leading ≥ 1, was " + size + " / " + leading);
        }
    }

    public float lineHeight() {
        return size * leading;
    }

    public TextStyle withColor(Color c) {
        return new TextStyle(size, c, bold, leading);
    }

}
