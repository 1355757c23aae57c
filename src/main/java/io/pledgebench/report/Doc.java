package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read access to the assessment's JSON document for the report: paths that may be absent, numbers, strings,
 * and sentences. A sentence is either plain text, a bundle text {@code {"key": …, "args": […]}} rendered in
 * the reader's language, or {@code {"en": …, "zh": …}}.
 */
final class Doc {

    private Doc() {
    }

    static JsonNode at(JsonNode n, String... path) {
        JsonNode cur = n == null ? MissingNode.getInstance() : n;
        for (String p : path) {
            cur = cur.path(p);
        }
        return cur;
    }

    static boolean has(JsonNode n, String... path) {
        JsonNode v = at(n, path);
        return !v.isMissingNode() && !v.isNull();
    }

    static double num(JsonNode n, String... path) {
        JsonNode v = at(n, path);
        return v.isNumber() ? v.asDouble() : v.isTextual() && isNumeric(v.asText()) ? Double.parseDouble(v.asText()) : Double.NaN;
    }

    private static boolean isNumeric(String s) {
        return s.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    static String str(JsonNode n, String... path) {
        JsonNode v = at(n, path);
        return v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
    }

    static List<JsonNode> list(JsonNode n, String... path) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = at(n, path);
        if (v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** A sentence in the reader's language. */
    static String text(JsonNode v, ReportText rt) {
        Locale locale = rt.locale();
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isObject() && v.has("key")) {
            List<Object> args = new ArrayList<>();
            for (JsonNode a : v.path("args")) {
                args.add(a.isNumber() ? (Object) a.numberValue() : a.isTextual() ? a.asText() : a.toString());
            }
            return rt.render(v.get("key").asText(), args);
        }
        if (v.isObject() && (v.has("en") || v.has("zh"))) {
            boolean zh = Text.isChinese(locale);
            JsonNode pick = zh && v.has("zh") ? v.get("zh") : v.has("en") ? v.get("en") : v.get("zh");
            return pick.asText();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    static List<String> texts(JsonNode list, ReportText locale) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode t : list) {
                String s = text(t, locale);
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Leaf values of a nested object as dotted paths, in document order (the parameter appendix). */
    static void flatten(String prefix, JsonNode n, Map<String, String> out) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            boolean scalars = true;
            for (JsonNode x : n) {
                scalars &= x.isValueNode();
            }
            if (scalars) {
                List<String> parts = new ArrayList<>();
                n.forEach(x -> parts.add(x.isNumber() && !x.isIntegralNumber() ? ReportFormat.number(x.asDouble(), 6) : x.asText()));
                out.put(prefix, "[" + String.join(", ", parts) + "]");
            } else {
                int i = 0;
                for (JsonNode x : n) {
                    flatten(prefix + "[" + i++ + "]", x, out);
                }
            }
        } else if (n.isNumber() && !n.isIntegralNumber()) {
            out.put(prefix, ReportFormat.number(n.asDouble(), 6));
        } else if (!n.isMissingNode()) {
            out.put(prefix, n.isNull() ? "–" : n.asText());
        }
    }
}
