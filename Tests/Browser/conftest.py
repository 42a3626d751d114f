"""Fixtures of the browser suite: sites built and served by `modelcat serve`, and a
headless Chromium driven through Debian's chromium-driver."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import synth

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
ARTIFACTS = os.environ.get("MODELCAT_ARTIFACTS", os.path.join(REPO, ".artifacts", "browser"))
MODELCAT = os.environ.get("MODELCAT", os.path.join(REPO, ".build", "debug", "modelcat"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServedSite:
    """A catalog built and served by `modelcat serve` on a free port."""

    def __init__(self, catalog: str, name: str):
        self.folder = tempfile.mkdtemp(prefix=f"modelcat-{name}-")
        self.output = os.path.join(self.folder, "site")
        self.port = free_port()
        self.log = open(os.path.join(self.folder, "serve.log"), "w")
        self.process = subprocess.Popen(
            [MODELCAT, "serve", "--catalog", catalog, "--output", self.output, "--templates", os.path.join(REPO, "templates"), "--port", str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}/"

    def wait(self, timeout: float = 400) -> "ServedSite":
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"modelcat serve exited: {open(self.log.name).read()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("modelcat serve did not come up in time")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def sites():
    """Sites are built and served on first use; `started` keeps them for the session."""
    synth_folder = tempfile.mkdtemp(prefix="modelcat-synth-catalog-")
    catalogs = {
        "small": os.path.join(HERE, "fixtures", "small"), "shipped": os.path.join(REPO, "catalog"), "synthetic": synth_folder,
        "hostile": os.path.join(REPO, "Tests", "ReliabilityTests", "Fixtures", "hostile-catalog"),
    }
    started = {}

    def get(name):
        if name not in started:
            if name == "synthetic":
                synth.write_catalog(synth_folder, count=5000)
            started[name] = ServedSite(catalogs[name], name).wait()
        return started[name]

    yield get
    for site in started.values():
        site.stop()
    shutil.rmtree(synth_folder, ignore_errors=True)


@pytest.fixture(scope="session")
def small(sites):
    return sites("small")


@pytest.fixture(scope="session")
def shipped(sites):
    return sites("shipped")


@pytest.fixture(scope="session")
def synthetic(sites):
    return sites("synthetic")


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--disable-extensions"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_script_timeout(120)
    browser.set_page_load_timeout(120)
    yield browser
    browser.quit()


@pytest.fixture(autouse=True)
def reset_browser(driver):
    """Every test starts at 1280x900 in the light theme."""
    driver.set_window_size(1280, 900)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
    yield


def artifact(*parts: str) -> str:
    path = os.path.join(ARTIFACTS, *parts)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path
