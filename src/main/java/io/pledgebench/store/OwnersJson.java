package io.pledgebench.store;

import io.pledgebench.domain.Owner;

import java.util.List;

/**
 * A patent's owners as the JSON stored in its owners column, remembering the last list written: the patents of one
 * portfolio mostly have the same owners, and writing the same JSON again for each of 100,000 patents took a tenth of
 * the insert's time. Equal owners (same names, same shares) give the same JSON, so the remembered text is the one
 * that would be written. One per thread.
 */
final class OwnersJson {

    private List<Owner> last;
    private String json;

    String of(List<Owner> owners) {
        if (json == null || !owners.equals(last)) {
            json = PortfolioRepository.ownersJson(owners);
            last = owners;
        }
        return json;
    }
}
