package io.pledgebench.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Like JabRef's {@code LocalizationConsistencyTest}: every {@code ui.} key the code uses exists in both bundles,
 * both bundles hold the same keys, and no key is unused. Keys built at run time ({@code "ui.type." + code}) are
 * allowed only under the prefixes listed here, each with what completes it.
 */
class LocalizationConsistencyTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path FXML = Path.of("src/main/resources/io/pledgebench/ui");
    private static final Path EN = Path.of("src/main/resources/i18n/ui_en.properties");
    private static final Path ZH = Path.of("src/main/resources/i18n/ui_zh_CN.properties");

    /** A literal "ui.…" in Java, or %ui.… in FXML; a literal ending with '.' is a prefix a key is built from. */
    private static final Pattern KEY = Pattern.compile("[\"%](ui\\.[A-Za-z0-9_.\\-]*)");

    /** The prefixes of keys built at run time, each with the values that complete it. */
    private static final Map<String, Set<String>> BUILT_AT_RUN_TIME = Map.ofEntries(
            Map.entry("ui.legalStatus.", codes(io.pledgebench.domain.LegalStatus.values())),
            Map.entry("ui.type.", codes(io.pledgebench.domain.PatentType.values())),
            Map.entry("ui.events.kind.", names(io.pledgebench.domain.LegalEvent.Kind.values())),
            Map.entry("ui.detail.outcome.", Set.of("pass", "warning", "fail")),
            Map.entry("ui.assessment.input.", names(AssessmentViewModel.Input.values())),
            Map.entry("ui.valuation.input.", names(ValuationViewModel.Input.values())),
            Map.entry("ui.comparables.", names(ComparablesViewModel.Field.values())),
            Map.entry("ui.history.role.", Set.of("maker", "checker")),
            // the workbench's wording of an engine sentence written for the command line (I18n.render)
            Map.entry("ui.gui.", Set.of("io.note.columnNotUsed", "io.note.columnNotUsedSuggestion")),
            Map.entry("ui.loanRisk.pdSource.", Set.of("officer", "enterprise", "scorecard")),
            Map.entry("ui.capacity.limitedBy.", Set.of("requested", "collateral", "debtService", "policyCap", "policyTerm")),
            // optional: a rule the report names has its name there (I18n.ruleName)
            Map.entry("ui.rule.", Set.of("alreadyPledged", "expiryBeforeMaturity", "annualFeeDue", "ownership",
                    "pendingInvalidation", "granted", "encumbrance")));

    /** Literals starting with "ui." that are no key and build none (a check of a key's form). */
    private static final Set<String> NOT_A_PREFIX = Set.of("ui.");

    private static Set<String> codes(Enum<?>[] values) {
        Set<String> out = new TreeSet<>();
        for (Enum<?> v : values) {
            try {
                out.add((String) v.getClass().getMethod("code").invoke(v));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> out = new TreeSet<>();
        for (Enum<?> v : values) {
            out.add(v.name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static Properties bundle(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Each literal key or prefix the sources hold, with the first file it appears in. */
    private static Map<String, String> literals() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> java = Files.walk(JAVA); Stream<Path> fxml = Files.walk(FXML)) {
            for (Path f : Stream.concat(java.filter(p -> p.toString().endsWith(".java")),
                    fxml.filter(p -> p.toString().endsWith(".fxml"))).toList()) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.putIfAbsent(m.group(1), f.getFileName().toString());
                }
            }
        }
        return out;
    }

    @Test
    void bothBundlesHoldTheSameKeysWithText() throws IOException {
        Properties en = bundle(EN);
        Properties zh = bundle(ZH);
        assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys of ui_zh_CN against ui_en")
                .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("ui."));
        assertThat(en.stringPropertyNames()).as("keys without text").allMatch(k -> !en.getProperty(k).isBlank()
                && !zh.getProperty(k).isBlank());
    }

    /** The workbench speaks the officer's language: no command-line option ("--db") in any screen's text. */
    @Test
    void noWorkbenchTextNamesACommandLineOption() throws IOException {
        Pattern option = Pattern.compile("(^|[\\s(（“\"'])--[a-z]");
        for (Path file : List.of(EN, ZH)) {
            Properties p = bundle(file);
            assertThat(p.stringPropertyNames()).as("%s: texts naming a command-line option", file)
                    .filteredOn(k -> option.matcher(p.getProperty(k)).find()).isEmpty();
        }
    }

    @Test
    void everyKeyUsedExistsInBothBundles() throws IOException {
        Properties en = bundle(EN);
        Properties zh = bundle(ZH);
        Set<String> missing = new TreeSet<>();
        literals().forEach((key, file) -> {
            if (!key.endsWith(".") && !NOT_A_PREFIX.contains(key)
                    && (!en.containsKey(key) || !zh.containsKey(key))) {
                missing.add(key + " (" + file + ")");
            }
        });
        assertThat(missing).as("keys used in the code but missing from a bundle").isEmpty();
    }

    @Test
    void keysBuiltAtRunTimeAreListedAndEveryCompletionExists() throws IOException {
        Properties en = bundle(EN);
        Set<String> unlisted = new TreeSet<>();
        literals().forEach((key, file) -> {
            if (key.endsWith(".") && !NOT_A_PREFIX.contains(key) && !BUILT_AT_RUN_TIME.containsKey(key)) {
                unlisted.add(key + " (" + file + ")");
            }
        });
        assertThat(unlisted).as("prefixes keys are built from at run time, not listed in BUILT_AT_RUN_TIME").isEmpty();
        Set<String> missing = new TreeSet<>();
        BUILT_AT_RUN_TIME.forEach((prefix, completions) -> completions.stream().map(c -> prefix + c)
                .filter(k -> !en.containsKey(k)).forEach(missing::add));
        assertThat(missing).as("run-time keys without text").isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = literals().keySet();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle(EN).stringPropertyNames()) {
            boolean built = BUILT_AT_RUN_TIME.entrySet().stream().anyMatch(e -> key.startsWith(e.getKey())
                    && e.getValue().contains(key.substring(e.getKey().length())));
            if (!used.contains(key) && !built) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }
}
