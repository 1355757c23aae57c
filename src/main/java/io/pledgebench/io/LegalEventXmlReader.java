package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legal-event XML: the EPO OPS INPADOC legal-status response ({@code ops:world-patent-data} with
 * {@code ops:legal} events per family member) and the USPTO Patent Assignment search response (Solr
 * {@code response} documents, one per recorded conveyance, listing the patents it conveys). Both yield
 * events keyed by canonical patent number, to be merged onto stored patents by {@link LegalEventMerger}.
 */
final class LegalEventXmlReader {

    static final String OPS_NS = "http://ops.epo.org";
    static final String EXCHANGE_NS = "http://www.epo.org/exchange";
    static final String EPO_SOURCE = "EPO OPS INPADOC (Legal-status data: EPO/INPADOC)";
    static final String USPTO_ASSIGNMENT_SOURCE = "USPTO Patent Assignment";
    /** How an annual-fee event states the patent year it pays for; {@link LegalEventMerger} reads it back. */
    static final Pattern FEE_YEAR = Pattern.compile("year of fee payment (\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("^([A-Z]{2}):\\s.*");

    private LegalEventXmlReader() {
    }

    static ImportResult read(Path file, String shown, ProblemLog log) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = SecureXml.parse(in);
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            Text reason = m.contains("DOCTYPE") ? Text.of("io.problem.xmlDoctype", shown)
                    : Text.of("io.problem.xmlMalformed", shown, m);
            log.add(shown, null, null, null, null, reason);
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        Element root = doc.getDocumentElement();
        Map<String, List<LegalEvent>> events = new LinkedHashMap<>();
        int read;
        if (OPS_NS.equals(root.getNamespaceURI()) && "world-patent-data".equals(root.getLocalName())) {
            read = readEpo(root, shown, events, log);
        } else if ("response".equals(root.getTagName()) && !children(root, "result").isEmpty()) {
            read = readUsptoAssignments(root, shown, events, log);
        } else {
            log.add(shown, null, null, null, null, Text.of("io.problem.xmlUnknown", shown, root.getTagName()));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        if (events.isEmpty() && log.problems().isEmpty()) {
            log.add(shown, null, null, null, null, Text.of("hardening.events.none", shown));
        }
        if (events.isEmpty() && !log.problems().isEmpty()) {
            return new ImportResult(null, null, log.problems(), read, log.notes());
        }
        return new ImportResult(null, events, log.problems(), read, log.notes());
    }

    private static int readEpo(Element root, String shown, Map<String, List<LegalEvent>> events, ProblemLog log) {
        NodeList members = root.getElementsByTagNameNS(OPS_NS, "family-member");
        int read = 0;
        for (int i = 0; i < members.getLength(); i++) {
            Element member = (Element) members.item(i);
            String number = docdbNumber(member);
            NodeList legal = member.getElementsByTagNameNS(OPS_NS, "legal");
            if (number == null) {
                if (legal.getLength() > 0) {
                    log.add(shown, null, i + 1, "publication-reference", null, Text.of("io.problem.xmlNoNumber"));
                }
                continue;
            }
            PatentNumber pn;
            try {
                pn = PatentNumber.parse(number);
            } catch (IllegalArgumentException e) {
                log.add(shown, null, i + 1, "publication-reference", number, Text.of("io.problem.badPatentNumber", number, e.getMessage()));
                continue;
            }
            for (int k = 0; k < legal.getLength(); k++) {
                read++;
                Element e = (Element) legal.item(k);
                LegalEvent event = epoEvent(e, shown);
                events.computeIfAbsent(pn.canonical(), x -> new ArrayList<>()).add(event);
            }
        }
        return read;
    }

    /** The docdb publication number of a family member, e.g. EP1000000 (kind codes are dropped by canonical()). */
    private static String docdbNumber(Element member) {
        for (Element ref : descendants(member, EXCHANGE_NS, "publication-reference")) {
            for (Element id : descendants(ref, EXCHANGE_NS, "document-id")) {
                if ("docdb".equals(id.getAttribute("document-id-type"))) {
                    String country = text(id, EXCHANGE_NS, "country");
                    String doc = text(id, EXCHANGE_NS, "doc-number");
                    if (!country.isEmpty() && !doc.isEmpty()) {
                        return country + doc + text(id, EXCHANGE_NS, "kind");
                    }
                }
            }
        }
        return null;
    }

    private static LegalEvent epoEvent(Element e, String shown) {
        String code = e.getAttribute("code").strip();
        String desc = e.getAttribute("desc").strip().replaceAll("\\s+", " ");
        String country = text(e, OPS_NS, "L501EP");
        Element reg = first(e, OPS_NS, "L502EP");
        String regText = reg == null ? "" : reg.getAttribute("descData");
        String free = text(e, OPS_NS, "L510EP");
        String feeYear = text(e, OPS_NS, "L520EP");
        if (country.isEmpty()) {
            Matcher m = COUNTRY_PREFIX.matcher(desc);
            if (m.matches()) {
                country = m.group(1);
            }
        }
        LocalDate date = firstDate(text(e, OPS_NS, "L525EP"), text(e, OPS_NS, "L518EP"), text(e, OPS_NS, "L007EP"));
        StringBuilder d = new StringBuilder(desc);
        if (!regText.isEmpty()) {
            d.append(" — ").append(reg.getTextContent().strip()).append(": ").append(regText);
        }
        if (!free.isEmpty()) {
            d.append(" — ").append(free);
        }
        if (!feeYear.isEmpty()) {
            d.append(" — year of fee payment ").append(feeYear);
        }
        String spc = text(e, OPS_NS, "L511EP");
        if (!spc.isEmpty()) {
            d.append(" — SPC ").append(spc);
        }
        LegalEvent.Kind kind = classify(code, desc + " " + regText + " " + free, !spc.isEmpty());
        return new LegalEvent(date, kind, code, country, d.toString(), EPO_SOURCE + ", " + shown);
    }

    /**
     * The meaning of an INPADOC event, from its code and texts. Release is tested before security interest
     * and fee payment before lapse because their texts contain the other's words ("release of security
     * interest", "ceased through non-payment of renewal fee").
     */
    static LegalEvent.Kind classify(String code, String texts, boolean spc) {
        String t = texts.toUpperCase(Locale.ROOT);
        String c = code.toUpperCase(Locale.ROOT).strip();
        if (t.contains("SECURITY") && (t.contains("RELEASE") || t.contains("TERMINATION"))) {
            return LegalEvent.Kind.SECURITY_RELEASE;
        }
        if (t.contains("SECURITY INTEREST") || t.contains("SECURITY AGREEMENT") || t.contains("PLEDGE")) {
            return LegalEvent.Kind.SECURITY_INTEREST;
        }
        if (spc || t.contains("SUPPLEMENTARY PROTECTION")) {
            return LegalEvent.Kind.SUPPLEMENTARY_PROTECTION;
        }
        if (t.contains("RESTORATION") || t.contains("RESTORED") || t.contains("REINSTATE") || t.contains("RE-ESTABLISHMENT")) {
            return LegalEvent.Kind.RESTORATION;
        }
        if (c.equals("PGFP") || c.equals("MAFP") || t.contains("ANNUAL FEE PAID") || t.contains("RENEWAL FEE PAID")
                || t.contains("MAINTENANCE FEE PAYMENT") || t.contains("PAYMENT OF MAINTENANCE FEE")) {
            return LegalEvent.Kind.FEE_PAID;
        }
        if (t.contains("REVOKED") || t.contains("REVOCATION") || t.contains("DECLARED INVALID") || t.contains("CLAIMS CANCELLED")) {
            return LegalEvent.Kind.INVALIDATION;
        }
        if (t.contains("INTER PARTES REVIEW") || t.contains("POST-GRANT REVIEW") || t.contains("REEXAMINATION")
                || t.contains("NULLITY") || (t.contains("OPPOSITION FILED") && !t.contains("NO OPPOSITION"))) {
            return LegalEvent.Kind.VALIDITY_CHALLENGE;
        }
        if (t.contains("LAPSE") || t.contains("CEASED") || t.contains("NON-PAYMENT") || t.contains("FAILURE TO PAY")
                || t.contains("TRANSLATION NOT FILED") || t.contains("DEEMED TO BE WITHDRAWN")) {
            return LegalEvent.Kind.LAPSE;
        }
        if (t.contains("EXPIRED") || t.contains("EXPIRY OF") || t.contains("EXPIRATION OF PROTECTION")) {
            return LegalEvent.Kind.EXPIRY;
        }
        if (c.equals("AS") || t.contains("ASSIGNMENT") || t.contains("CHANGE OF OWNER") || t.contains("TRANSFER OF RIGHTS")) {
            return LegalEvent.Kind.ASSIGNMENT;
        }
        if (c.equals("GRAA") || t.contains("PATENT GRANTED") || t.contains("PATENTS GRANTED") || t.contains("PATENTED CASE")
                || t.contains("(EXPECTED) GRANT")) {
            return LegalEvent.Kind.GRANT;
        }
        return LegalEvent.Kind.OTHER;
    }

    private static int readUsptoAssignments(Element root, String shown, Map<String, List<LegalEvent>> events, ProblemLog log) {
        int read = 0;
        int index = 0;
        for (Element result : children(root, "result")) {
            for (Element doc : children(result, "doc")) {
                index++;
                read++;
                Map<String, List<String>> f = solrFields(doc);
                String conveyance = one(f, "conveyanceText");
                LocalDate recorded = firstDate(one(f, "recordedDate"));
                String reelFrame = one(f, "displayId");
                String assignee = String.join("; ", f.getOrDefault("patAssigneeName", List.of()));
                String assignor = String.join("; ", f.getOrDefault("patAssignorName", List.of()));
                if (recorded == null || conveyance.isEmpty()) {
                    log.add(shown, null, index, "recordedDate", one(f, "recordedDate"), Text.of("io.problem.assignmentIncomplete", reelFrame));
                    continue;
                }
                LegalEvent.Kind kind = classify("", conveyance, false);
                if (kind == LegalEvent.Kind.OTHER) {
                    kind = LegalEvent.Kind.ASSIGNMENT;
                }
                String description = conveyance + " — assignor: " + assignor + "; assignee: " + assignee
                        + "; reel/frame " + reelFrame;
                for (String patNum : f.getOrDefault("patNum", List.of())) {
                    if (patNum == null || patNum.isBlank() || "NULL".equalsIgnoreCase(patNum.strip())) {
                        continue;
                    }
                    PatentNumber pn;
                    try {
                        pn = PatentNumber.parse("US" + patNum.strip());
                    } catch (IllegalArgumentException e) {
                        log.add(shown, null, index, "patNum", patNum, Text.of("io.problem.badPatentNumber", patNum, e.getMessage()));
                        continue;
                    }
                    events.computeIfAbsent(pn.canonical(), x -> new ArrayList<>())
                            .add(new LegalEvent(recorded, kind, "ASSIGNMENT", "US", description,
                                    USPTO_ASSIGNMENT_SOURCE + ", " + shown));
                }
            }
        }
        return read;
    }

    private static Map<String, List<String>> solrFields(Element doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        NodeList kids = doc.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (!(kids.item(i) instanceof Element el)) {
                continue;
            }
            String name = el.getAttribute("name");
            List<String> values = new ArrayList<>();
            if ("arr".equals(el.getTagName())) {
                NodeList items = el.getChildNodes();
                for (int k = 0; k < items.getLength(); k++) {
                    if (items.item(k) instanceof Element item) {
                        values.add(item.getTextContent().strip());
                    }
                }
            } else {
                values.add(el.getTextContent().strip());
            }
            out.put(name, values);
        }
        return out;
    }

    private static String one(Map<String, List<String>> f, String name) {
        List<String> v = f.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** The first of the given texts that is a date (yyyyMMdd, yyyy-MM-dd or an ISO timestamp). */
    private static LocalDate firstDate(String... texts) {
        for (String t : texts) {
            if (t == null || t.isBlank() || t.startsWith("0001")) {
                continue;
            }
            try {
                return FieldValues.date(t);
            } catch (RejectedValue e) {
                // the next candidate date of the event is tried
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList kids = parent.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element el && tag.equals(el.getTagName())) {
                out.add(el);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        NodeList found = parent.getElementsByTagNameNS(ns, local);
        for (int i = 0; i < found.getLength(); i++) {
            Node n = found.item(i);
            out.add((Element) n);
        }
        return out;
    }

    private static Element first(Element parent, String ns, String local) {
        NodeList found = parent.getElementsByTagNameNS(ns, local);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static String text(Element parent, String ns, String local) {
        Element e = first(parent, ns, local);
        return e == null ? "" : e.getTextContent().strip();
    }
}
