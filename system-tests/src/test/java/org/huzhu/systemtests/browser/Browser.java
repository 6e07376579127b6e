package org.huzhu.systemtests.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: nothing is downloaded. Screenshots go to
 * {@code huzhu.screenshots}.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path userData;
    private final Path downloads;
    private final int width;

    /** A desktop window of 1366 × 900. */
    Browser(String base) throws IOException {
        this(base, 1366, 900);
    }

    /**
     * A browser whose pages are laid out for a screen of this size. Headless Chromium will not open a window narrower
     * than 500 px, so a phone's screen (390 × 844) is emulated as a touch device of that size.
     */
    Browser(String base, int width, int height) throws IOException {
        this.base = base;
        this.width = width;
        userData = Files.createTempDirectory("huzhu-chromium");
        downloads = Files.createTempDirectory("huzhu-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        options.setBinary(System.getProperty("huzhu.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=" + Math.max(width, 500) + "," + height, "--lang=zh-CN", "--user-data-dir=" + userData);
        if (width < 500) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true, "mobile", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("huzhu.chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    static boolean available() {
        return new File(System.getProperty("huzhu.chromium", "/usr/bin/chromium")).canExecute()
                && new File(System.getProperty("huzhu.chromedriver", "/usr/bin/chromedriver")).canExecute();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
        accessibility();
    }

    /**
     * Every page the browser tests see, by its path without the query and the screen it was seen on, and the WCAG 2.1 A
     * and AA violations axe-core found there, as "rule (impact): n elements, e.g. selector". Shared by all browsers of
     * the run; each page is checked once per screen size.
     */
    static final java.util.Map<String, List<String>> AUDITED = new java.util.concurrent.ConcurrentSkipListMap<>();

    private static String axe;

    /**
     * Runs axe-core (a test resource, see {@code axe/SOURCE.md}) on the page now shown, unless this page was checked at
     * this screen size before; records its violations in {@link #AUDITED}.
     */
    void accessibility() {
        String url = driver.getCurrentUrl();
        if (!url.startsWith(base)) {
            return;
        }
        String page = url.substring(base.length()).replaceAll("[?#;].*", "") + " «" + driver.getTitle() + "» @" + width + "px";
        if (AUDITED.containsKey(page)) {
            return;
        }
        try {
            if (axe == null) {
                try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                    axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
            if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
                js.executeScript(axe);
            }
            Object found = js.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
                        .then(function (r) { done(r.violations.map(function (v) {
                            return v.id + ' (' + v.impact + '): ' + v.nodes.length + ' elements, e.g. ' + v.nodes[0].target.join(' ');
                        })); })
                        .catch(function (e) { done(['axe failed (critical): ' + e]); });""");
            AUDITED.put(page, ((List<?>) found).stream().map(String::valueOf).toList());
        } catch (IOException | org.openqa.selenium.WebDriverException e) {
            AUDITED.put(page, List.of("axe could not run (critical): " + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The serious and critical violations recorded so far, by page. */
    static List<String> seriousViolations() {
        return AUDITED.entrySet().stream().flatMap(e -> e.getValue().stream()
                .filter(v -> v.contains("(serious)") || v.contains("(critical)")).map(v -> e.getKey() + ": " + v)).toList();
    }

    WebElement find(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * Types into the element with this id once it is present. Chromium now and then answers "Node with given id does not
     * belong to the document" (or a stale reference) when the page replaced the node between finding and typing; the
     * keys were not sent then, so the element is found again and the keys sent once more (at most five tries).
     */
    void type(String id, CharSequence... keys) {
        for (int attempt = 1; ; attempt++) {
            try {
                find(id).sendKeys(keys);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (attempt == 5 || String.valueOf(replaced.getMessage()).indexOf("does not belong to the document") < 0) {
                    throw replaced;
                }
            }
        }
    }

    /** The first element found, waiting up to 20 s for one. */
    WebElement first(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForText(String text) {
        waitFor("text " + text, d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    void waitForVisible(String id) {
        waitFor("visible " + id, d -> d.findElement(By.id(id)).isDisplayed());
    }

    void waitForPath(String path) {
        waitFor("path " + path, d -> d.getCurrentUrl().contains(path));
        waitFor("the page loaded", d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        accessibility();
    }

    void waitForPathWithout(String path) {
        waitFor("leaving " + path, d -> !d.getCurrentUrl().contains(path));
    }

    /** Waits up to 30 s; on timeout the failure names the page and its text, and a screenshot is kept. */
    private void waitFor(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            try {
                screenshot("timeout-" + System.currentTimeMillis());
            } catch (IOException ignored) {
                // the failure below says enough
            }
            throw new AssertionError("waited for " + what + " on " + driver.getCurrentUrl() + "; the page says:\n" + text(), timeout);
        }
    }

    /**
     * How far the page reaches beyond the right edge of the screen, in CSS pixels (0 when nothing is wider than the
     * screen), with the elements that stick out, for the failure message.
     */
    Overflow overflow() {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var root = document.documentElement, width = root.clientWidth, wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var box = e.getBoundingClientRect();
                    if (box.width > 0 && box.right > width + 1 && !e.closest('thead')) {
                        wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(box.right) + 'px');
                    }
                });
                return [root.scrollWidth - width, wide.slice(0, 8).join(', ')];""");
        List<?> values = (List<?>) answer;
        return new Overflow(((Number) values.get(0)).intValue(), String.valueOf(values.get(1)));
    }

    record Overflow(int pixels, String elements) {
    }

    /** Whether the element's right edge is within the screen, so it is seen without scrolling sideways. */
    boolean withinScreenWidth(WebElement element) {
        Object inside = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var box = arguments[0].getBoundingClientRect(); return box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth;",
                element);
        return Boolean.TRUE.equals(inside);
    }

    /** Waits until the page has its heading (every page has one) and the scripts of the page have run. */
    void waitForPage() {
        waitFor("a page", d -> !d.findElements(By.tagName("h1")).isEmpty()
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("huzhu.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every visible input, select and text area of the page carries a label. */
    List<String> inputsWithoutLabel() {
        for (int attempt = 0; ; attempt++) {
            try {
                return unlabelled();
            } catch (org.openqa.selenium.StaleElementReferenceException pageStillChanging) {
                if (attempt == 5) {
                    throw pageStillChanging;
                }
            }
        }
    }

    private List<String> unlabelled() {
        return driver.findElements(By.cssSelector("input, select, textarea")).stream()
                .filter(e -> e.isDisplayed() && !List.of("hidden", "submit", "button").contains(String.valueOf(e.getAttribute("type"))))
                .filter(e -> e.getAttribute("id") == null || e.getAttribute("id").isBlank()
                        || driver.findElements(By.cssSelector("label[for='" + e.getAttribute("id") + "']")).isEmpty())
                .filter(e -> e.getAttribute("aria-label") == null)
                .map(e -> e.getAttribute("id") + "/" + e.getAttribute("name"))
                .toList();
    }

    /**
     * Clicks the element and waits (up to 2 minutes: the file may be rendered on a loaded machine) for the file it
     * downloads, named with this ending ({@code .pdf}, {@code .xlsx}, {@code .csv}); answers its content once Chromium has
     * finished it: no partial download is left and its size held for two looks. Each call expects one new file.
     */
    byte[] download(String id, String ending) throws IOException {
        java.util.Set<String> before;
        try (var files = Files.list(downloads)) {
            before = files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
        find(id).click();
        Path[] done = {null};
        long[] size = {-1};
        try {
            new WebDriverWait(driver, Duration.ofMinutes(2), Duration.ofMillis(300)).until(d -> {
                try (var files = Files.list(downloads)) {
                    List<Path> all = files.toList();
                    if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                        return false;
                    }
                    Path file = all.stream().filter(f -> !before.contains(f.getFileName().toString()) && !f.getFileName().toString().startsWith(".")
                            && f.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
                    if (file == null) {
                        return false;
                    }
                    long now = Files.size(file);
                    boolean steady = now > 0 && file.equals(done[0]) && now == size[0];
                    done[0] = file;
                    size[0] = now;
                    return steady;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("no " + ending + " file was downloaded by " + id + " on " + driver.getCurrentUrl() + "; the page says:\n" + text(), timeout);
        }
        return Files.readAllBytes(done[0]);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(downloads)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
