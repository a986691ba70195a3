package dev.huiyi.tools.review;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver. Both are named by path, so Selenium Manager never
 * looks for (or downloads) a browser or a driver. Without them the browser tests are skipped with a message, so that
 * {@code mvn verify} still works on a machine with only Java and Maven; with {@code HUIYI_REQUIRE_BROWSER=1} (as
 * {@code .ci/run} sets it) their absence is a failure instead.
 */
final class Browser implements AutoCloseable {
    private static final long READY_WAIT_MS = 10_000;
    private static final long READY_POLL_MS = 50;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test (or fails it under HUIYI_REQUIRE_BROWSER=1) when Chromium or ChromeDriver is missing. */
    static void assumeInstalled() {
        if (isInstalled()) {
            return;
        }
        if (required()) {
            fail(MISSING);
        }
        Assumptions.abort(MISSING);
    }

    static final String MISSING = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver); skipped, or failed with HUIYI_REQUIRE_BROWSER=1";

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Whether a missing browser fails the tests instead of skipping them ({@code .ci/run} sets it). */
    static boolean required() {
        return "1".equals(System.getenv("HUIYI_REQUIRE_BROWSER"));
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("huiyi-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page from disk and waits until its script has run to the end (it marks the body ready). */
    void open(Path page) {
        driver.get(page.toUri().toString());
        awaitReady();
        Object ready = script("return document.body.getAttribute('data-ready');");
        if (!"true".equals(ready)) {
            throw new AssertionError("the page's script did not finish: " + page + "; console: " + consoleErrors());
        }
    }

    /**
     * Waits (up to {@link #READY_WAIT_MS}) until the page's script has marked the body ready: on a loaded machine
     * the driver may hand back a page whose parsing is not finished yet. A page that never gets ready fails the
     * caller's own assertion on data-ready.
     */
    void awaitReady() {
        long deadline = System.currentTimeMillis() + READY_WAIT_MS;
        while (System.currentTimeMillis() < deadline
                && !"true".equals(script("return document.body ? document.body.getAttribute('data-ready') : null;"))) {
            try {
                Thread.sleep(READY_POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * What the console got at level SEVERE since the last call: script errors, refused loads, policy violations.
     * Reading the log empties it, so each page is judged on its own messages.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
