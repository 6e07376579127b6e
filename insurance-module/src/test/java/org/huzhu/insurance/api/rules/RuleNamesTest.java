package org.huzhu.insurance.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;

class RuleNamesTest {

    @Test
    void benefitsAndDiseaseClassesHaveNamesInBothLanguages() throws IOException {
        assertEquals("住院医疗", RuleNames.benefit("INPATIENT", SupportedLocales.CHINESE));
        assertEquals("Inpatient care", RuleNames.benefit("INPATIENT", SupportedLocales.ENGLISH));
        assertEquals("恶性肿瘤", RuleNames.disease("MALIGNANT_TUMOUR", SupportedLocales.CHINESE));
        assertEquals(names("names.properties").stringPropertyNames(), names("names_en.properties").stringPropertyNames());
    }

    @Test
    void aCodeWithoutANameYetIsShownAsItIs() {
        assertEquals("NEW_BENEFIT_2030", RuleNames.benefit("NEW_BENEFIT_2030", SupportedLocales.CHINESE));
        assertEquals("", RuleNames.benefit("", SupportedLocales.CHINESE));
    }

    private static Properties names(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleNamesTest.class.getResourceAsStream("/org/huzhu/insurance/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
