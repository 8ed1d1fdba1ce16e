"""The packaging tests' figures (bundle size, build times, start-up times), printed at the end of the run."""

from __future__ import annotations

import pytest

FIGURES_KEY = pytest.StashKey[list[str]]()


@pytest.fixture(scope="session")
def figures(pytestconfig: pytest.Config) -> list[str]:
    """Lines for the terminal summary's "bundle and Debian package" section (shown passed or not)."""
    return pytestconfig.stash.setdefault(FIGURES_KEY, [])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(FIGURES_KEY, [])
    if lines:
        terminalreporter.section("bundle and Debian package")
        for line in lines:
            terminalreporter.write_line(line)
