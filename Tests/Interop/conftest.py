"""Shared fixtures: one `modelcat serve` of the shipped catalog for the whole session."""
import json
import os
import pathlib
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(os.environ.get("MODELCAT_ROOT", pathlib.Path(__file__).resolve().parents[2]))
MODELCAT = os.environ.get("MODELCAT", str(ROOT / ".build/debug/modelcat"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="session")
def served():
    """Builds the shipped catalog with `modelcat serve` and yields (base URL, site folder)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="modelcat-interop-"))
    site = folder / "site"
    port = free_port()
    log = open(folder / "serve.log", "w")
    process = subprocess.Popen(
        [MODELCAT, "serve", "--catalog", str(ROOT / "catalog"), "--output", str(site), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/api/v1/models", process, 900)
        yield base, site
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def catalog(served):
    _, site = served
    return json.loads((site / "catalog.json").read_text())


@pytest.fixture(scope="session")
def source_map_server():
    """Serves the catalog's raw LiteLLM snapshot (the source data) over HTTP on 127.0.0.1."""
    port = free_port()
    process = subprocess.Popen(
        ["python3", "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(ROOT / "catalog/sources")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/litellm.json", process, 30)
        yield base + "/litellm.json"
    finally:
        process.terminate()
        process.wait(timeout=10)
