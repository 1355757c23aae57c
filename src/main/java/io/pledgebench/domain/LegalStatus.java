package io.pledgebench.domain;

import java.util.Locale;
import java.util.Optional;

/** Legal status of a patent as recorded by the office or the register of pledges. */
public enum LegalStatus {
    VALID("valid", "有效"),
    LAPSED("lapsed", "失效"),
    INVALIDATED("invalidated", "无效"),
    PENDING_INVALIDATION("pending_invalidation", "无效宣告审查中"),
    FROZEN("frozen", "冻结"),
    /** Ownership under dispute (权属纠纷): the pledge register refuses it like a frozen right. */
    DISPUTED("disputed", "权属纠纷"),
    PLEDGED("pledged", "质押"),
    APPLICATION("application", "审中");

    private final String code;
    private final String chinese;

    LegalStatus(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** In force: the right exists today (it may still be encumbered). */
    public boolean inForce() {
        return this == VALID || this == PENDING_INVALIDATION || this == FROZEN || this == DISPUTED
                || this == PLEDGED;
    }

    public static Optional<LegalStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (t) {
            case "valid": case "granted": case "in_force": case "active": case "有效": case "授权": case "专利权维持":
            case "有权":
                return Optional.of(VALID);
            case "lapsed": case "expired": case "失效": case "终止": case "专利权终止": case "未缴年费专利权终止":
            case "期限届满": case "放弃": case "abandoned":
                return Optional.of(LAPSED);
            case "invalidated": case "revoked": case "无效": case "全部无效": case "宣告无效":
                return Optional.of(INVALIDATED);
            case "pending_invalidation": case "invalidation_pending": case "无效宣告审查中": case "无效审查中": case "无效宣告中":
                return Optional.of(PENDING_INVALIDATION);
            case "frozen": case "冻结": case "保全": case "财产保全":
                return Optional.of(FROZEN);
            case "disputed": case "ownership_dispute": case "权属纠纷": case "纠纷":
                return Optional.of(DISPUTED);
            case "pledged": case "质押": case "已质押": case "专利权质押":
                return Optional.of(PLEDGED);
            case "application": case "pending": case "审中": case "申请中": case "实审": case "公开": case "实质审查":
                return Optional.of(APPLICATION);
            default:
                return Optional.empty();
        }
    }
}
