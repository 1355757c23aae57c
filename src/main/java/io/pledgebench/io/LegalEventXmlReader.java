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
import java.util.function.Predicate;
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

    /** Files above this size are streamed (one family member or conveyance at a time) instead of parsed whole. */
    static final long STREAM_ABOVE = 16L * 1024 * 1024;
    /**
     * The most characters (text, attribute values, 64 per element) one EPO family member or one USPTO conveyance may
     * hold when streamed: a real member is well below 1 MB, so a larger one is refused rather than built in memory.
     */
    static final long MAX_RECORD_CHARS = 8L * 1024 * 1024;
    /**
     * The most distinct legal events one import keeps for merging (events for patents not stored are counted, not
     * kept, and repeated events are kept once), so memory is bounded by this and by the stored patents, never by the
     * size of the file.
     */
    static final int MAX_EVENTS_KEPT = 200_000;
    /** How many numbers of patents that are not stored the notice lists (the count is always given). */
    static final int NOT_STORED_LISTED = 20;
    /** Keeps every event: for callers without a database (tests, previews). */
    static final Predicate<String> ALL = number -> true;

    static ImportResult read(Path file, String shown, ProblemLog log) throws IOException {
        return read(file, shown, log, ALL);
    }

    /**
     * Reads {@code file}; events are kept only for the canonical patent numbers {@code wanted} accepts (the patents
     * stored in the database), the others are counted and named in a notice.
     */
    static ImportResult read(Path file, String shown, ProblemLog log, Predicate<String> wanted) throws IOException {
        return Files.size(file) > STREAM_ABOVE ? readStreaming(file, shown, log, wanted) : readWhole(file, shown, log, wanted);
    }

    static ImportResult readStreaming(Path file, String shown, ProblemLog log) throws IOException {
        return readStreaming(file, shown, log, ALL);
    }

    /**
     * Reads with SAX, building a small DOM for each EPO family member or USPTO conveyance as it ends and reading it like
     * the whole-document reader does; problems found before the XML turns out malformed are dropped with the events, as
     * the whole-document reader never sees them. Memory holds one member, the events kept and the parser's buffers,
     * whatever the size of the file.
     */
    static ImportResult readStreaming(Path file, String shown, ProblemLog log, Predicate<String> wanted) throws IOException {
        Kept kept = new Kept(wanted, shown);
        ProblemLog found = new ProblemLog();
        SubtreeHandler h = new SubtreeHandler(shown, kept, found);
        try (InputStream in = new MarkupRuns(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            SecureXml.saxParser().parse(in, h);
        } catch (MarkupRuns.TooLong stop) {
            log.add(shown, null, null, null, null, Text.of("io.problem.xmlRunTooLong", shown, String.valueOf(stop.line),
                    String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS / (1024 * 1024))));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        } catch (UnknownRoot stop) {
            log.add(shown, null, null, null, null, Text.of("io.problem.xmlUnknown", shown, stop.getMessage()));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        } catch (Refused stop) {
            log.add(shown, null, null, null, null, stop.reason);
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        } catch (SAXException e) {
            log.add(shown, null, null, null, null, malformed(e, shown));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        if (h.kind == null || h.kind.equals("response") && !h.sawResult) {
            log.add(shown, null, null, null, null, Text.of("io.problem.xmlUnknown", shown, h.rootName));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        found.problems().forEach(log::add);
        found.notes().forEach(log::note);
        return finish(kept, h.read, shown, log);
    }

    /**
     * Why the parser stopped, naming the line and column where it knows them: a DTD (refused, so no entity is ever
     * declared or expanded), nesting deeper than {@link SecureXml}'s limit, or XML that is not well-formed.
     */
    static Text malformed(SAXException e, String shown) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0) {
            String line = String.valueOf(p.getLineNumber());
            String column = String.valueOf(Math.max(p.getColumnNumber(), 1));
            if (m.contains("DOCTYPE")) {
                return Text.of("io.problem.xmlDoctypeAt", shown, line, column);
            }
            if (m.contains("JAXP00082001") || m.contains("maxElementDepth")) {
                return Text.of("io.problem.xmlTooDeep", shown, line, column, String.valueOf(SecureXml.MAX_DEPTH));
            }
            return Text.of("io.problem.xmlMalformedAt", shown, line, column, m);
        }
        return m.contains("DOCTYPE") ? Text.of("io.problem.xmlDoctype", shown) : Text.of("io.problem.xmlMalformed", shown, m);
    }

    /**
     * The file's bytes as they are, refusing a run of more than {@link #MAX_RECORD_CHARS} bytes without a '<': XML allows
     * no '<' inside a tag or an attribute value, so such a run is one tag (which the parser would hold whole, however
     * long) or one text, and a register response has neither of that size.
     */
    static final class MarkupRuns extends java.io.FilterInputStream {
        private long run;
        private long line = 1;

        MarkupRuns(InputStream in) {
            super(in);
        }

        /** Thrown through the parser, which passes a stream's I/O failure on as it is. */
        static final class TooLong extends IOException {
            private static final long serialVersionUID = 1L;
            final long line;

            TooLong(long line) {
                super("a tag or text of more than " + MAX_RECORD_CHARS + " bytes from line " + line);
                this.line = line;
            }
        }

        private void see(byte[] b, int off, int n) throws TooLong {
            for (int i = off; i < off + n; i++) {
                if (b[i] == '<') {
                    run = 0;
                } else {
                    if (b[i] == '\n') {
                        line++;
                    }
                    if (++run > MAX_RECORD_CHARS) {
                        throw new TooLong(line);
                    }
                }
            }
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see(new byte[] {(byte) c}, 0, 1);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                see(b, off, n);
            }
            return n;
        }
    }

    /** Stops parsing at a root element this reader does not know. */
    private static final class UnknownRoot extends SAXException {
        private static final long serialVersionUID = 1L;

        UnknownRoot(String root) {
            super(root);
        }
    }

    /** Stops parsing at a bound: a record too large to build, or more events than one import keeps. */
    private static final class Refused extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient Text reason;

        Refused(Text reason) {
            super(reason.english());
            this.reason = reason;
        }
    }

    /**
     * The events kept for merging, each once, for the patents the caller wants; events for other patents are counted
     * and a few of their numbers remembered for the notice.
     */
    static final class Kept {
        private final Predicate<String> wanted;
        private final String shown;
        private final int limit;
        private final Map<String, java.util.LinkedHashSet<LegalEvent>> events = new LinkedHashMap<>();
        private final java.util.TreeSet<String> notStored = new java.util.TreeSet<>();
        private long notStoredEvents;
        private boolean moreNotStored;
        private int kept;

        Kept(Predicate<String> wanted, String shown) {
            this(wanted, shown, MAX_EVENTS_KEPT);
        }

        Kept(Predicate<String> wanted, String shown, int limit) {
            this.wanted = wanted;
            this.shown = shown;
            this.limit = limit;
        }

        /** Adds {@code e} for {@code number}; false when that makes more events than the import keeps. */
        boolean add(String number, LegalEvent e) {
            java.util.LinkedHashSet<LegalEvent> forNumber = events.get(number);
            if (forNumber == null) {
                if (!wanted.test(number)) {
                    notStoredEvents++;
                    if (notStored.size() < NOT_STORED_LISTED || notStored.contains(number)) {
                        notStored.add(number);
                    } else {
                        moreNotStored = true;
                    }
                    return true;
                }
                forNumber = new java.util.LinkedHashSet<>();
                events.put(number, forNumber);
            }
            if (forNumber.add(e) && ++kept > limit) {
                return false;
            }
            return true;
        }

        Text tooMany() {
            return Text.of("io.problem.tooManyEvents", shown, String.format(Locale.ROOT, "%,d", limit));
        }

        Map<String, List<LegalEvent>> events() {
            Map<String, List<LegalEvent>> out = new LinkedHashMap<>();
            events.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return out;
        }
    }

    /** Builds the subtree of each family member (EPO) or result document (USPTO) and reads it when it ends. */
    private static final class SubtreeHandler extends org.xml.sax.helpers.DefaultHandler {
        private final String shown;
        private final Kept kept;
        private final ProblemLog log;
        private final javax.xml.parsers.DocumentBuilder builder;
        private final java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<Element> open = new java.util.ArrayDeque<>();
        private org.xml.sax.Locator locator;
        private Document doc;
        private long recordChars;
        private int recordLine;
        String kind;
        String rootName;
        boolean sawResult;
        int read;
        private int index;

        SubtreeHandler(String shown, Kept kept, ProblemLog log) {
            this.shown = shown;
            this.kept = kept;
            this.log = log;
            try {
                this.builder = SecureXml.factory().newDocumentBuilder();
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
        }

        private void grow(long chars) throws Refused {
            recordChars += chars;
            if (recordChars > MAX_RECORD_CHARS) {
                throw new Refused(Text.of("io.problem.xmlRecordTooLarge", shown, String.valueOf(index + 1),
                        String.valueOf(recordLine), locator == null ? "?" : String.valueOf(locator.getLineNumber()),
                        String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS / (1024 * 1024))));
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes a) throws SAXException {
            if (rootName == null) {
                rootName = qName;
                if (OPS_NS.equals(uri) && "world-patent-data".equals(localName)) {
                    kind = "epo";
                } else if ("response".equals(qName)) {
                    kind = "response";
                } else {
                    throw new UnknownRoot(qName);
                }
            }
            if (doc == null) {
                boolean member = "epo".equals(kind) && OPS_NS.equals(uri) && "family-member".equals(localName);
                boolean result = "response".equals(kind) && path.size() == 2 && "doc".equals(qName)
                        && "result".equals(path.peek());
                if ("response".equals(kind) && path.size() == 1 && "result".equals(qName)) {
                    sawResult = true;
                }
                if (!member && !result) {
                    path.push(qName);
                    return;
                }
                doc = builder.newDocument();
                recordChars = 0;
                recordLine = locator == null ? 0 : locator.getLineNumber();
            }
            grow(64);
            Element e = uri == null || uri.isEmpty() ? doc.createElement(qName) : doc.createElementNS(uri, qName);
            for (int i = 0; i < a.getLength(); i++) {
                String an = a.getQName(i);
                if (an.startsWith("xmlns")) {
                    continue;
                }
                grow(a.getValue(i).length());
                String au = a.getURI(i);
                if (au == null || au.isEmpty()) {
                    e.setAttribute(an, a.getValue(i));
                } else {
                    e.setAttributeNS(au, an, a.getValue(i));
                }
            }
            if (open.isEmpty()) {
                doc.appendChild(e);
            } else {
                open.peek().appendChild(e);
            }
            open.push(e);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!open.isEmpty()) {
                grow(length);
                open.peek().appendChild(doc.createTextNode(new String(ch, start, length)));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (open.isEmpty()) {
                if (!path.isEmpty()) {
                    path.pop();
                }
                return;
            }
            Element done = open.pop();
            if (!open.isEmpty()) {
                return;
            }
            index++;
            boolean room;
            if ("epo".equals(kind)) {
                int[] n = {0};
                room = epoMember(done, index, shown, kept, log, n);
                read += n[0];
            } else {
                room = usptoDoc(done, index, shown, kept, log);
                read++;
            }
            doc = null;
            if (!room) {
                throw new Refused(kept.tooMany());
            }
        }
    }

    private static ImportResult readWhole(Path file, String shown, ProblemLog log, Predicate<String> wanted) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = SecureXml.parse(in);
        } catch (SAXException e) {
            log.add(shown, null, null, null, null, malformed(e, shown));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        Element root = doc.getDocumentElement();
        Kept kept = new Kept(wanted, shown);
        ProblemLog found = new ProblemLog();
        int[] read = {0};
        boolean room;
        if (OPS_NS.equals(root.getNamespaceURI()) && "world-patent-data".equals(root.getLocalName())) {
            room = readEpo(root, shown, kept, found, read);
        } else if ("response".equals(root.getTagName()) && !children(root, "result").isEmpty()) {
            room = readUsptoAssignments(root, shown, kept, found, read);
        } else {
            log.add(shown, null, null, null, null, Text.of("io.problem.xmlUnknown", shown, root.getTagName()));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        if (!room) {
            // as when streaming: the refusal is the answer, whatever else was found before it
            log.add(shown, null, null, null, null, kept.tooMany());
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        found.problems().forEach(log::add);
        found.notes().forEach(log::note);
        return finish(kept, read[0], shown, log);
    }

    private static ImportResult finish(Kept kept, int read, String shown, ProblemLog log) {
        Map<String, List<LegalEvent>> events = kept.events();
        if (kept.notStoredEvents > 0) {
            log.note(shown, null, Text.of("io.note.eventsNotStored", String.format(Locale.ROOT, "%,d", kept.notStoredEvents),
                    String.join(", ", kept.notStored) + (kept.moreNotStored ? ", …" : "")));
        }
        if (events.isEmpty() && kept.notStoredEvents == 0 && log.problems().isEmpty()) {
            log.add(shown, null, null, null, null, Text.of("hardening.events.none", shown));
        }
        if (events.isEmpty() && !log.problems().isEmpty()) {
            return new ImportResult(null, null, log.problems(), read, log.notes());
        }
        return new ImportResult(null, events, log.problems(), read, log.notes());
    }

    private static boolean readEpo(Element root, String shown, Kept kept, ProblemLog log, int[] read) {
        NodeList members = root.getElementsByTagNameNS(OPS_NS, "family-member");
        for (int i = 0; i < members.getLength(); i++) {
            if (!epoMember((Element) members.item(i), i + 1, shown, kept, log, read)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The events of one family member (the {@code index}-th of the file), added to {@code read[0]} as they are read;
     * false when the import keeps as many events as it may.
     */
    private static boolean epoMember(Element member, int index, String shown, Kept kept, ProblemLog log, int[] read) {
        String number = docdbNumber(member);
        NodeList legal = member.getElementsByTagNameNS(OPS_NS, "legal");
        if (number == null) {
            if (legal.getLength() > 0) {
                log.add(shown, null, index, "publication-reference", null, Text.of("io.problem.xmlNoNumber"));
            }
            return true;
        }
        PatentNumber pn;
        try {
            pn = PatentNumber.parse(number);
        } catch (IllegalArgumentException e) {
            log.add(shown, null, index, "publication-reference", number, Text.of("io.problem.badPatentNumber", number, e.getMessage()));
            return true;
        }
        String source = EPO_SOURCE + ", " + shown;
        for (int k = 0; k < legal.getLength(); k++) {
            read[0]++;
            Element event = (Element) legal.item(k);
            if (!kept.add(pn.canonical(), epoEvent(event, source))) {
                return false;
            }
            unknownDesignatedStates(event, index, pn.canonical(), shown, log);
        }
        return true;
    }

    /**
     * Notes each code of a designation ({@code AK}, {@code L507EP}) that is no contracting state of the European Patent
     * Convention, with its place (file, family member, patent, field, value): left out, never taken as a state.
     */
    private static void unknownDesignatedStates(Element e, int index, String number, String shown, ProblemLog log) {
        for (String code : designatedCodes(e)) {
            if (!io.pledgebench.domain.StateFates.EPC_STATES.contains(code)) {
                log.note(shown, null, Text.of("io.note.designationUnknownState", String.valueOf(index), number,
                        code));
            }
        }
    }

    /** The codes of a designation event's designated-states field (L507EP), as written; empty for any other event. */
    private static List<String> designatedCodes(Element e) {
        if (!"AK".equals(e.getAttribute("code").strip())) {
            return List.of();
        }
        String listed = text(e, OPS_NS, "L507EP");
        return listed.isEmpty() ? List.of() : List.of(listed.split("[\\s,;]+"));
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

    private static LegalEvent epoEvent(Element e, String source) {
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
        List<String> designated = designatedCodes(e).stream()
                .filter(io.pledgebench.domain.StateFates.EPC_STATES::contains).distinct().toList();
        if (!designated.isEmpty()) {
            // the designated contracting states, kept in the description where StateFates reads them back
            d.append(" — ").append(io.pledgebench.domain.StateFates.describeDesignation(designated));
            return new LegalEvent(date, LegalEvent.Kind.DESIGNATION, code, country, d.toString(), source);
        }
        LegalEvent.Kind kind = classify(code, desc + " " + regText + " " + free, !spc.isEmpty());
        return new LegalEvent(date, kind, code, country, d.toString(), source);
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

    private static boolean readUsptoAssignments(Element root, String shown, Kept kept, ProblemLog log, int[] read) {
        for (Element result : children(root, "result")) {
            for (Element doc : children(result, "doc")) {
                read[0]++;
                if (!usptoDoc(doc, read[0], shown, kept, log)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The events of one recorded conveyance (the {@code index}-th document of the file); false when the import keeps
     * as many events as it may.
     */
    private static boolean usptoDoc(Element doc, int index, String shown, Kept kept, ProblemLog log) {
        Map<String, List<String>> f = solrFields(doc);
        String conveyance = one(f, "conveyanceText");
        LocalDate recorded = firstDate(one(f, "recordedDate"));
        String reelFrame = one(f, "displayId");
        String assignee = String.join("; ", f.getOrDefault("patAssigneeName", List.of()));
        String assignor = String.join("; ", f.getOrDefault("patAssignorName", List.of()));
        if (recorded == null || conveyance.isEmpty()) {
            log.add(shown, null, index, "recordedDate", one(f, "recordedDate"), Text.of("io.problem.assignmentIncomplete", reelFrame));
            return true;
        }
        LegalEvent.Kind kind = classify("", conveyance, false);
        if (kind == LegalEvent.Kind.OTHER) {
            kind = LegalEvent.Kind.ASSIGNMENT;
        }
        String description = conveyance + " — assignor: " + assignor + "; assignee: " + assignee
                + "; reel/frame " + reelFrame;
        String source = USPTO_ASSIGNMENT_SOURCE + ", " + shown;
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
            if (!kept.add(pn.canonical(), new LegalEvent(recorded, kind, "ASSIGNMENT", "US", description, source))) {
                return false;
            }
        }
        return true;
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
