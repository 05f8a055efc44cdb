package org.kamgraph.api.web;

import org.kamgraph.api.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app end to end in a real browser: Selenium drives a headless Chromium (the {@code chromium} and
 * {@code chromedriver} on PATH; never downloaded) against the app with the demo market at a small scale. Skipped when
 * either program is missing. Screenshots go to {@code target/e2e-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kam.demo.load=true", "kam.demo.scale=0.05", "kam.demo.seed=7", "kam.embedded.page-cache=64m"})
class WebAppE2ETest {
    private static final Path SHOTS = Path.of("target", "e2e-screenshots");
    private static WebDriver driver;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(Path.of("target"));
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kam-e2e-data");
        registry.add("kam.embedded.data-dir", dir::toString);
    }

    /**
     * An executable on PATH (or at one of the usual places), if any; the system property {@code kam.e2e.<first name>}
     * (kam.e2e.chromium, kam.e2e.chromedriver) names another one, or "none" to skip these tests.
     */
    static Optional<String> executable(String... names) {
        String given = System.getProperty("kam.e2e." + names[0]);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p.toString()) : Optional.empty();
        }
        Stream<Path> dirs = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of),
                Stream.of(Path.of("/usr/bin"), Path.of("/usr/lib/chromium"), Path.of("/snap/bin")));
        List<Path> all = dirs.toList();
        for (String name : names) {
            for (Path d : all) {
                Path p = d.resolve(name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    @BeforeAll
    static void browser() throws IOException {
        Optional<String> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<String> chromedriver = executable("chromedriver");
        require(chromium.isPresent(), "chromium is not installed (set kam.e2e.chromium to its path)");
        require(chromedriver.isPresent(), "chromedriver is not installed (set kam.e2e.chromedriver to its path)");
        // Both programs are given explicitly, so Selenium Manager never looks anything up or downloads anything.
        System.setProperty("webdriver.chrome.driver", chromedriver.get());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.get())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--disable-gpu", "--no-first-run", "--disable-extensions");
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            require(false, "could not start chromium through chromedriver (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    /** Skips the whole class (before Spring starts) with the reason on the console, where CI logs show it. */
    private static void require(boolean ok, String why) {
        if (!ok) System.err.println("WebAppE2ETest skipped: " + why);
        assumeTrue(ok, why);
    }

    @AfterAll
    static void quit() {
        if (driver != null) driver.quit();
        driver = null;
    }

    // ---- helpers ----

    private String url(String route) {
        return "http://127.0.0.1:" + port + "/" + route;
    }

    private String gql(String query) throws Exception {
        String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Http.ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("\"errors\"");
        return r.body();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Opens a route and waits until the page is there (no loading placeholder in main, an h1). */
    private void open(String route) {
        driver.get(url(route));
        signInIfAsked();
        pageReady();
    }

    /** The app asks for an API token in each new browser session: type the test's admin token into its form. */
    private void signInIfAsked() {
        waiting().until(d -> !d.findElements(By.id("signin-token")).isEmpty() || !d.findElements(By.cssSelector("main h1")).isEmpty()
                && d.findElements(By.cssSelector("main > .loading")).isEmpty());
        if (!driver.findElements(By.id("signin-token")).isEmpty()) {
            driver.findElement(By.id("signin-token")).sendKeys(Http.ADMIN_TOKEN);
            driver.findElement(By.id("signin-submit")).click();
            waiting().until(d -> d.findElements(By.id("signin-token")).isEmpty());
            waiting().until(d -> d.findElement(By.id("whoami")).getText().contains("ADMIN"));
        }
    }

    private void pageReady() {
        waiting().until(d -> d.findElements(By.cssSelector("main > .loading")).isEmpty() && !d.findElements(By.cssSelector("main h1")).isEmpty());
    }

    private void noErrors() {
        assertThat(driver.findElements(By.cssSelector("main .error"))).as("error boxes on %s", driver.getCurrentUrl())
                .allSatisfy(e -> assertThat(e.getText()).isEmpty());
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String firstDecision() throws Exception {
        return JsonPath.read(gql("{ search(kinds: [Decision], first: 1) { edges { node { id } } } }"), "$.data.search.edges[0].node.id");
    }

    // ---- tests ----

    @Test
    void everyPageOpens() throws Exception {
        String account = gql("{ search(kinds: [Idn], first: 1) { edges { node { kind id name } } } }");
        String idn = JsonPath.read(account, "$.data.search.edges[0].node.id");
        for (String route : List.of("", "#/tiers", "#/search?kind=Decision", "#/market", "#/whatif", "#/node/Idn/" + idn)) {
            open(route);
            noErrors();
            assertThat(driver.findElement(By.cssSelector("main h1")).getText()).as(route).isNotBlank();
        }
        // The account page links to its printable plan and the PDF.
        WebElement print = visible(By.id("plan-print"));
        assertThat(print.getAttribute("href")).endsWith("/plan/Idn/" + idn);
        String pdf = driver.findElement(By.id("plan-pdf")).getAttribute("href");
        assertThat(pdf).endsWith("/plan/Idn/" + idn + ".pdf");
        shot("account");
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(pdf)).header("Authorization", "Bearer " + Http.ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    }

    @Test
    void searchWithTheKeyboardAndOpenAResult() throws Exception {
        String name = JsonPath.read(gql("{ search(kinds: [Idn], first: 1) { edges { node { name } } } }"), "$.data.search.edges[0].node.name");
        open("");
        WebElement box = driver.findElement(By.id("search-text"));
        box.sendKeys(name);
        visible(By.cssSelector("#search-suggest li"));
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), name));
        noErrors();
        shot("search-result");
        // The full results page as well.
        open("#/search?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(driver.findElement(By.id("main")).getText()).contains(name);
    }

    @Test
    void decisionShowsItsRankedDmuAndChangesAsOf() throws Exception {
        String decision = firstDecision();
        open("#/decision/" + decision);
        waiting().until(d -> d.findElements(By.cssSelector("main table.data tbody tr")).size() > 0);
        WebElement firstRank = driver.findElement(By.cssSelector("main table.data tbody tr td"));
        assertThat(firstRank.getText()).isEqualTo("1");
        noErrors();
        shot("decision");
        // Another as-of date: the page reloads for that day.
        // A day on which the demo decision's DMU exists (open decisions' DMUs form weeks before today; before that the
        // decision has no one to rank and the page says so as an error).
        String asOf = LocalDate.now().minusDays(1).toString();
        WebElement date = driver.findElement(By.id("dec-asof"));
        js("arguments[0].value = arguments[1];", date, asOf);
        date.submit();
        waiting().until(ExpectedConditions.urlContains("asOf=" + asOf));
        pageReady();
        waiting().until(d -> d.findElements(By.cssSelector("main table.data tbody tr")).size() > 0 || !d.findElements(By.cssSelector("main .error")).isEmpty());
        noErrors();
        assertThat(driver.findElement(By.id("dec-asof")).getAttribute("value")).isEqualTo(asOf);
    }

    @Test
    void clickANodeOnTheMapToSeeItsDetails() throws Exception {
        String decision = firstDecision();
        open("#/map/Decision/" + decision);
        waiting().until(d -> ((Number) js("return window.__kamMap ? window.__kamMap.nodes().length : 0")).intValue() > 1);
        // The top-ranked person's position on screen, relative to the map's centre (where Selenium's offsets start).
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) js("""
                const cy = window.__kamMap;
                const n = cy.nodes().filter(n => n.data('rank') > 0).sort((a, b) => a.data('rank') - b.data('rank'))[0];
                cy.center(n);
                const p = n.renderedPosition(), box = cy.container();
                return {id: n.id(), name: n.data('name'), x: p.x - box.clientWidth / 2, y: p.y - box.clientHeight / 2};""");
        WebElement map = driver.findElement(By.id("cy"));
        new Actions(driver).moveToElement(map, ((Number) target.get("x")).intValue(), ((Number) target.get("y")).intValue()).click().perform();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("section.details h2"), (String) target.get("name")));
        assertThat(driver.findElement(By.cssSelector("section.details")).getText()).contains("Rank", "Influence");
        noErrors();
        shot("map-selected");
        // The time control: another as-of date reloads the map.
        String asOf = LocalDate.now().minusDays(1).toString();
        WebElement date = driver.findElement(By.id("map-asof"));
        js("arguments[0].value = arguments[1];", date, asOf);
        date.submit();
        waiting().until(ExpectedConditions.urlContains("asOf=" + asOf));
        pageReady();
        noErrors();
    }

    @Test
    void whatIfShowsADifferenceAndSavesTheScenario() throws Exception {
        String decision = firstDecision();
        String top = JsonPath.read(gql("{ decisionInfluencers(decision: \"" + decision + "\", first: 1) { people { person { kind id } } } }"),
                "$.data.decisionInfluencers.people[0].person.id");
        String kind = JsonPath.read(gql("{ decisionInfluencers(decision: \"" + decision + "\", first: 1) { people { person { kind id } } } }"),
                "$.data.decisionInfluencers.people[0].person.kind");
        open("#/decision/" + decision);
        driver.findElement(By.id("dec-whatif")).click();
        pageReady();
        assertThat(driver.findElement(By.id("wi-decision")).getAttribute("value")).isEqualTo(decision);
        new Select(driver.findElement(By.id("wi-change-type"))).selectByValue("removeNode");
        driver.findElement(By.id("wi-f-node")).sendKeys(kind + ":" + top);
        driver.findElement(By.id("wi-add")).click();
        assertThat(driver.findElement(By.id("wi-changes")).getText()).contains(top);
        driver.findElement(By.id("wi-run")).click();
        WebElement summary = visible(By.id("wi-summary"));
        assertThat(summary.getText()).contains("1 removed");
        assertThat(driver.findElement(By.id("wi-result")).getText()).contains("Removed by the scenario");
        noErrors();
        shot("whatif");
        driver.findElement(By.id("wi-name")).sendKeys("e2e without the top person");
        driver.findElement(By.id("wi-save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("wi-saved"), "e2e without the top person"));
    }

    @Test
    void marketPageShowsRoutesAndASankeyWithGatekeepers() throws Exception {
        String payer = JsonPath.read(gql("{ search(kinds: [Payer], first: 1) { edges { node { id } } } }"), "$.data.search.edges[0].node.id");
        open("#/market/Payer/" + payer + "?type=retail&rows=40");
        waiting().until(d -> !d.findElements(By.cssSelector("#mk-routes table.data tbody tr")).isEmpty()
                || !d.findElements(By.cssSelector("#mk-routes .error")).isEmpty());
        noErrors();
        assertThat(driver.findElements(By.cssSelector("#mk-routes table.data tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#mk-routes a[href^='/api/csv']")).getAttribute("href")).contains("rows=pathways.routes");
        // The spend flow as a Sankey diagram (SVG), its title and its table of rows.
        WebElement sankey = visible(By.cssSelector("#mk-flow svg.sankey"));
        assertThat(sankey.findElements(By.cssSelector("path.sankey-link"))).isNotEmpty();
        assertThat(sankey.findElements(By.cssSelector("g.sankey-node"))).hasSizeGreaterThan(1);
        assertThat(sankey.getAttribute("role")).isEqualTo("img");
        assertThat(driver.findElements(By.cssSelector("#mk-flow details table.data tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#mk-flow a[href^='/api/csv']")).getAttribute("href")).contains("rows=spendFlow.rows");
        shot("market");
        // The CSV link answers.
        String csv = driver.findElement(By.cssSelector("#mk-flow a[href^='/api/csv']")).getAttribute("href");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(csv)).header("Authorization", "Bearer " + Http.ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().count()).isGreaterThan(1);
    }
}
