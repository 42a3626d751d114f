"""The site in a real headless Chromium: console, sorting, search and filters in the URL,
the compare view, screenshots in both themes, page weight, accessibility, 5k-row timings."""
import gzip
import json
import math
import statistics
import urllib.request

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import artifact


def visible_ids(driver):
    return driver.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('#directory tbody tr'), function (r) { return !r.hidden; })"
        ".map(function (r) { return r.querySelector('.id').textContent; });")


def severe_console_entries(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def wait_ready(driver):
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete" and not d.find_element(By.ID, "filters").get_attribute("hidden"))


def test_directory_of_the_shipped_catalog_loads_without_console_errors(driver, shipped):
    driver.get_log("browser")  # drop earlier entries
    driver.get(shipped.url + "index.html")
    wait_ready(driver)
    rows = driver.execute_script("return document.querySelectorAll('#directory tbody tr').length")
    assert rows > 2000
    assert driver.find_element(By.ID, "count").text == f"{rows} models"
    assert severe_console_entries(driver) == []


def test_page_weight_of_the_shipped_directory(shipped):
    sizes = {}
    for path in ["index.html", "assets/style.css", "assets/site.js", "assets/directory.js"]:
        with urllib.request.urlopen(shipped.url + path) as response:
            body = response.read()
        sizes[path] = {"bytes": len(body), "gzip": len(gzip.compress(body, compresslevel=6, mtime=0))}
    total = {"bytes": sum(s["bytes"] for s in sizes.values()), "gzip": sum(s["gzip"] for s in sizes.values())}
    report = {"files": sizes, "total": total}
    with open(artifact("page-weight.json"), "w") as f:
        json.dump(report, f, indent=2, sort_keys=True)
    print(f"\nPAGE WEIGHT directory (shipped catalog): {total['bytes']} bytes, {total['gzip']} bytes gzipped (HTML+CSS+JS)")
    assert total["gzip"] < 250_000, report


def test_sorting_by_input_price_orders_rows(driver, small):
    driver.get(small.url + "index.html")
    wait_ready(driver)
    header = driver.find_element(By.CSS_SELECTOR, "#directory thead th[data-key=input] button")
    header.click()
    assert driver.find_element(By.CSS_SELECTOR, "#directory thead th[data-key=input]").get_attribute("aria-sort") == "ascending"
    values = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('#directory tbody tr'), function (r) { return r.cells[5].getAttribute('data-usd'); })")
    known = [float(v) for v in values if v]
    assert known == sorted(known) and len(known) == 10
    assert values[-1] == "", "a model without a price sorts last"
    assert visible_ids(driver)[:3] == ["meta-llama/llama-3.3-70b-instruct-free", "openai/text-embedding-3-small", "openai/gpt-4o-mini"]
    header = driver.find_element(By.CSS_SELECTOR, "#directory thead th[data-key=input] button")
    header.click()
    values = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('#directory tbody tr'), function (r) { return r.cells[5].getAttribute('data-usd'); })")
    known = [float(v) for v in values if v]
    assert known == sorted(known, reverse=True)
    assert values[-1] == "", "unknown still last when descending"
    assert "sort=input-desc" in driver.current_url


