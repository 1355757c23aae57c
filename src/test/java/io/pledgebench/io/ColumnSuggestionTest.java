package io.pledgebench.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field a column that is not recognised may mean, offered for the officer to confirm (never applied by itself):
 * a suggestion must not pair two different dates because their names share "date" (a cold review found priority_date
 * offered as expiry_date).
 */
class ColumnSuggestionTest {

    private static java.util.Optional<PatentColumn> suggest(String header) {
        return PatentColumn.suggest(HeaderName.of(header));
    }

    @Test
    void aDifferentDateIsNotSuggestedForSharingTheWordDate() {
        assertThat(suggest("priority_date")).isEmpty();
        assertThat(suggest("Priority Date")).isEmpty();
        assertThat(suggest("优先权日期")).isEmpty();
    }

    @Test
    void namesThatResembleAFieldAreStillSuggested() {
        assertThat(suggest("产品年销售收入")).contains(PatentColumn.PRODUCT_REVENUE);
        assertThat(suggest("expiration_dates")).contains(PatentColumn.EXPIRY_DATE);
        assertThat(suggest("expiry_day")).contains(PatentColumn.EXPIRY_DATE);
        assertThat(suggest("到期日期")).contains(PatentColumn.EXPIRY_DATE);
        assertThat(suggest("授权公告日期1")).contains(PatentColumn.GRANT_DATE);
    }
}
