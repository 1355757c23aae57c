package io.pledgebench.io;

import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A portfolio's patents as a table with the import column names of the specification, so an exported
 * file imports again unchanged. Values a source did not give stay empty.
 */
public final class PatentTable {

    public static final List<String> HEADER = List.of("patent_number", "title", "type", "jurisdiction", "filing_date",
            "grant_date", "expiry_date", "status", "owners", "annual_fee_paid_until", "ipc", "independent_claims",
            "total_claims", "family_size", "cited_by", "product_revenue", "licence_revenue", "royalty_rate",
            "open_licence_royalty", "product_recorded", "in_use_since", "replacement_cost", "economic_life_years",
            "pledge_consent", "product", "contribution_weight");

    private PatentTable() {
    }

    public static List<List<Object>> rows(List<Patent> patents) {
        List<List<Object>> rows = new ArrayList<>(patents.size());
        for (Patent p : patents) {
            rows.add(Arrays.asList(p.number().canonical(), p.title(), p.type().code(), p.jurisdiction(),
                    date(p.filingDate()), date(p.grantDate()), date(p.expiryDate()), p.status().code(), owners(p.owners()),
                    date(p.annualFeePaidUntil()), p.ipc(), p.independentClaims(), p.totalClaims(), p.familySize(),
                    p.citedBy(), p.productRevenue(), p.licenceRevenue(), p.royaltyRate(), p.openLicenceRoyalty(),
                    yesNo(p.productRecorded()), date(p.inUseSince()), p.replacementCost(), p.economicLifeYears(),
                    yesNo(p.pledgeConsent()), p.product(), p.contributionWeight()));
        }
        return rows;
    }

    static String owners(List<Owner> owners) {
        return owners.stream().map(o -> o.share() == null ? o.name() : o.name() + ":" + o.share())
                .collect(Collectors.joining("; "));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }
}