def test_search_and_two_filters_narrow_rows_and_survive_reload(driver, small):
    driver.get(small.url + "index.html")
    wait_ready(driver)
    search = driver.find_element(By.ID, "f-q")
    search.send_keys("gpt")
    WebDriverWait(driver, 5).until(lambda d: len(visible_ids(d)) == 3)
    assert sorted(visible_ids(driver)) == ["openai/gpt-3.5-turbo", "openai/gpt-4o", "openai/gpt-4o-mini"]
    Select(driver.find_element(By.ID, "f-provider")).select_by_value("azure")
    assert visible_ids(driver) == ["openai/gpt-4o-mini"]
    Select(driver.find_element(By.ID, "f-provider")).select_by_value("openai")
    driver.find_element(By.CSS_SELECTOR, "input[name=cap][value=vision]").click()
    expected = ["openai/gpt-4o", "openai/gpt-4o-mini"]
    assert sorted(visible_ids(driver)) == expected
    assert driver.find_element(By.ID, "count").text == "2 of 11 models"
    url = driver.current_url
    assert "q=gpt" in url and "provider=openai" in url and "cap=vision" in url
    driver.get(url)
    wait_ready(driver)
    assert sorted(visible_ids(driver)) == expected
    assert driver.find_element(By.ID, "f-q").get_attribute("value") == "gpt"
    assert driver.find_element(By.CSS_SELECTOR, "input[name=cap][value=vision]").is_selected()
    # free only and min context work on their own too
    driver.get(small.url + "index.html?free=1")
    wait_ready(driver)
    assert visible_ids(driver) == ["meta-llama/llama-3.3-70b-instruct-free"]
    driver.get(small.url + "index.html?ctx=1000000")
    wait_ready(driver)
    assert visible_ids(driver) == ["google/gemini-2.5-pro"]


def test_data_policy_filter_keeps_models_with_a_qualifying_provider_and_lives_in_the_url(driver, small):
    # The small fixture's providers/ gives EXAMPLE policies: Anthropic no training + zero retention
    # on request, Mistral zero retention by default (training unknown), DeepSeek trains and offers
    # no zero retention; OpenAI, Azure, Gemini and OpenRouter publish nothing (unknown).
    driver.get(small.url + "index.html")
    wait_ready(driver)
    assert len(visible_ids(driver)) == 11
    driver.find_element(By.CSS_SELECTOR, "input[name=policy][value=no-training]").click()
    anthropic = ["anthropic/claude-3-5-haiku-20241022", "anthropic/claude-sonnet-4-5-20250929"]
    assert sorted(visible_ids(driver)) == anthropic, "unknown (OpenAI, Mistral) and training (DeepSeek) providers do not count"
    assert driver.find_element(By.ID, "count").text == "2 of 11 models"
    assert "policy=no-training" in driver.current_url
    driver.find_element(By.CSS_SELECTOR, "input[name=policy][value=no-training]").click()
    driver.find_element(By.CSS_SELECTOR, "input[name=policy][value=zdr]").click()
    assert sorted(visible_ids(driver)) == anthropic + ["mistralai/mistral-large-latest"]
    driver.find_element(By.CSS_SELECTOR, "input[name=policy][value=no-training]").click()
    assert sorted(visible_ids(driver)) == anthropic, "both policies: one provider must meet both"
    url = driver.current_url
    assert "policy=no-training" in url and "policy=zdr" in url
    driver.get(url)
    wait_ready(driver)
    assert sorted(visible_ids(driver)) == anthropic
    assert driver.find_element(By.CSS_SELECTOR, "input[name=policy][value=zdr]").is_selected()
    assert not driver.find_element(By.CSS_SELECTOR, "input[name=policy][value=zdr-default]").is_selected()
    driver.get(small.url + "index.html?policy=zdr-default")
    wait_ready(driver)
    assert visible_ids(driver) == ["mistralai/mistral-large-latest"]
    # a policy combines with the other filters: OpenAI's models are never kept (no published facts)
    driver.get(small.url + "index.html?policy=zdr&provider=openai")
    wait_ready(driver)
    assert visible_ids(driver) == []


