"""Unit tests for build_installer.py and packaging/lifeline_build (no PyInstaller run)."""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))  # build_installer.py does the same

from lifeline_build import archives, checks, debian, elf, frozen, measure, pyi_options  # noqa: E402
from lifeline_build import platforms as plat  # noqa: E402

import build_installer as bi  # noqa: E402

HOOKS = ROOT / "packaging" / "hooks" / "rthooks"


def _load_hook(name: str):
    spec = importlib.util.spec_from_file_location(name, HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(base: Path, order: list[str], mtime: int) -> Path:
    """A small bundle-like folder; files created in ``order`` with ``mtime``."""
    root = base / "Lifeline"
    (root / "_internal" / "lib").mkdir(parents=True)
    contents = {
        "lifeline": b"#!/bin/sh\necho hi\n",
        "_internal/lib/libfoo.so.1": b"\x7fELF fake",
        "_internal/data.txt": b"some data\n",
    }
    for name in order:
        path = root / name
        path.write_bytes(contents[name])
        path.chmod(0o700 if name == "lifeline" else 0o600)
    (root / "_internal" / "libfoo.so.1").symlink_to("lib/libfoo.so.1")
    for path in [*root.rglob("*"), root]:
        os.utime(path, (mtime, mtime), follow_symlinks=False)
    return root


# --- command lines per platform ------------------------------------------------------


def test_pyinstaller_command_uses_the_committed_spec(tmp_path):
    """The real build goes through packaging/lifeline.spec with fresh dist/work folders."""
    cmd = plat.pyinstaller_cmd(
        "py", ROOT / "packaging" / "lifeline.spec", tmp_path / "d", tmp_path / "w"
    )
    assert cmd[:3] == ["py", "-m", "PyInstaller"]
    assert cmd[-1].endswith("lifeline.spec")
    assert {"--noconfirm", "--clean"} <= set(cmd)
    assert cmd[cmd.index("--distpath") + 1] == str(tmp_path / "d")


def test_naive_command_uses_defaults_plus_only_what_the_app_needs(tmp_path):
    """The naive build has no spec and no excludes, just resources and the chart modules."""
    cmd = plat.naive_pyinstaller_cmd("py", ROOT, tmp_path / "d", tmp_path / "w")
    assert cmd[-1].endswith("__main__.py")
    assert f"{ROOT / 'resources'}:resources" in cmd
    assert "--exclude-module" not in cmd and not any(c.endswith(".spec") for c in cmd)


def test_windows_installer_and_macos_image_commands(tmp_path):
    """iscc gets version, source, output folder and name; hdiutil makes a compressed image."""
    iss = ROOT / "packaging" / "windows" / "lifeline.iss"
    cmd = plat.iscc_cmd("iscc", iss, "1.2.3", tmp_path / "Lifeline", tmp_path, "Lifeline-setup")
    assert cmd[0] == "iscc" and cmd[-1] == str(iss)
    assert "/DAppVersion=1.2.3" in cmd and f"/O{tmp_path}" in cmd and "/FLifeline-setup" in cmd
    assert "PrivilegesRequired=lowest" in iss.read_text(encoding="utf-8")
    dmg = plat.hdiutil_cmd(tmp_path / "stage", tmp_path / "L.dmg")
    assert dmg[:2] == ["hdiutil", "create"] and "UDZO" in dmg and dmg[-1] == str(tmp_path / "L.dmg")


def test_linux_commands(tmp_path):
    """dpkg-deb builds root-owned xz packages; strip keeps dynamic symbols only."""
    assert plat.dpkg_deb_cmd(tmp_path, tmp_path / "x.deb")[1:3] == ["--root-owner-group", "-Zxz"]
    assert "--strip-unneeded" in plat.strip_cmd(tmp_path / "libx.so")


@pytest.mark.parametrize(
    ("platform", "suffixes", "exe"),
    [
        ("linux", ["-linux-x86_64.tar.xz", "_amd64.deb"], "Lifeline/lifeline"),
        ("windows", ["-windows-x64.zip", "-windows-x64-setup.exe"], "Lifeline/Lifeline.exe"),
        ("macos", ["-macos-arm64.dmg"], "Lifeline.app/Contents/MacOS/Lifeline"),
    ],
)
def test_artifact_names_and_executables(platform, suffixes, exe):
    """Each platform's artifact file names and where the program sits in the bundle."""
    found = plat.artifact_names("1.0", platform)
    names = [v for k, v in found.items() if k != "bundle"]
    assert [n.replace("Lifeline-1.0", "").replace("lifeline_1.0", "") for n in names] == suffixes
    assert plat.frozen_executable(Path(found["bundle"]), platform).as_posix() == exe


def test_offline_prefix_prefers_a_network_namespace():
    """unshare --net first, then as a mapped root user, else the audit-hook guard alone."""

    def fake(results):
        return lambda cmd, **kw: SimpleNamespace(returncode=results.pop(0))

    assert plat.offline_prefix("linux", fake([0]))[0] == ["unshare", "--net"]
    assert plat.offline_prefix("linux", fake([1, 0]))[0][-1] == "--map-root-user"
    prefix, how = plat.offline_prefix("linux", fake([1, 1]))
    assert prefix == [] and "guard" in how
    assert plat.offline_prefix("windows")[0] == [] and plat.offline_prefix("macos")[0] == []


def test_fresh_home_env_hides_the_developers_settings(tmp_path):
    """Overrides and XDG folders are dropped; HOME and per-user folders point inside."""
    base = dict(PATH="/bin", LIFELINE_CONFIG_DIR="/x", MPLCONFIGDIR="/m", XDG_CACHE_HOME="/c")
    env = plat.fresh_home_env(base, tmp_path, "linux")
    assert env["HOME"] == str(tmp_path) and env["PATH"] == "/bin"
    assert "LIFELINE_CONFIG_DIR" not in env and "MPLCONFIGDIR" not in env
    assert env["XDG_CACHE_HOME"] == str(tmp_path / ".cache")
    assert env["QT_QPA_PLATFORM"] == "offscreen" and env["LIFELINE_OFFLINE_GUARD"] == "1"
    assert env["LANG"] == "C.UTF-8"  # no locale in the CI shell: Qt would warn on stderr
    assert plat.fresh_home_env({"LANG": "ko_KR.UTF-8"}, tmp_path, "linux")["LANG"] == "ko_KR.UTF-8"
    win = plat.fresh_home_env(base, tmp_path, "windows")
    assert win["LOCALAPPDATA"] == str(tmp_path / "AppData" / "Local")


# --- reproducible archives and checksums ---------------------------------------------


def test_tar_xz_is_byte_identical_whatever_the_file_order_and_times(tmp_path):
    """Two trees with the same content but other mtimes/modes/order give the same bytes."""
    a = _tree(tmp_path / "a", ["lifeline", "_internal/lib/libfoo.so.1", "_internal/data.txt"], 1)
    b = _tree(tmp_path / "b", ["_internal/data.txt", "_internal/lib/libfoo.so.1", "lifeline"], 9**9)
    archives.write_tar_xz(a, tmp_path / "a.tar.xz", 1700000000)
    archives.write_tar_xz(b, tmp_path / "b.tar.xz", 1700000000)
    assert (tmp_path / "a.tar.xz").read_bytes() == (tmp_path / "b.tar.xz").read_bytes()
    with tarfile.open(tmp_path / "a.tar.xz") as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == sorted(m.name for m in members)
    assert {(m.uid, m.gid, m.uname, m.gname, m.mtime) for m in members} == {
        (0, 0, "root", "root", 1700000000)
    }
    modes = {m.name: (m.mode, m.type) for m in members}
    assert modes["Lifeline/lifeline"] == (0o755, tarfile.REGTYPE)
    assert modes["Lifeline/_internal/data.txt"] == (0o644, tarfile.REGTYPE)
    assert modes["Lifeline/_internal/libfoo.so.1"][1] == tarfile.SYMTYPE


def test_zip_is_byte_identical_and_keeps_modes_and_symlinks(tmp_path):
    """The Windows/macOS zip writer is as reproducible as the tar one."""
    a = _tree(tmp_path / "a", ["lifeline", "_internal/lib/libfoo.so.1", "_internal/data.txt"], 1)
    b = _tree(tmp_path / "b", ["_internal/data.txt", "lifeline", "_internal/lib/libfoo.so.1"], 5**9)
    archives.write_zip(a, tmp_path / "a.zip", 1700000000)
    archives.write_zip(b, tmp_path / "b.zip", 1700000000)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.zip") as zf:
        info = {i.filename: i for i in zf.infolist()}
        assert zf.read("Lifeline/_internal/libfoo.so.1") == b"lib/libfoo.so.1"
    assert info["Lifeline/lifeline"].external_attr >> 16 & 0o777 == 0o755
    assert info["Lifeline/_internal/libfoo.so.1"].external_attr >> 28 == 0o12  # S_IFLNK


def test_sha256sums_format_is_checkable(tmp_path):
    """SHA256SUMS has '<hex>  <name>' lines, sorted, and `sha256sum -c` accepts it."""
    (tmp_path / "b.deb").write_bytes(b"deb")
    (tmp_path / "a.tar.xz").write_bytes(b"tar")
    text = archives.sha256sums_text([tmp_path / "b.deb", tmp_path / "a.tar.xz"])
    lines = text.splitlines()
    assert [line.split("  ")[1] for line in lines] == ["a.tar.xz", "b.deb"]
    assert all(len(line.split("  ")[0]) == 64 for line in lines) and text.endswith("\n")
    (tmp_path / "SHA256SUMS").write_text(text, encoding="utf-8")
    tool = shutil.which("sha256sum")
    if tool is None:
        pytest.skip("sha256sum is not installed here")
    done = subprocess.run([tool, "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# --- PyInstaller warnings, stderr and self-test output ---------------------------------

WARN = """
missing module named winreg - imported by platform (delayed, optional), dateutil.tz.win (top-level)
missing module named 'org.python' - imported by copy (optional), xml.sax (delayed, conditional)
missing module named newthing - imported by desktop_app.charts.x (top-level), other (delayed)
missing module named _dummy - imported by something (conditional, top-level)
"""


def test_missing_top_level_modules_are_found():
    """Only modules that something imports unconditionally at top level count."""
    found = checks.missing_top_level(WARN)
    assert found == {"newthing": ["desktop_app.charts.x"], "winreg": ["dateutil.tz.win"]}


def test_baseline_known_modules_pass_and_new_ones_fail(tmp_path):
    """A module already in the platform's baseline is fine; a new one is reported."""
    baseline = tmp_path / "warn-baseline.txt"
    baseline.write_text("# c\n[linux]\nwinreg\n[windows]\npwd\n", encoding="utf-8")
    known = checks.read_baseline(baseline, "linux")
    assert known == {"winreg"} and checks.read_baseline(baseline, "macos") is None
    assert list(checks.new_missing(checks.missing_top_level(WARN), known)) == ["newthing"]
    checks.update_baseline(baseline, "linux", ["winreg", "newthing"])
    assert checks.read_baseline(baseline, "linux") == {"winreg", "newthing"}
    assert checks.read_baseline(baseline, "windows") == {"pwd"}


def test_self_test_judgement():
    """Passing output passes; a FAIL line, a missing summary or stray stderr fail."""
    allowed = checks.read_allowlist(ROOT / "packaging" / "stderr-allowlist.txt")
    good = "PASS  a\nPASS  b\nself-test: 2 passed, 0 failed\n"
    noise = "This plugin does not support propagateSizeHints()\n"
    assert checks.judge_self_test(0, good, noise, allowed) == []
    assert checks.judge_self_test(1, "FAIL  x\nself-test: 0 passed, 1 failed", "", allowed)
    assert checks.judge_self_test(0, "PASS  a\n", "", allowed)
    problems = checks.judge_self_test(0, good, "Traceback (most recent call last):\n", allowed)
    assert problems == ["unexpected stderr: Traceback (most recent call last):"]


def _fake_app(tmp_path: Path, body: str) -> Path:
    """A stand-in for the frozen program: a shell script."""
    exe = tmp_path / "lifeline"
    exe.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    exe.chmod(0o755)
    return exe


@pytest.mark.skipif(sys.platform.startswith("win"), reason="uses a shell script as the app")
def test_frozen_self_test_fails_with_the_apps_output(tmp_path):
    """A failing check makes the step fail and carries the app's stdout and stderr."""
    exe = _fake_app(
        tmp_path,
        "echo 'FAIL  chapter 3'; echo 'self-test: 4 passed, 1 failed'\necho 'boom' >&2; exit 1\n",
    )
    allow = ROOT / "packaging" / "stderr-allowlist.txt"
    with pytest.raises(frozen.BuildError) as exc:
        frozen.self_test(exe, "linux" if sys.platform != "darwin" else "macos", tmp_path, allow)
    assert "1 check(s) failed" in str(exc.value)
    assert "FAIL  chapter 3" in exc.value.detail and "boom" in exc.value.detail


@pytest.mark.skipif(sys.platform.startswith("win"), reason="uses a shell script as the app")
def test_frozen_self_test_runs_offline_in_an_empty_home(tmp_path, monkeypatch):
    """The app sees an empty HOME, no LIFELINE_* overrides and the offline guard switched on."""
    platform = "macos" if sys.platform == "darwin" else "linux"
    cache = frozen.CACHE_DIRS[platform]
    exe = _fake_app(
        tmp_path,
        'test -z "$(ls -A "$HOME" | grep -v run)" || { echo "HOME not empty" >&2; exit 1; }\n'
        'test -z "$LIFELINE_CONFIG_DIR" && test "$LIFELINE_OFFLINE_GUARD" = 1 || exit 3\n'
        f'mkdir -p "$HOME/{cache}" && touch "$HOME/{cache}/fontlist-v1.json"\n'
        "echo 'PASS  one'; echo 'self-test: 1 passed, 0 failed'\n",
    )
    monkeypatch.setenv("LIFELINE_CONFIG_DIR", str(tmp_path / "developer-settings"))
    allow = ROOT / "packaging" / "stderr-allowlist.txt"
    result = frozen.self_test(exe, platform, tmp_path, allow)
    assert result.startswith("1 checks passed")


# --- runtime hooks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "env", "home", "parts"),
    [
        ("linux", {}, "/h", ("/h", ".cache", "lifeline")),
        ("linux", {"XDG_CACHE_HOME": "/c"}, "/h", ("/c", "lifeline")),
        ("linux", {"XDG_CACHE_HOME": "relative"}, "/h", ("/h", ".cache", "lifeline")),
        ("windows", {"LOCALAPPDATA": "L"}, "H", ("L", "Lifeline")),
        ("windows", {}, "H", ("H", "AppData", "Local", "Lifeline")),
        ("macos", {}, "/U", ("/U", "Library", "Caches", "Lifeline")),
    ],
)
def test_matplotlib_cache_folder_per_platform(platform, env, home, parts):
    """The font cache lives in each OS's per-user cache folder, computed without Qt."""
    hook = _load_hook("pyi_rth_lifeline_mplconfig")
    assert hook.mpl_config_dir(platform, env, home) == os.path.join(*parts, "matplotlib")


def test_matplotlib_hook_respects_a_set_folder_and_creates_its_own(tmp_path, monkeypatch):
    """An MPLCONFIGDIR already set wins; otherwise the per-user folder is created and used."""
    hook = _load_hook("pyi_rth_lifeline_mplconfig")
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mine"))
    hook._install()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "mine")
    monkeypatch.delenv("MPLCONFIGDIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    hook._install()
    assert Path(os.environ["MPLCONFIGDIR"]).is_dir()
    assert str(tmp_path) in os.environ["MPLCONFIGDIR"]


def test_offline_guard_hook_blocks_sockets_only_when_asked():
    """With LIFELINE_OFFLINE_GUARD=1 an internet socket raises and is reported on stderr."""
    code = (
        f"exec(open({str(HOOKS / 'pyi_rth_lifeline_netguard.py')!r}).read())\n"
        "import socket\n"
        "try:\n    socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "except OSError:\n    print('blocked')\nelse:\n    print('open')\n"
    )
    guarded = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "LIFELINE_OFFLINE_GUARD": "1"},
    )
    assert guarded.stdout.strip() == "blocked" and "NETWORK ACCESS BLOCKED" in guarded.stderr
    env = {k: v for k, v in os.environ.items() if k != "LIFELINE_OFFLINE_GUARD"}
    free = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert free.stdout.strip() == "open"


