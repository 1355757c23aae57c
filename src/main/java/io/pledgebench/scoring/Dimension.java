package io.pledgebench.scoring;

import io.pledgebench.domain.Text;

/** The three value dimensions of GB/T 42748-2023 (专利评估指引): 法律价值, 技术价值, 经济价值. */
public enum Dimension {
    LEGAL("legal"), TECHNICAL("technical"), ECONOMIC("economic");

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Text label() {
        return Text.of("scoring.dimension." + code);
    }
}
