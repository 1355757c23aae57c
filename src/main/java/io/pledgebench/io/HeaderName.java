package io.pledgebench.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column header as written, split into its name and the unit in brackets that spreadsheets often
 * append: {@code 产品收入（万元）} is the name {@code 产品收入} with unit {@code 万元}; {@code Royalty rate (%)}
 * is {@code royalty_rate} with unit {@code %}. Names compare case-, width- and separator-insensitively.
 */
record HeaderName(String written, String key, String unit) {

    private static final Pattern WITH_UNIT = Pattern.compile("(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*");

    static HeaderName of(String written) {
        String s = Normalizer.normalize(written == null ? "" : written, Normalizer.Form.NFKC)
                .replace("\uFEFF", "").strip();
        String unit = "";
        Matcher m = WITH_UNIT.matcher(s);
        if (m.matches()) {
            s = m.group(1);
            unit = m.group(2).strip();
        }
        return new HeaderName(written, normalize(s), unit);
    }

    static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replace("\uFEFF", "").strip()
                .toLowerCase(Locale.ROOT).replaceAll("[\\s\\-./]+", "_");
    }

    FieldValues.AmountUnit amountUnit(FieldValues.AmountUnit otherwise) {
        switch (unit) {
            case "万元": case "万": case "万元人民币": return FieldValues.AmountUnit.WAN;
            case "亿元": case "亿": return FieldValues.AmountUnit.YI;
            case "元": case "元人民币": return FieldValues.AmountUnit.YUAN;
            default: return otherwise;
        }
    }

    boolean percentUnit() {
        return unit.equals("%");
    }
}
