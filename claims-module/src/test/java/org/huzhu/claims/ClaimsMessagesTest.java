package org.huzhu.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;

/**
 * The claims bundles: every key has a title and a text in Chinese and English, every pattern parses without
 * bare apostrophes, and every reason code, variant and step the code uses has its entries.
 */
class ClaimsMessagesTest {

    private static final Pattern VARIANT_IN_SOURCE = Pattern.compile("ReasonCode\\.([A-Z_]+),\\s*\"([A-Za-z]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ClaimsMessagesTest.class.getResourceAsStream("/org/huzhu/claims/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeysEachWithATitle() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        assertEquals(chinese.stringPropertyNames(), english.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            String code = key.endsWith(".title") ? key.substring(0, key.length() - ".title".length()) : key;
            assertTrue(chinese.containsKey(code) && chinese.containsKey(code + ".title"), "code and title for " + code);
        }
    }

    @Test
    void everyPatternIsValidMessageFormatWithoutBareApostrophes() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                new MessageFormat(pattern, Locale.ENGLISH);
                assertFalse(pattern.replace("''", "").contains("'"), name + " " + key + " has a bare apostrophe");
            }
        }
    }

    @Test
    void everyReasonCodeVariantAndStepHasItsText() throws IOException {
        Properties chinese = bundle("messages.properties");
        Set<String> keys = new TreeSet<>();
        for (ReasonCode code : ReasonCode.values()) {
            keys.add(code.name());
        }
        for (Step step : Step.values()) {
            keys.add("line." + step.name());
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = VARIANT_IN_SOURCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1) + "." + matcher.group(2));
                }
            }
        }
        assertTrue(keys.size() > ReasonCode.values().length + Step.values().length, "variants found: " + keys);
        Set<String> missing = new TreeSet<>();
        keys.stream().filter(key -> !chinese.containsKey(key) || !chinese.containsKey(key + ".title")).forEach(missing::add);
        assertEquals(Set.of(), missing);
    }

    @Test
    void reasonsAndLinesRenderInBothLanguages() {
        AssessmentReason waiting = AssessmentReason.of(ReasonCode.WAITING_PERIOD, LocalDate.of(2001, 3, 31),
                LocalDate.of(2001, 4, 1), 3);
        assertEquals("The date of the claim, 2001-03-31, falls in the waiting period of 3 month(s); benefits are paid from 2001-04-01.",
                waiting.text(SupportedLocales.ENGLISH));
        assertEquals("出险日 2001-03-31 在 3 个月的等待期内，自 2001-04-01 起方可给付。", waiting.text(SupportedLocales.CHINESE));
        assertEquals("Waiting period", waiting.title(SupportedLocales.ENGLISH));

        AssessmentLine band = new AssessmentLine("INPATIENT", Step.BAND, "1000.00-10000.00",
                new BigDecimal("2000.00"), Optional.of(new BigDecimal("0.50")),
                new BigDecimal("1000.000"), Optional.empty(), Optional.empty());
        assertEquals("Inpatient care: 2,000.00 yuan from 1,000 to 10,000 yuan at 50% = 1,000.00 yuan.",
                band.text(SupportedLocales.ENGLISH));
        assertEquals("住院医疗：1,000 至 10,000 元部分 2,000.00 元 × 50% = 1,000.00 元。",
                band.text(SupportedLocales.CHINESE));

        AssessmentLine noDeathBenefit = new AssessmentLine("", Step.NOT_PAID, "DEATH", BigDecimal.ZERO, Optional.empty(), BigDecimal.ZERO,
                Optional.empty(), Optional.of(AssessmentReason.of(ReasonCode.NOT_COVERED, "category", "DEATH")));
        assertEquals("本计划版本不保障 身故 类申请。", noDeathBenefit.text(SupportedLocales.CHINESE));
        assertEquals("The plan version does not cover death claims.", noDeathBenefit.text(SupportedLocales.ENGLISH));
    }
}
