package vn.tthc.local.console;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * One person's headless Chromium on the staff console: sign in through Keycloak's login page, go to pages, fill and
 * submit forms, read what the page says, take screenshots. A fresh profile each time, so nobody's session leaks into
 * another's.
 */
final class ConsoleBrowser implements AutoCloseable {

    private final String console;
    private final Path screenshots;
    private final Path profile;
    private final WebDriver driver;
    private final WebDriverWait wait;

    ConsoleBrowser(String console, Path screenshots) throws IOException {
        this.console = console;
        this.screenshots = screenshots;
        this.profile = Files.createTempDirectory("tthc-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.browser().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.driver().orElseThrow().toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    /** Signs in as a demo user through the realm's login page, landing on the dashboard. */
    ConsoleBrowser signIn(String username, String password) {
        go("/tong-quan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        return this;
    }

    ConsoleBrowser go(String path) {
        driver.get(console + path);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String text;
            try {
                text = pageText();
            } catch (RuntimeException unreadable) {
                text = "(unreadable)";
            }
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + "; the page says:\n"
                    + text.substring(0, Math.min(3000, text.length())), e);
        }
    }

    WebElement id(String id) {
        return find(By.id(id));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String text(String id) {
        return id(id).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Clicks and waits for the page that the click loads (the old one goes stale). */
    ConsoleBrowser clickAndWait(By by) {
        WebElement element = find(by);
        WebElement html = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    ConsoleBrowser clickAndWait(String id) {
        return clickAndWait(By.id(id));
    }

    /** Replaces the value of the input or textarea named {@code name}. */
    ConsoleBrowser type(String name, String value) {
        WebElement input = find(By.name(name));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    ConsoleBrowser select(String name, String value) {
        new Select(find(By.name(name))).selectByValue(value);
        return this;
    }

    /** The message the page shows next to the input named {@code name} (its aria-describedby error). */
    String errorOf(String name) {
        WebElement input = find(By.name(name));
        String describedBy = input.getAttribute("aria-describedby");
        if (!"true".equals(input.getAttribute("aria-invalid")) || describedBy == null) {
            return "";
        }
        return driver.findElement(By.id(describedBy)).getText();
    }

    /** The HTTP status the browser gets for a same-origin GET (downloads), through fetch with the session cookie. */
    long statusOf(String path) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status)).catch(e => done(-1));", path);
        return ((Number) status).longValue();
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Saves a PNG of the page, at the page's full height, as {@code <name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            Dimension size = driver.manage().window().getSize();
            int full = Math.min(6000, Math.max(size.getHeight(), ((Number) height).intValue() + 120));
            driver.manage().window().setSize(new Dimension(size.getWidth(), full));
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind
            }
        }
    }
}
