package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * USPTO full-text grant XML ({@code us-patent-grant}, WIPO ST.36 as in the USPTO bulk data), one document or
 * a weekly file of concatenated documents. Each grant becomes a valid patent with its number and kind,
 * title, filing and grant dates, assignees, first IPC, number of claims and, counted exactly from the
 * claims, the independent claims (those without a {@code claim-ref}).
 *
 * <p>The USPTO declares an external DTD ({@code <!DOCTYPE us-patent-grant SYSTEM "…dtd" [ ]>}). Such a
 * declaration with an empty internal subset is removed before parsing, since the DTD is never loaded; any
 * other DOCTYPE stays and is refused by {@link SecureXml}, so no entity can be declared.
 */
final class UsptoGrantXmlReader {

    static final String ROOT = "us-patent-grant";
    private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+us-patent-grant\\s+(?:SYSTEM|PUBLIC\\s+\"[^\"]*\")\\s+\"[^\"<>\\[\\]]*\"\\s*(?:\\[\\s*])?\\s*>");
    private static final Pattern DOCUMENT_START = Pattern.compile("\\s*<\\?xml\\s");

    private UsptoGrantXmlReader() {
    }

    /** Whether the start of a file shows a grant document. */
    static boolean recognises(String head) {
        return head.contains("<" + ROOT);
    }

    /**
     * Reads the documents one at a time as they come from the file (a weekly bulk file concatenates thousands of
     * complete documents, each starting with its XML declaration), so memory holds one document, not the file.
     */
    static ImportResult read(Path file, String shown, ProblemLog log) throws IOException {
        List<Patent> patents = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        int[] index = {0};
        java.util.function.Consumer<String> document = xmlText -> {
            String text = xmlText.strip();
            if (text.isEmpty()) {
                return;
            }
            int i = ++index[0];
            Document doc;
            try {
                String xml = EXTERNAL_DOCTYPE.matcher(text).replaceFirst("");
                doc = SecureXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            } catch (SAXException e) {
                String m = String.valueOf(e.getMessage());
                log.add(shown, null, i, null, null, m.contains("DOCTYPE") ? Text.of("io.problem.xmlDoctype", shown)
                        : Text.of("io.problem.xmlMalformed", shown, m));
                return;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Patent p = patent(doc.getDocumentElement(), shown, i, log);
            if (p == null) {
                return;
            }
            Integer earlier = first.putIfAbsent(p.number().canonical(), i);
            if (earlier != null) {
                log.add(shown, null, i, "publication-reference", p.number().canonical(),
                        Text.of("io.problem.duplicatePatent", p.number().canonical(), String.valueOf(earlier)));
                return;
            }
            patents.add(p);
        };
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.io.BufferedInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)), 1 << 16)) {
            StringBuilder current = new StringBuilder();
            boolean content = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (current.length() == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (content && DOCUMENT_START.matcher(line).lookingAt()) {
                    document.accept(current.toString());
                    current.setLength(0);
                    content = false;
                    if (index[0] > InputLimits.MAX_PATENT_ROWS) {
                        log.add(shown, null, null, null, null, InputLimits.tooManyRows(shown));
                        return new ImportResult(null, null, log.problems(), 0, log.notes());
                    }
                }
                current.append(line).append('\n');
                content |= !line.isBlank();
            }
            document.accept(current.toString());
        }
        return PortfolioReader.assemble(file, null, patents, null, null, index[0], log);
    }

    private static Patent patent(Element root, String shown, int index, ProblemLog log) {
        if (!ROOT.equals(root.getTagName())) {
            log.add(shown, null, index, null, null, Text.of("io.problem.xmlUnknown", shown, root.getTagName()));
            return null;
        }
        Element biblio = child(root, "us-bibliographic-data-grant");
        Element pub = biblio == null ? null : child(child(biblio, "publication-reference"), "document-id");
        if (pub == null) {
            log.add(shown, null, index, "publication-reference", null, Text.of("io.problem.xmlNoNumber"));
            return null;
        }
        String raw = text(pub, "country") + text(pub, "doc-number") + text(pub, "kind");
        int before = log.problemCount();
        PatentNumber number = null;
        try {
            number = PatentNumber.parse(raw);
        } catch (IllegalArgumentException e) {
            log.add(shown, null, index, "publication-reference", raw, Text.of("io.problem.badPatentNumber", raw, e.getMessage()));
        }
        LocalDate grant = log.date(shown, index, "publication-reference/date", text(pub, "date"));
        Element app = child(child(biblio, "application-reference"), "document-id");
        LocalDate filing = app == null ? null : log.date(shown, index, "application-reference/date", text(app, "date"));
        if (number == null || log.problemCount() > before) {
            return null;
        }
        Map<String, Owner> owners = new LinkedHashMap<>();
        Element assignees = child(biblio, "assignees");
        if (assignees != null) {
            for (Element a : children(assignees, "assignee")) {
                Element book = child(a, "addressbook");
                String name = book == null ? "" : text(book, "orgname");
                if (name.isEmpty() && book != null) {
                    name = (text(book, "first-name") + " " + text(book, "last-name")).strip();
                }
                if (!name.isEmpty()) {
                    Owner o = new Owner(name, null);
                    owners.putIfAbsent(o.key(), o);
                }
            }
        }
        Integer total = null;
        String n = text(biblio, "number-of-claims");
        if (n.matches("\\d{1,4}")) {
            total = Integer.parseInt(n);
        }
        Integer independent = null;
        Element claims = child(root, "claims");
        if (claims != null) {
            List<Element> list = children(claims, "claim");
            if (!list.isEmpty()) {
                independent = (int) list.stream().filter(c -> c.getElementsByTagName("claim-ref").getLength() == 0).count();
                if (total == null) {
                    total = list.size();
                }
            }
        }
        Element appRef = child(biblio, "application-reference");
        boolean design = appRef != null && "design".equals(appRef.getAttribute("appl-type"));
        PatentType type = design ? PatentType.DESIGN : number.impliedType().orElse(PatentType.INVENTION);
        try {
            return Patent.builder(number, type, LegalStatus.VALID)
                    .title(text(biblio, "invention-title"))
                    .filingDate(filing)
                    .grantDate(grant)
                    .owners(new ArrayList<>(owners.values()))
                    .ipc(ipc(biblio))
                    .totalClaims(total)
                    .independentClaims(independent)
                    .build();
        } catch (IllegalArgumentException e) {
            log.add(shown, null, index, "publication-reference", raw, Text.of("io.problem.inconsistentRow", e.getMessage()));
            return null;
        }
    }

    /** The first IPC as {@code G06Q 10/06}. */
    private static String ipc(Element biblio) {
        Element list = child(biblio, "classifications-ipcr");
        Element c = list == null ? null : child(list, "classification-ipcr");
        if (c == null) {
            return null;
        }
        return text(c, "section") + text(c, "class") + text(c, "subclass") + " " + text(c, "main-group") + "/"
                + text(c, "subgroup");
    }

    private static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        NodeList kids = parent.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element e && tag.equals(e.getTagName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList kids = parent.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element e && tag.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().strip().replaceAll("\\s+", " ");
    }
}
