package fr.deciderensemble.trophees.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/** Debian's headless Chromium, driven the way a user would: by labels' targets, keys and clicks. */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final RunningApplication app;

    Browser(RunningApplication app) throws IOException {
        this.app = app;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=fr-FR", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(app.url(path));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs are typed differently by each browser locale; the value is what a user picks. */
    void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    void attach(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** What the browser says when it refuses to send the form because of this field. */
    String validationMessage(String id) {
        return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].validationMessage;",
                driver.findElement(By.id(id)));
    }

    void choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    void chooseValue(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /**
     * Picks an entry of a menu of checkboxes (PrimeFaces' selectCheckboxMenu) as a keyboard user does: opens it,
     * types in its filter, ticks the entry with this text, closes it.
     */
    void pick(String id, String entry) {
        driver.findElement(By.id(id)).click();
        WebElement search = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_filter")));
        search.sendKeys(entry);
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.xpath("//*[@id='" + id + "_panel']//li[contains(., '" + entry + "')]")));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        search.sendKeys(Keys.ESCAPE);
    }

    /** Clicks a button that should leave the page as it is. */
    void clickExpectingNoChange(String id) {
        WebElement button = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /** Clicks a button that updates the part of the page it is in, and waits until that part is drawn again. */
    void clickInPlace(String id) {
        WebElement button = driver.findElement(By.id(id));
        // As a reader scrolls a button out from under the form's bar, which stays at the bottom of the window.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(button));
    }

    /** Cuts the browser's network, or gives it back, as a train going into a tunnel does. */
    void offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        driver.setNetworkConditions(conditions);
    }

    /**
     * Uploads at this many bytes a second, as from a village's line, or at full speed again with 0; pages load as
     * fast as ever. Chromium's own network emulation, through the DevTools protocol.
     */
    void limitUploads(int bytesPerSecond) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", bytesPerSecond > 0 ? bytesPerSecond : -1));
    }

    /** Waits until the file chooser of this id shows a progress bar, as it does while a file is on its way. */
    void awaitUploadProgress(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("[id='" + id + "'] .ui-fileupload-progress [role=progressbar]")));
    }

    /** Ticks a checkbox, which loads nothing. */
    void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Every button and link of the journey loads a new page: the next step waits for it. */
    void click(String id) {
        clickAndWait(driver.findElement(By.id(id)));
    }

    void clickLink(String text) {
        clickAndWait(driver.findElement(By.linkText(text)));
    }

    /** Clicks a button that asks first, and answers; the question's text is returned. */
    String clickAndAnswer(String id, boolean accept) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        Alert question = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        if (accept) {
            question.accept();
            waitForNextPage(leaving);
        } else {
            question.dismiss();
        }
        return text;
    }

    /** Presses Enter in a field, as one does at the end of a line. */
    void pressEnter(String id) {
        driver.findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    /** Waits until the element shows this text, as after a part of the page is updated in place. */
    void awaitText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getAttribute(name);
    }

    /** The id of the element that has the focus. */
    String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Waits until this element has the focus, as a widget that starts after the page may delay it; fails after 5 s. */
    void awaitFocus(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .withMessage(() -> "the focus is on '" + focused() + "', not on '" + id + "'")
                .until(ignored -> id.equals(focused()));
    }

    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    void login(String email, String password) {
        open("/connexion.xhtml");
        type("email", email);
        type("password", password);
        click("submit");
    }

    void logout() {
        click("logout");
    }

    /** Forgets the session, as the server does with a page left open for hours. */
    void endSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    /** Signs in again in a new tab, then comes back to this one, which stayed as it was. */
    void loginInAnotherTab(String email, String password) {
        String here = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        login(email, password);
        driver.close();
        driver.switchTo().window(here);
    }

    /** The window as a phone's, to see whether a page holds at that width. */
    void narrow(int width) {
        driver.manage().window().setSize(new Dimension(width, 844));
    }

    void widen() {
        driver.manage().window().setSize(new Dimension(1280, 1024));
    }

    /**
     * Fails when the page, on a phone 390 px wide, is wider than the screen; keeps its picture at both widths under
     * target/journey/screens, whole pages, for a person to look at after the run.
     */
    void assertHoldsOnAPhone(String name) throws IOException {
        Path screens = Files.createDirectories(Path.of("target", "journey", "screens"));
        Files.write(screens.resolve(name + "-1280.png"), wholePage());
        narrow(390);
        try {
            Files.write(screens.resolve(name + "-390.png"), wholePage());
            assertThat(scrollsSideways()).as(name + " holds on a phone, 390 px wide").isFalse();
        } finally {
            widen();
        }
    }

    private byte[] wholePage() {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Whether the page is wider than the window: a phone's user would have to scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    /**
     * How many requests of this kind ("fetch", "xmlhttprequest": jQuery's, PrimeFaces' Ajax) this page has sent
     * to an address containing this text, as the browser counts them.
     */
    long requestsTo(String addressPart, String kind) {
        return (Long) ((JavascriptExecutor) driver).executeScript("var part = arguments[0], kind = arguments[1];"
                + " return performance.getEntriesByType('resource').filter(function (entry) {"
                + " return entry.name.indexOf(part) >= 0 && entry.initiatorType === kind; }).length;",
                addressPart, kind);
    }

    /** A file the page links to, fetched with this browser's session, as its download link would. */
    byte[] download(String path) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Fails on any serious or critical accessibility violation of the current page, and on any script error. */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getHtml()).toList())
                .toList();
        assertThat(serious).as("axe-core violations on " + path()).isEmpty();
        // Scripts that failed, or that the page's policy refused, on this page or on those since the last check.
        List<String> scriptErrors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Uncaught") || message.contains("Content Security Policy"))
                .toList();
        assertThat(scriptErrors).as("script errors up to " + path()).isEmpty();
    }

    /**
     * Waits until the page the click left is gone and the next one has loaded: the old page is "complete" too,
     * so waiting on the ready state alone would let the next step act on the page being left.
     */
    private void clickAndWait(WebElement target) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        target.click();
        waitForNextPage(leaving);
    }

    private void waitForNextPage(WebElement leaving) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> isGone(leaving));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Chromium reports a node of a page being left as stale, or, mid-navigation, as foreign to the document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
