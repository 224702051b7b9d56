"""Lifeline: an offline reader for one true story about money sent home to North Korea."""

__version__ = "0.1.0"