# --- what goes into the bundle -------------------------------------------------------------


def test_qt_plugins_translations_and_matplotlib_data_filters():
    """Unused Qt plugins, other languages' translations and sample data are dropped."""
    keep = pyi_options.keep_entry
    assert keep(("PySide6/Qt/plugins/platforms/libqxcb.so", "s", "BINARY"), "linux")
    assert not keep(("PySide6/Qt/plugins/platforms/libqwayland.so", "s", "BINARY"), "linux")
    assert not keep(("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "s", "BINARY"), "linux")
    assert keep(("PySide6/plugins/styles/qmodernwindowsstyle.dll", "s", "BINARY"), "windows")
    assert keep(("PySide6/Qt/translations/qtbase_ko.qm", "s", "DATA"), "linux")
    assert not keep(("PySide6/Qt/translations/qtbase_de.qm", "s", "DATA"), "linux")
    assert not keep(("matplotlib/mpl-data/sample_data/goog.npz", "s", "DATA"), "linux")
    assert not keep(("matplotlib/mpl-data/fonts/ttf/DejaVuSerif-Bold.ttf", "s", "DATA"), "linux")
    assert keep(("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", "s", "DATA"), "linux")
    assert not keep(("libgtk-3.so.0", "s", "BINARY"), "linux")
    assert not keep(
        ("numpy/_core/_multiarray_tests.cpython-311-x86_64-linux-gnu.so", "s", "EXTENSION"), "linux"
    )
    assert pyi_options.is_test_module("numpy.linalg.tests.test_x")
    assert not pyi_options.is_test_module("pyparsing.testing")


def test_app_imports_nothing_the_bundle_leaves_out(tmp_path):
    """Every module desktop_app imports (even in rarely used paths) is kept in the bundle."""
    assert pyi_options.excluded_but_imported(ROOT / "desktop_app") == []
    pkg = tmp_path / "desktop_app"
    pkg.mkdir()
    (pkg / "net.py").write_text("def f():\n    from PySide6.QtNetwork import QTcpSocket\n")
    (pkg / "ok.py").write_text("import ssl_helpers\nfrom . import net\n")
    assert pyi_options.excluded_but_imported(pkg) == [
        "desktop_app/net.py: PySide6.QtNetwork",
        "desktop_app/net.py: PySide6.QtNetwork.QTcpSocket",
    ]


def test_unreachable_libraries_are_found_from_the_roots():
    """A library only a dropped plugin needed is unreachable; shared ones are kept."""
    info = elf.ElfInfo
    libs = {
        "mod.so": info(needed=["libA.so.1"]),
        "libA.so.1": info(needed=["libB.so.2"], soname="libA.so.1"),
        "libB.so.2": info(soname="libB.so.2"),
        "libgtk-3.so.0": info(needed=["libB.so.2"]),
    }
    assert elf.unreachable(libs, ["mod.so"]) == ["libgtk-3.so.0"]
    assert elf.unresolved(libs, ["mod.so", "libA.so.1", "libB.so.2"]) == {}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads a Linux ELF file")
def test_elf_reader_on_a_real_extension_module():
    """DT_NEEDED of a real extension module is read (it links libc like everything)."""
    import _ctypes

    info = elf.dynamic_info(Path(_ctypes.__file__))
    assert info is not None and any(n.startswith("libc.so") for n in info.needed)
    assert elf.dynamic_info(ROOT / "pyproject.toml") is None


# --- the .deb --------------------------------------------------------------------------------


def test_deb_depends_are_mapped_and_unknown_libraries_fail():
    """Known sonames map to packages; an unknown one stops the build, naming it."""
    missing = {"libc.so.6": ["x"], "libxcb-cursor.so.0": ["q"], "libGL.so.1": ["q"]}
    deps = debian.depends(missing, "2.35", lookup=lambda s: None)
    assert deps == ["libc6 (>= 2.35)", "libfontconfig1", "libgl1", "libxcb-cursor0"]
    with pytest.raises(debian.DependencyError, match=r"libweird\.so\.9"):
        debian.depends({"libweird.so.9": ["a.so"]}, "2.35", lookup=lambda s: None)
    assert "libweird9" in debian.depends({"libweird.so.9": ["a"]}, "2.35", lambda s: "libweird9")


def test_deb_control_and_modes(tmp_path):
    """The control file carries the fields dpkg needs; libraries get 0644, programs 0755."""
    text = debian.control_text("1.0", 1234, ["libc6 (>= 2.35)", "libgl1"])
    for field in (
        "Package: lifeline",
        "Version: 1.0",
        "Architecture: amd64",
        "Installed-Size: 1234",
        "Depends: libc6 (>= 2.35), libgl1",
        "Maintainer: ",
    ):
        assert field in text
    lib = tmp_path / "libx.so.1"
    lib.write_bytes(b"x")
    lib.chmod(0o755)
    assert debian.file_mode(lib) == 0o644 and debian.file_mode(tmp_path) == 0o755


# --- the command line ---------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["--bogus"], ["--runs", "0"], ["extra"]])
def test_bad_flags_print_usage_and_exit_2(argv, capsys):
    """Unknown flags or bad values: usage on stderr and exit status 2, nothing built."""
    with pytest.raises(SystemExit) as exc:
        bi.main(argv)
    assert exc.value.code == 2
    assert "usage: build_installer.py" in capsys.readouterr().err


def test_missing_tools_are_explained():
    """No PyInstaller, no dpkg-deb: the problems say how to get them."""
    args = bi.parse_args([])
    problems, _ = bi.preflight("linux", args, which=lambda name: None, find_spec=lambda n: None)
    text = "\n".join(problems)
    assert 'pip install ".[build]"' in text and "pyinstaller==6.22.3" in text
    assert "dpkg-deb not found" in text and "apt-get install dpkg" in text
    problems, _ = bi.preflight(
        "linux", bi.parse_args(["--no-deb"]), which=lambda n: "/bin/x", find_spec=lambda n: object()
    )
    assert problems == []
    _, notes = bi.preflight("windows", args, which=lambda name: None)
    assert any("iscc" in note and "innosetup" in note for note in notes)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux tool check")
def test_script_stops_with_a_message_when_dpkg_deb_is_not_on_path(tmp_path):
    """Run as a program with an empty PATH: exit 1, explain, and leave dist/ alone."""
    env = {**os.environ, "PATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "dpkg-deb not found" in done.stderr and "binutils" in done.stderr


def test_report_table_shows_ratios_against_targets():
    """The printed table says whether each target was met, and by how much."""
    assert measure.ratio_cell(70, 100, 0.8).startswith("0.70x") and "met" in measure.ratio_cell(
        70, 100, 0.8
    )
    assert "MISSED" in measure.ratio_cell(90, 100, 0.8)
    assert measure.ratio_cell(None, 100, 0.8) == "-"
    table = measure.table([("bundle", "1 MB", "2 MB", "0.50x")])
    assert table.splitlines()[0].split() == ["Lifeline", "naive", "ratio"]
    assert io.StringIO(table).read().count("\n") == 2