def test_compare_view_shows_the_models_chosen_in_the_url(driver, small):
    driver.get(small.url + "compare/index.html?models=openai/gpt-4o,anthropic/claude-sonnet-4-5-20250929,google/gemini-2.5-pro")
    WebDriverWait(driver, 10).until(lambda d: not d.find_element(By.ID, "compare-table").get_attribute("hidden"))
    heads = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#compare-table thead th")]
    assert len(heads) == 3
    assert "Gpt 4o" in heads[0] and "Claude Sonnet" in heads[1] and "Gemini 2.5 Pro" in heads[2]
    row = driver.find_element(By.XPATH, "//table[@id='compare-table']//tr[th[normalize-space()='Input $/1M (cheapest)']]")
    assert [td.text for td in row.find_elements(By.TAG_NAME, "td")] == ["2.50", "3.00", "1.25"]
    fourth = driver.find_element(By.ID, "m4")
    fourth.send_keys("deepseek/deepseek-chat")
    WebDriverWait(driver, 5).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#compare-table thead th")) == 4)
    assert driver.current_url.endswith("?models=openai/gpt-4o,anthropic/claude-sonnet-4-5-20250929,google/gemini-2.5-pro,deepseek/deepseek-chat")
    link = driver.find_element(By.CSS_SELECTOR, "#compare-table thead th a")
    assert link.get_attribute("href") == small.url + "models/openai/gpt-4o/index.html"


def test_model_page_marks_cheapest_and_shows_provenance(driver, small):
    driver.get(small.url + "models/openai/gpt-4o-mini/index.html")
    cheapest = driver.find_element(By.CSS_SELECTOR, "table.endpoints tr.cheapest")
    assert cheapest.text.lower().startswith("openai cheapest")
    assert "verified: fixture snapshot 2025-01-31" in driver.find_element(By.CSS_SELECTOR, "table.endpoints").text
    copy = driver.find_element(By.CSS_SELECTOR, "button.copy")
    assert copy.is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, "link[rel=canonical]").get_attribute("href") == "https://example.org/models/models/openai/gpt-4o-mini/"


def test_currency_switch_converts_and_names_its_rate(driver, small):
    driver.get(small.url + "index.html")
    wait_ready(driver)
    Select(driver.find_element(By.ID, "currency")).select_by_value("EUR")
    cell = driver.find_element(By.XPATH, "//tr[.//span[@class='id' and text()='openai/gpt-4o']]/td[5]")
    assert cell.text == "1.25"
    note = driver.find_element(By.ID, "rate-note").text
    assert "1 USD = 0.5 EUR" in note and "2000-01-01" in note and "EXAMPLE" in note
    Select(driver.find_element(By.ID, "currency")).select_by_value("USD")
    assert cell.text == "2.50"


def test_screenshots_in_light_and_dark(driver, small, shipped):
    backgrounds = {}
    for theme in ["light", "dark"]:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": theme}]})
        driver.get(shipped.url + "index.html")
        wait_ready(driver)
        backgrounds[theme] = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        driver.save_screenshot(artifact("screenshots", f"directory-{theme}.png"))
        driver.get(small.url + "models/openai/gpt-4o-mini/index.html")
        driver.save_screenshot(artifact("screenshots", f"model-{theme}.png"))
        driver.get(small.url + "compare/price-vs-context/index.html")
        driver.save_screenshot(artifact("screenshots", f"scatter-{theme}.png"))
    assert backgrounds["light"] != backgrounds["dark"]


def test_pages_fit_a_360px_screen(driver, small):
    driver.set_window_size(360, 800)
    for path in ["index.html", "models/openai/gpt-4o/index.html", "compare/index.html?models=openai/gpt-4o,openai/gpt-4o-mini", "providers/openai/index.html"]:
        driver.get(small.url + path)
        width = driver.execute_script("return document.documentElement.clientWidth")
        overflow = driver.execute_script("return document.documentElement.scrollWidth")
        assert overflow <= width + 1, f"{path}: page is {overflow}px wide on a {width}px screen"
    driver.save_screenshot(artifact("screenshots", "compare-360px.png"))


