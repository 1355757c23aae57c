package io.pledgebench.report.pdf;

import java.util.Objects;

/**
 * A signature block: the role (prepared by / reviewed by), the person recorded in the sign-off if any, the
 * date they signed, and the printed labels for the lines a person signs on paper.
 */
public record SignatureBlock(String role, String name, String date, String nameLabel, String signatureLabel,
                             String dateLabel) {

    public SignatureBlock {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name;
        date = date == null ? "" : date;
        Objects.requireNonNull(nameLabel, "nameLabel");
        Objects.requireNonNull(signatureLabel, "signatureLabel");
        Objects.requireNonNull(dateLabel, "dateLabel");
    }
}
