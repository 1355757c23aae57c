package io.pledgebench.domain;

import java.util.Locale;
import java.util.Optional;

/** Kind of patent right. US plant and reissue patents are treated as inventions (20-year term). */
public enum PatentType {
    INVENTION("invention", "发明"),
    UTILITY_MODEL("utility_model", "实用新型"),
    DESIGN("design", "外观设计");

    private final String code;
    private final String chinese;

    PatentType(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The code used in files, JSON and the database. */
    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** Parses the English code, common English variants or the usual Chinese word. */
    public static Optional<PatentType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (t) {
            case "invention": case "发明": case "发明专利": case "utility": case "plant": case "reissue":
            case "patent": case "i":
                return Optional.of(INVENTION);
            case "utility_model": case "utilitymodel": case "实用新型": case "实用新型专利": case "u": case "um":
                return Optional.of(UTILITY_MODEL);
            case "design": case "外观设计": case "外观设计专利": case "外观": case "d":
                return Optional.of(DESIGN);
            default:
                return Optional.empty();
        }
    }
}
