"""Platform-specific names and command lines (pure: tested on every OS by unit tests)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ARCH = {"linux": "x86_64", "windows": "x64", "macos": "arm64"}


def read_version(root: Path) -> str:
    text = (root / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.M)
    if not match:
        raise ValueError(f"{root / 'desktop_app' / '__init__.py'}: no __version__ = '...' line")
    return match.group(1)


def artifact_names(version: str, platform: str, arch: str | None = None) -> dict[str, str]:
    """File names of everything a build of ``platform`` puts into ``dist/``."""
    arch = arch or ARCH[platform]
    if platform == "linux":
        return {
            "bundle": "Lifeline",
            "archive": f"Lifeline-{version}-linux-{arch}.tar.xz",
            "deb": f"lifeline_{version}_amd64.deb",
        }
    if platform == "windows":
        return {
            "bundle": "Lifeline",
            "archive": f"Lifeline-{version}-windows-{arch}.zip",
            "installer": f"Lifeline-{version}-windows-{arch}-setup.exe",
        }
    return {
        "bundle": "Lifeline.app",
        "archive": f"Lifeline-{version}-macos-{arch}.dmg",
    }


def frozen_executable(bundle: Path, platform: str) -> Path:
    """The program inside a built bundle (``Lifeline/lifeline``, ``Lifeline.exe``, .app)."""
    if platform == "windows":
        return bundle / "Lifeline.exe"
    if platform == "macos":
        return bundle / "Contents" / "MacOS" / "Lifeline"
    return bundle / "lifeline"


def pyinstaller_cmd(python: str, spec: Path, dist: Path, work: Path) -> list[str]:
    return [
        python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(spec),
    ]  # fmt: skip


def naive_pyinstaller_cmd(python: str, root: Path, dist: Path, work: Path) -> list[str]:
    """PyInstaller's defaults for the same entry point, plus only what it needs to run."""
    return [
        python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--name", "Lifeline", "--windowed",
        "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
        "--add-data", f"{root / 'resources'}:resources",
        "--collect-submodules", "desktop_app",
        str(root / "desktop_app" / "__main__.py"),
    ]  # fmt: skip


def strip_cmd(path: Path) -> list[str]:
    """What Debian's dh_strip does to shared libraries: keep only the dynamic symbols."""
    return [
        "strip", "--strip-unneeded", "--remove-section=.comment", "--remove-section=.note",
        "--preserve-dates", str(path),
    ]  # fmt: skip


def iscc_cmd(
    iscc: str, iss: Path, version: str, source: Path, out_dir: Path, base: str
) -> list[str]:
    return [
        iscc, "/Q", f"/DAppVersion={version}", f"/DSourceDir={source}",
        f"/O{out_dir}", f"/F{base}", str(iss),
    ]  # fmt: skip


def hdiutil_cmd(staging: Path, dmg: Path, volume: str = "Lifeline") -> list[str]:
    # UDZO: compressed read-only image; hdiutil copies symlinks as symlinks.
    return [
        "hdiutil", "create", "-volname", volume, "-srcfolder", str(staging),
        "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg),
    ]  # fmt: skip


def dpkg_deb_cmd(staging: Path, deb: Path) -> list[str]:
    return ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(deb)]


def offline_prefix(platform: str, run=subprocess.run) -> tuple[list[str], str]:
    """A command prefix that runs a program without network, and how.

    Linux: an empty network namespace (``unshare --net``; as non-root with
    ``--map-root-user``). Elsewhere, or if namespaces are not allowed: no prefix, and the
    caller relies on the LIFELINE_OFFLINE_GUARD audit hook alone.
    """
    if platform != "linux":
        return [], "audit-hook guard (no network namespaces on this OS)"
    candidates = [["unshare", "--net"], ["unshare", "--net", "--map-root-user"]]
    for prefix in candidates:
        try:
            probe = run([*prefix, "true"], capture_output=True, timeout=20)
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0:
            return prefix, f"empty network namespace ({' '.join(prefix)}) + audit-hook guard"
    return [], "audit-hook guard (unshare --net is not permitted here)"


def fresh_home_env(base: dict[str, str], home: Path, platform: str) -> dict[str, str]:
    """``base`` with HOME and every per-user folder pointed into an empty ``home``."""
    env = {
        k: v
        for k, v in base.items()
        if not k.startswith(("LIFELINE_", "XDG_", "QT_")) and k not in {"MPLCONFIGDIR"}
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LIFELINE_OFFLINE_GUARD="1")
    if platform == "linux":
        locale = env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or ""
        if "utf-8" not in locale.lower() and "utf8" not in locale.lower():
            # A CI shell without a locale is not a student's desktop (always UTF-8); without
            # this Qt warns on stderr that it switched to C.UTF-8 itself.
            env.pop("LC_ALL", None)
            env.pop("LC_CTYPE", None)
            env["LANG"] = "C.UTF-8"
        for var, sub in [
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_CACHE_HOME", ".cache"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_RUNTIME_DIR", "run"),
        ]:
            env[var] = str(home / sub)
    elif platform == "windows":
        env.update(
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
        )
    return env


def make_fresh_home(home: Path, platform: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    if platform == "linux":
        run = home / "run"
        run.mkdir(exist_ok=True)
        os.chmod(run, 0o700)  # Qt warns about a runtime folder others can read
    if platform == "windows":
        (home / "AppData" / "Roaming").mkdir(parents=True, exist_ok=True)
        (home / "AppData" / "Local").mkdir(parents=True, exist_ok=True)
