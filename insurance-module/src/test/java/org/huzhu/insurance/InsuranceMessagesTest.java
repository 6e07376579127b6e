package org.huzhu.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The insurance bundles: every code has a title and a text in Chinese and English, and every pattern parses. */
class InsuranceMessagesTest {

    private static final Pattern CODE_IN_SOURCE = Pattern.compile(
            "\"((?:rules|eligibility|group|cover|premium|plan|ledger)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InsuranceMessagesTest.class.getResourceAsStream("/org/huzhu/insurance/i18n/" + name)) {
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
    void everyMessageCodeUsedInTheSourceIsInTheBundles() throws IOException {
        Properties chinese = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_IN_SOURCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                    if (!chinese.containsKey(matcher.group(1)) || !chinese.containsKey(matcher.group(1) + ".title")) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertTrue(found.size() > 60, "codes found in the source: " + found.size());
        assertEquals(Set.of(), missing);
    }
}