def test_accessibility_has_no_serious_violations(driver, small):
    problems = []
    for path in ["index.html", "models/openai/gpt-4o-mini/index.html", "compare/index.html?models=openai/gpt-4o,openai/gpt-4o-mini",
                 "compare/price-vs-context/index.html", "compare/leaderboards/index.html", "providers/openai/index.html",
                 "authors/openai/index.html", "changes/index.html"]:
        for theme in ["light", "dark"]:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": theme}]})
            driver.get(small.url + path)
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            serious = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
            if serious:
                problems.append((path, theme, [(v["id"], v["help"], [n["target"] for n in v["nodes"][:3]]) for v in serious]))
    with open(artifact("axe.json"), "w") as f:
        json.dump(problems, f, indent=2)
    assert problems == []


def test_keyboard_reaches_sort_buttons_and_focus_is_visible(driver, small):
    driver.get(small.url + "index.html")
    wait_ready(driver)
    button = driver.find_element(By.CSS_SELECTOR, "#directory thead th[data-key=output] button")
    driver.execute_script("arguments[0].focus()", button)
    outline = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert driver.switch_to.active_element == button
    assert outline != "none"


def median_ms(driver, script, runs=7):
    times = [driver.execute_script(script) for _ in range(runs)]
    return statistics.median(times), times


def test_sort_and_filter_timings_on_5000_rows(driver, synthetic):
    driver.get(synthetic.url + "index.html")
    wait_ready(driver)
    rows = driver.execute_script("return document.querySelectorAll('#directory tbody tr').length")
    assert rows == 5000
    timing = {"rows": rows}
    # Each measurement: the synchronous handler plus a forced layout (offsetHeight), in ms.
    sort = ("var b = document.querySelector('#directory thead th[data-key=input] button'); var t = performance.now();"
            "b.click(); document.body.offsetHeight; return performance.now() - t;")
    timing["sort_input_ms"], timing["sort_input_runs"] = median_ms(driver, sort)
    sort_name = ("var b = document.querySelector('#directory thead th button'); var t = performance.now();"
                 "b.click(); document.body.offsetHeight; return performance.now() - t;")
    timing["sort_name_ms"], timing["sort_name_runs"] = median_ms(driver, sort_name)
    search = ("var q = document.getElementById('f-q'); var t = performance.now(); q.value = arguments[0];"
              "q.dispatchEvent(new Event('change', {bubbles: true})); document.body.offsetHeight; return performance.now() - t;")
    runs = []
    for term in ["synthetic-model-01", "model-0", "", "00042", "", "anthropic", ""]:
        runs.append(driver.execute_script(search, term))
    timing["search_ms"], timing["search_runs"] = statistics.median(runs), runs
    select = ("var s = document.getElementById('f-provider'); var t = performance.now(); s.value = arguments[0];"
              "s.dispatchEvent(new Event('change', {bubbles: true})); document.body.offsetHeight; return performance.now() - t;")
    runs = [driver.execute_script(select, v) for v in ["openai", "", "groq", "", "mistral", "", "gemini"]]
    timing["provider_filter_ms"], timing["provider_filter_runs"] = statistics.median(runs), runs
    keystroke = ("var q = document.getElementById('f-q'); q.value = ''; q.dispatchEvent(new Event('change', {bubbles: true}));"
                 "var t = performance.now(); for (var i = 1; i <= 6; i++) { q.value = 'synthetic'.slice(0, i); q.dispatchEvent(new Event('input', {bubbles: true})); }"
                 "return performance.now() - t;")
    timing["six_keystrokes_input_handler_ms"] = driver.execute_script(keystroke)
    with open(artifact("timings-5000.json"), "w") as f:
        json.dump(timing, f, indent=2, sort_keys=True)
    print("\nTIMINGS 5000 rows (median ms): sort input %.1f, sort name %.1f, search %.1f, provider filter %.1f" % (
        timing["sort_input_ms"], timing["sort_name_ms"], timing["search_ms"], timing["provider_filter_ms"]))
    assert timing["sort_input_ms"] < 1500 and timing["search_ms"] < 1000 and timing["provider_filter_ms"] < 1000
