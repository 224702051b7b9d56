"""Helpers for ``build_installer.py``: PyInstaller options, archives, the .deb, checks.

This package lives inside ``packaging/`` (a folder without ``__init__.py``) on purpose: a
top-level package named ``packaging`` would shadow PyPA's ``packaging``, which matplotlib
and PyInstaller import. ``build_installer.py`` puts ``packaging/`` on ``sys.path``.
"""
