"""Steps that run programs: strip, the frozen self-test, start-up timing, the .deb check."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from lifeline_build import checks, elf, measure
from lifeline_build import platforms as plat

# Start-up is timed to the first chapter with its chart drawn (so matplotlib, its font
# cache and the first figure are part of it), not just to the empty start page.
STARTUP_ARGS = ["--startup-only", "--chapter", "1"]
CACHE_DIRS = {
    "linux": ".cache/lifeline/matplotlib",
    "windows": "AppData/Local/Lifeline/matplotlib",
    "macos": "Library/Caches/Lifeline/matplotlib",
}


class BuildError(Exception):
    """A step failed; ``detail`` is the output worth showing."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


def run(cmd: list[str], env=None, cwd=None, what: str = "") -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, errors="replace")
    if done.returncode != 0:
        raise BuildError(
            f"{what or cmd[0]} failed (exit {done.returncode}): {' '.join(cmd)}",
            (done.stdout + done.stderr)[-6000:],
        )
    return done


def strip_bundle(bundle: Path) -> tuple[int, int]:
    """Strip shared libraries (libpython, lib-dynload, …) that still carry symbols. Never
    numpy (its libraries break), anything auditwheel patched (an $ORIGIN rpath: strip can
    corrupt patchelf'd files) or the executable (its archive is appended to it). The
    frozen self-test afterwards proves the rest still loads."""
    count = saved = 0
    for rel, info in elf.bundle_libraries(bundle).items():
        if not (info.has_debug_info or info.has_symtab) or ".so" not in Path(rel).name:
            continue
        if "numpy" in rel or "$ORIGIN" in (info.rpath or ""):
            continue
        path = bundle / rel
        before = path.stat().st_size
        run(plat.strip_cmd(path), what="strip")
        count, saved = count + 1, saved + before - path.stat().st_size
    return count, saved


def env_in(home: Path, platform: str) -> dict[str, str]:
    """The environment of a run with ``home`` (created if new) as the user's home."""
    plat.make_fresh_home(home, platform)
    return plat.fresh_home_env(dict(os.environ), home, platform)


def self_test(exe: Path, platform: str, scratch: Path, allowlist: Path) -> str:
    """Run ``exe --self-test`` offscreen, offline, with an empty HOME; raise unless clean."""
    home = Path(tempfile.mkdtemp(prefix="home-", dir=scratch))
    prefix, how = plat.offline_prefix(platform)
    done = subprocess.run(
        [*prefix, str(exe.absolute()), "--self-test"],
        env=env_in(home, platform),
        capture_output=True,
        text=True,
        errors="replace",
        timeout=900,
        cwd=home,
    )
    allowed = checks.read_allowlist(allowlist)
    problems = checks.judge_self_test(done.returncode, done.stdout, done.stderr, allowed)
    cache = home / CACHE_DIRS[platform]
    if not problems and not list(cache.glob("fontlist-*.json")):
        problems.append(f"matplotlib's font cache was not written to {cache}")
    if problems:
        raise BuildError(
            f"frozen self-test of {exe} failed ({how}): " + "; ".join(problems[:5]),
            f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}",
        )
    passed = checks.self_test_summary(done.stdout)
    return f"{passed[0] if passed else 0} checks passed; {how}; empty HOME"


def startup_times(exe: Path, platform: str, scratch: Path, runs: int, root: Path):
    """Median start-up seconds (STARTUP_ARGS): frozen and from source, each with a warm
    HOME, and frozen on a brand-new HOME every run (first launch: font cache, settings)."""
    warm_frozen, warm_source = scratch / "warm-frozen", scratch / "warm-source"
    frozen = [str(exe), *STARTUP_ARGS]
    source = [sys.executable, "-m", "desktop_app", *STARTUP_ARGS]
    measure.time_once(frozen, env_in(warm_frozen, platform))  # warm the caches once
    measure.time_once(source, env_in(warm_source, platform), str(root))
    fresh = iter(range(10**6))
    variants = {
        "frozen": (frozen, lambda: env_in(warm_frozen, platform), None),
        "source": (source, lambda: env_in(warm_source, platform), str(root)),
        "fresh": (frozen, lambda: env_in(scratch / f"fresh-{next(fresh)}", platform), None),
    }
    return measure.alternate(variants, runs)


def verify_deb(deb: Path, package: str, scratch: Path, allowlist: Path, which) -> str:
    """Install the .deb (apt-get resolves Depends), self-test /usr/bin/lifeline, purge."""
    if which("apt-get"):
        installer = ["apt-get", "install", "-y", "--no-install-recommends", str(deb)]
    else:
        installer = ["dpkg", "-i", str(deb)]
    run(installer, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), what="installing .deb")
    try:
        for path in (
            "/usr/bin/lifeline",
            "/usr/share/applications/lifeline.desktop",
            "/usr/share/icons/hicolor/256x256/apps/lifeline.png",
        ):
            if not os.path.lexists(path):
                raise BuildError(f"the installed .deb has no {path}")
        result = self_test(Path("/usr/bin/lifeline"), "linux", scratch, allowlist)
    finally:
        run(["dpkg", "--purge", package], what="removing .deb")
    if os.path.exists("/opt/lifeline") or os.path.lexists("/usr/bin/lifeline"):
        raise BuildError("dpkg --purge left /opt/lifeline or /usr/bin/lifeline behind")
    return f"installed with {installer[0]}, /usr/bin/lifeline self-test: {result}; purged cleanly"
