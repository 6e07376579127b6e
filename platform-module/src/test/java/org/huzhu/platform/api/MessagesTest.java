package org.huzhu.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseIsTheDefaultWhateverTheServerLocale() {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("请求的资源不存在。", Messages.get(PlatformMessages.BUNDLE, "problem.notFound", null));
            assertEquals("请求的资源不存在。", Messages.get(PlatformMessages.BUNDLE, "problem.notFound", Locale.GERMAN));
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void englishIsServedToEnglishReaders() {
        assertEquals("The requested resource does not exist.", Messages.get(PlatformMessages.BUNDLE, "problem.notFound", Locale.UK));
    }

    @Test
    void argumentsAreFormatted() {
        assertEquals("请求未能完成（HTTP 418）。", Messages.get(PlatformMessages.BUNDLE, "problem.http", Locale.CHINA, 418));
    }

    @Test
    void everyChineseMessageHasAnEnglishTwinAndBack() {
        var chinese = java.util.ResourceBundle.getBundle(PlatformMessages.BUNDLE, Locale.ROOT);
        var english = java.util.ResourceBundle.getBundle(PlatformMessages.BUNDLE, Locale.ENGLISH);
        assertEquals(chinese.keySet(), english.keySet());
    }

    @Test
    void acceptLanguageChoosesTheFirstSupportedLanguage() {
        assertEquals(SupportedLocales.ENGLISH, SupportedLocales.firstSupported(List.of(Locale.FRENCH, Locale.US, Locale.CHINA)));
        assertEquals(SupportedLocales.CHINESE, SupportedLocales.firstSupported(List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)));
        assertEquals(SupportedLocales.CHINESE, SupportedLocales.firstSupported(List.of()));
    }

    @Test
    void anH2DatabaseMeansEvaluationMode() {
        assertEquals(RuntimeMode.EVALUATION, RuntimeMode.forDatabaseProduct("H2"));
        assertEquals(RuntimeMode.PRODUCTION, RuntimeMode.forDatabaseProduct("PostgreSQL"));
    }
}
