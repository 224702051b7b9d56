#!/usr/bin/env python3
"""Build Lifeline's offline installers from a clean checkout, test them, checksum them.

    python build_installer.py [--compare-naive] [--verify-deb] [--no-deb] [--runs N]

Linux: dist/Lifeline/ (PyInstaller one-folder bundle), dist/Lifeline-<v>-linux-x86_64.tar.xz,
dist/lifeline_<v>_amd64.deb. Windows: the bundle, a .zip and (with Inno Setup's iscc on PATH)
a per-user setup .exe. macOS: Lifeline.app and a .dmg. Always dist/SHA256SUMS.

Before anything reaches dist/ the frozen app's --self-test runs offscreen, offline and with
an empty HOME; PyInstaller's warnings are compared with packaging/warn-baseline.txt. All
work happens in build/installer/ and is moved into dist/ only when everything passed.
Exit status: 0 built, 1 build or check failed, 2 bad command line.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

from lifeline_build import archives, checks, debian, frozen, measure  # noqa: E402
from lifeline_build import platforms as plat  # noqa: E402
from lifeline_build.frozen import BuildError, run  # noqa: E402
from lifeline_build.pyi_options import current_platform, excluded_but_imported  # noqa: E402

PYINSTALLER_PIN = "6.22.3"
WORK = ROOT / "build" / "installer"
DIST = ROOT / "dist"
SPEC = PACKAGING / "lifeline.spec"
BASELINE = PACKAGING / "warn-baseline.txt"
ALLOWLIST = PACKAGING / "stderr-allowlist.txt"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build_installer.py",
        description="Build, test and checksum Lifeline's offline installers into dist/.",
    )
    parser.add_argument(
        "--compare-naive",
        action="store_true",
        help="also build with PyInstaller's defaults and compare size and speed",
    )
    parser.add_argument(
        "--verify-deb",
        action="store_true",
        help="Linux, as root: install the .deb, run its self-test, remove it",
    )
    parser.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    parser.add_argument(
        "--runs",
        type=int,
        default=5,
        metavar="N",
        help="start-up timing runs per variant (median; default 5)",
    )
    parser.add_argument(
        "--update-warn-baseline",
        action="store_true",
        help="accept this platform's missing top-level modules as the baseline",
    )
    parser.add_argument("--keep-work", action="store_true", help="keep build/installer/")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def preflight(
    platform: str, args: argparse.Namespace, which=shutil.which, find_spec=importlib.util.find_spec
) -> tuple[list[str], list[str]]:
    """(problems that stop the build, notes) about missing tools, with how to get them."""
    problems: list[str] = []
    notes: list[str] = []
    if find_spec("PyInstaller") is None:
        problems.append(
            f"PyInstaller is not installed for {sys.executable}. Install the build extra "
            f'from the repo root: {sys.executable} -m pip install ".[build]" '
            f"(it pins pyinstaller=={PYINSTALLER_PIN})."
        )
    else:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("pyinstaller")
        except PackageNotFoundError:  # importable without metadata (e.g. a source tree)
            found = "of unknown version"
        if found != PYINSTALLER_PIN:
            notes.append(
                f"PyInstaller {found} found, the build extra pins {PYINSTALLER_PIN}; "
                "results may differ from CI's."
            )
    if platform == "linux":
        if not which("objdump") or not which("strip"):
            problems.append(
                "objdump/strip (binutils) not found; PyInstaller needs them: "
                "sudo apt-get install binutils (Fedora: sudo dnf install binutils)."
            )
        if not args.no_deb and not which("dpkg-deb"):
            problems.append(
                "dpkg-deb not found; it builds the .deb. On Debian/Ubuntu it is part "
                "of dpkg (sudo apt-get install dpkg); on Fedora: sudo dnf install "
                "dpkg. Or pass --no-deb to build only the bundle and .tar.xz."
            )
        if not args.no_deb and not which("lintian"):
            notes.append(
                "lintian not found, so the .deb is not linted (sudo apt-get install lintian)."
            )
    if platform == "windows" and not which("iscc"):
        notes.append(
            "iscc (Inno Setup 6) not on PATH: no setup .exe, only the .zip "
            "(https://jrsoftware.org/isdl.php, or: choco install innosetup)."
        )
    if platform == "macos" and not which("hdiutil"):
        problems.append("hdiutil not found (it ships with macOS): cannot make the .dmg.")
    if args.verify_deb and (platform != "linux" or args.no_deb or os.geteuid() != 0):
        problems.append("--verify-deb installs the .deb, so it needs Linux, root and no --no-deb.")
    return problems, notes


def source_date_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return int(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return archives.ZIP_EPOCH_MIN


def build_env(epoch: int) -> dict[str, str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), PYTHONHASHSEED="0")
    env.pop("LIFELINE_OFFLINE_GUARD", None)
    return env


def check_warnings(work: Path, platform: str, update: bool) -> str:
    warn = next((work / "pyi").glob("*/warn-*.txt"), None)
    if warn is None:
        raise BuildError("PyInstaller wrote no warn-*.txt file")
    current = checks.missing_top_level(warn.read_text(encoding="utf-8"))
    if update:
        checks.update_baseline(BASELINE, platform, current)
        return f"baseline [{platform}] rewritten with {len(current)} modules"
    baseline = checks.read_baseline(BASELINE, platform) if BASELINE.exists() else None
    if baseline is None:
        raise BuildError(
            f"{BASELINE.name} has no [{platform}] section; review {warn} and "
            "run with --update-warn-baseline",
            "\n".join(current),
        )
    new = checks.new_missing(current, baseline)
    if new:
        detail = "\n".join(f"{m}  <- {', '.join(by)}" for m, by in new.items())
        raise BuildError(
            f"new missing top-level module(s) in {warn.name}: {', '.join(new)}", detail
        )
    return f"no new missing top-level modules ({len(current)} known, see {BASELINE.name})"


def build_deb(bundle: Path, deb: Path, version: str, epoch: int) -> None:
    staging = WORK / "deb"
    deps = debian.stage(bundle, staging, PACKAGING, version, epoch)
    run(plat.dpkg_deb_cmd(staging, deb), env=build_env(epoch), what="dpkg-deb")
    print(f"  .deb Depends: {', '.join(deps)}")
    if shutil.which("lintian"):
        lint = subprocess.run(
            ["lintian", "--fail-on", "error", str(deb)], capture_output=True, text=True
        )
        if lint.returncode != 0 or any(x.startswith("E:") for x in lint.stdout.splitlines()):
            raise BuildError("lintian found errors in the .deb", lint.stdout + lint.stderr)
        print(f"  lintian: no errors ({len(lint.stdout.splitlines())} other notes)")


def package(
    bundle: Path, out: Path, platform: str, version: str, epoch: int, args: argparse.Namespace
) -> dict[str, Path]:
    names = plat.artifact_names(version, platform)
    made: dict[str, Path] = {}
    if platform == "linux":
        made["archive"] = out / names["archive"]
        # xz is single-threaded and slow: compress the .tar.xz while dpkg-deb and lintian run.
        with ThreadPoolExecutor(1) as pool:
            tar_job = pool.submit(archives.write_tar_xz, bundle, made["archive"], epoch)
            if not args.no_deb:
                made["deb"] = out / names["deb"]
                build_deb(bundle, made["deb"], version, epoch)
            tar_job.result()
    elif platform == "windows":
        made["archive"] = out / names["archive"]
        archives.write_zip(bundle, made["archive"], epoch)
        iscc = shutil.which("iscc")
        if iscc:
            iss = PACKAGING / "windows" / "lifeline.iss"
            base = names["installer"].removesuffix(".exe")
            run(plat.iscc_cmd(iscc, iss, version, bundle, out, base), what="Inno Setup")
            made["installer"] = out / names["installer"]
    else:
        staging = WORK / "dmg"
        staging.mkdir()
        shutil.copytree(bundle, staging / bundle.name, symlinks=True)
        (staging / "Applications").symlink_to("/Applications")
        made["archive"] = out / names["archive"]
        run(plat.hdiutil_cmd(staging, made["archive"]), what="hdiutil")
    return made


def naive_build(
    env: dict[str, str], platform: str, scratch: Path, epoch: int, runs: int, exe: Path
) -> dict[str, float]:
    dist, work = WORK / "naive-dist", WORK / "naive-pyi"
    run(
        plat.naive_pyinstaller_cmd(sys.executable, ROOT, dist, work),
        env=env,
        cwd=ROOT,
        what="naive PyInstaller build",
    )
    bundle = dist / "Lifeline"
    naive_exe = bundle / ("Lifeline.exe" if platform == "windows" else "Lifeline")
    archive = WORK / "naive.tar.xz"
    archives.write_tar_xz(bundle, archive, epoch)
    measure.time_once(
        [str(naive_exe), *frozen.STARTUP_ARGS], frozen.env_in(scratch / "warm-nv", platform)
    )
    times = measure.alternate(
        {
            "ours": (
                [str(exe), *frozen.STARTUP_ARGS],
                lambda: frozen.env_in(scratch / "warm-frozen", platform),
                None,
            ),
            "naive": (
                [str(naive_exe), *frozen.STARTUP_ARGS],
                lambda: frozen.env_in(scratch / "warm-nv", platform),
                None,
            ),
        },
        runs,
    )
    return {
        "bundle": archives.tree_size(bundle),
        "archive": archive.stat().st_size,
        "startup": times["naive"],
        "ours_startup": times["ours"],
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    platform = current_platform()
    problems, notes = preflight(platform, args)
    for note in notes:
        print(f"note: {note}")
    if problems:
        for problem in problems:
            print(f"build_installer: {problem}", file=sys.stderr)
        return 1
    version, epoch = plat.read_version(ROOT), source_date_epoch()
    env = build_env(epoch)
    names = plat.artifact_names(version, platform)
    DIST.mkdir(exist_ok=True)
    for old in ["SHA256SUMS", *names.values()]:  # nothing old may look like this build
        target = DIST / old
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
    shutil.rmtree(WORK, ignore_errors=True)
    out, scratch = WORK / "out", WORK / "scratch"
    out.mkdir(parents=True)
    scratch.mkdir()
    started = time.perf_counter()
    try:
        broken = excluded_but_imported(ROOT / "desktop_app")
        if broken:
            raise BuildError(
                "the app imports modules that pyi_options.EXCLUDES leaves out of "
                "the bundle; remove them from the list",
                "\n".join(broken),
            )
        print(f"Lifeline {version}: PyInstaller build (SOURCE_DATE_EPOCH={epoch}) ...")
        run(
            plat.pyinstaller_cmd(sys.executable, SPEC, WORK / "bundle", WORK / "pyi"),
            env=env,
            cwd=ROOT,
            what="PyInstaller",
        )
        bundle = WORK / "bundle" / names["bundle"]
        exe = plat.frozen_executable(bundle, platform)
        dangling = [p for p in archives.walk_sorted(bundle) if p.is_symlink() and not p.exists()]
        if dangling:
            raise BuildError("the bundle has broken symlinks", "\n".join(map(str, dangling)))
        if platform == "linux":
            count, saved = frozen.strip_bundle(bundle)
            print(f"  stripped debug info from {count} files ({measure.mb(saved)})")
            archives.set_tree_mtime(bundle, epoch)
        print(f"  warnings: {check_warnings(WORK, platform, args.update_warn_baseline)}")
        print(f"  self-test: {frozen.self_test(exe, platform, scratch, ALLOWLIST)}")
        print(f"  ({time.perf_counter() - started:.0f} s so far) timing start-up ...")
        times = frozen.startup_times(exe, platform, scratch, args.runs, ROOT)
        print(f"  start-up timed ({time.perf_counter() - started:.0f} s so far); packaging ...")
        made = package(bundle, out, platform, version, epoch, args)
        if args.verify_deb:
            result = frozen.verify_deb(
                made["deb"], debian.PACKAGE, scratch, ALLOWLIST, shutil.which
            )
            print(f"  .deb: {result}")
        naive = (
            naive_build(env, platform, scratch, epoch, args.runs, exe)
            if args.compare_naive
            else None
        )
        sums = archives.sha256sums_text(made.values())
        shutil.move(str(bundle), DIST / bundle.name)
        for path in made.values():
            shutil.move(str(path), DIST / path.name)
        (DIST / "SHA256SUMS").write_text(sums, encoding="utf-8", newline="\n")
    except (BuildError, debian.DependencyError, RuntimeError, OSError) as exc:
        print(f"\nbuild_installer: FAILED: {exc}", file=sys.stderr)
        if isinstance(exc, BuildError) and exc.detail:
            print(exc.detail, file=sys.stderr)
        print(f"(work files kept in {WORK}; nothing was written to dist/)", file=sys.stderr)
        return 1
    if not args.keep_work:
        shutil.rmtree(WORK, ignore_errors=True)
    print(f"\nBuilt in {time.perf_counter() - started:.0f} s into {DIST}:")
    print(sums, end="")
    sizes = {"bundle": (f"{bundle.name}/ (unpacked)", archives.tree_size(DIST / bundle.name))}
    sizes |= {k: (p.name, (DIST / p.name).stat().st_size) for k, p in made.items()}
    print("\n" + measure.report(sizes, times, naive))
    return 0


if __name__ == "__main__":
    sys.exit(main())
