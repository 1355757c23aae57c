package io.pledgebench.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The patent columns of SPEC "Patent columns", each with the headers users write for it: the English
 * code, common English variants (including the USPTO-derived names of {@code us-patents.csv}) and the
 * usual Chinese names of CNIPA register extracts and bank templates.
 */
enum PatentColumn {
    PATENT_NUMBER("patent_number", "patent_no", "patent", "number", "publication_number", "pub_number",
            "application_number", "patent_id", "专利号", "申请号", "专利申请号", "公开号", "公告号", "授权公告号", "公开(公告)号",
            "申请号/专利号", "专利号/申请号", "专利(申请)号", "专利申请号/专利号", "patent_no.", "publication_no"),
    TITLE("title", "name", "invention_title", "专利名称", "名称", "发明名称", "标题", "发明创造名称", "专利名称/发明名称", "title_of_invention"),
    TYPE("type", "patent_type", "kind_of_right", "专利类型", "类型", "专利种类", "专利类别"),
    JURISDICTION("jurisdiction", "country", "office", "国别", "国家", "国家/地区", "受理局"),
    FILING_DATE("filing_date", "application_date", "filed", "申请日", "申请日期", "专利申请日", "申请时间"),
    GRANT_DATE("grant_date", "issue_date", "publication_date_of_grant", "granted_on", "授权日", "授权公告日", "授权日期", "公告日", "授权公告日期", "授权时间"),
    EXPIRY_DATE("expiry_date", "expiration_date", "到期日", "届满日", "失效日"),
    STATUS("status", "legal_status", "法律状态", "当前法律状态", "状态", "专利状态", "案件状态", "法律状态/事件"),
    OWNERS("owners", "owner", "assignee", "assignees", "patentee", "专利权人", "权利人", "申请(专利权)人", "所有权人", "专利权人名称",
            "当前权利人", "申请人/专利权人", "专利权人/申请人", "申请人"),
    ANNUAL_FEE_PAID_UNTIL("annual_fee_paid_until", "fee_paid_until", "maintenance_paid_until", "年费缴至日",
            "年费缴纳至", "年费缴至", "年费有效期至", "已缴年费至", "年费已缴至"),
    IPC("ipc", "ipc_main", "main_ipc", "cpc_main", "classification", "主分类号", "ipc主分类号", "ipc分类号", "分类号", "ipc分类", "国际专利分类号", "主分类"),
    INDEPENDENT_CLAIMS("independent_claims", "independent_claim_count", "独立权利要求数", "独立权利要求项数"),
    TOTAL_CLAIMS("total_claims", "claims", "claim_count", "number_of_claims", "权利要求数", "权利要求项数", "权利要求总数", "权项数"),
    FAMILY_SIZE("family_size", "family", "family_members", "同族数", "同族专利数", "同族数量"),
    CITED_BY("cited_by", "cited_by_count", "forward_citations", "citations", "被引次数", "被引用次数", "被引证次数", "被引用数"),
    PRODUCT_REVENUE("product_revenue", "revenue", "产品收入", "产品年收入", "相关产品收入", "专利产品收入", "产品销售收入"),
    LICENCE_REVENUE("licence_revenue", "license_revenue", "licensing_revenue", "许可收入", "许可费收入"),
    ROYALTY_RATE("royalty_rate", "royalty", "许可费率", "提成率", "分成率"),
    OPEN_LICENCE_ROYALTY("open_licence_royalty", "open_license_royalty", "open_licence_rate", "开放许可费率", "开放许可使用费率"),
    PRODUCT_RECORDED("product_recorded", "patent_intensive_product", "专利密集型产品备案", "专利密集型产品", "产品备案"),
    IN_USE_SINCE("in_use_since", "in_use_from", "commercialised_since", "投入使用日", "实施日", "投产日"),
    REPLACEMENT_COST("replacement_cost", "重置成本", "研发成本"),
    ECONOMIC_LIFE_YEARS("economic_life_years", "economic_life", "经济寿命", "经济寿命年限", "剩余经济寿命"),
    PLEDGE_CONSENT("pledge_consent", "co_owner_consent", "质押同意", "共有人同意质押", "共有权人同意", "共有人同意"),
    PRODUCT("product", "product_name", "product_code", "产品名称", "产品", "产品编码"),
    CONTRIBUTION_WEIGHT("contribution_weight", "贡献权重", "贡献度", "分成权重");

    private static final Map<String, PatentColumn> BY_HEADER = new HashMap<>();

    static {
        for (PatentColumn c : values()) {
            for (String alias : c.aliases) {
                BY_HEADER.put(HeaderName.normalize(alias), c);
            }
        }
    }

    private final List<String> aliases;

    PatentColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The header of SPEC, e.g. {@code patent_number}. */
    String code() {
        return aliases.get(0);
    }

    /** The usual Chinese header, e.g. {@code 专利号}. */
    String chinese() {
        return aliases.stream().filter(a -> a.codePoints().anyMatch(cp -> cp > 0x2E80)).findFirst().orElse(code());
    }

    static Optional<PatentColumn> forHeader(HeaderName header) {
        return Optional.ofNullable(BY_HEADER.get(header.key()));
    }

    static Optional<PatentColumn> forCode(String code) {
        for (PatentColumn c : values()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The field whose name {@code header} most resembles (longest common subsequence with an alias covering at least
     * 60 % of the longer of the two, e.g. 产品年销售收入 ~ 产品年收入), for the officer to confirm; never applied by itself.
     */
    static Optional<PatentColumn> suggest(HeaderName header) {
        String key = header.key();
        if (key.codePointCount(0, key.length()) < 2 || key.length() > 100) {
            return Optional.empty();
        }
        PatentColumn best = null;
        double bestScore = 0.6 - 1e-9;
        // a column named as a date may mean another date, never an amount or a rate (priority_date ~ royalty_rate)
        java.util.regex.Matcher date = DATE_WORD.matcher(key);
        boolean headerIsDate = date.matches();
        String keyStem = headerIsDate ? date.group(1) : "";
        for (Map.Entry<String, PatentColumn> e : BY_HEADER.entrySet()) {
            String alias = e.getKey();
            if (alias.length() < 2 || headerIsDate && !e.getValue().code().endsWith("_date")) {
                continue;
            }
            double score = resemblance(key, keyStem, alias);
            if (score > bestScore || score == bestScore && best != null && e.getValue().ordinal() < best.ordinal()) {
                bestScore = score;
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The word that ends the names of dates: two dates are told apart by what comes before it. */
    private static final java.util.regex.Pattern DATE_WORD = java.util.regex.Pattern.compile("(.*?)_?(date|日期)$");

    /**
     * How much {@code key} resembles {@code alias}: their longest common subsequence over the longer of the two. When
     * both name a date ({@code keyStem}: the header's words before its date word, empty when it names no date), only
     * the words before "date"/"日期" are compared: priority_date shares "_date" with
     * expiry_date, which would otherwise suggest reading a priority date as an expiry date.
     */
    private static double resemblance(String key, String keyStem, String alias) {
        java.util.regex.Matcher a = DATE_WORD.matcher(alias);
        if (!keyStem.isEmpty() && a.matches() && !a.group(1).isEmpty()) {
            key = keyStem;
            alias = a.group(1);
        }
        return (double) commonSubsequence(key, alias) / Math.max(key.length(), alias.length());
    }

    private static int commonSubsequence(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
