"""The `clusterlink` front door: each command is found in the module that says it registers it."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from clusterlink import cli

_ROOT = Path(__file__).resolve().parents[2]


def _commands_of(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    importlib.import_module(module).register(subparsers)
    return set(subparsers.choices)


@pytest.mark.parametrize("module", sorted(cli._COMMAND_MODULES))
def test_each_module_registers_exactly_the_commands_it_is_listed_with(module: str) -> None:
    assert _commands_of(module) == set(cli._COMMAND_MODULES[module])


def test_a_command_parses_the_same_with_only_its_module_loaded() -> None:
    argv = ["match", "--profiles", "p.jsonl", "--out", "o.jsonl", "--k", "5"]
    alone = vars(cli.build_parser("match").parse_args(argv))
    together = vars(cli.build_parser().parse_args(argv))
    assert alone == together
    assert alone["k"] == 5 and alone["exit_at_once"] is True


def test_match_loads_no_kafka_or_database_client() -> None:
    code = (
        "import sys; from clusterlink import cli; cli.build_parser('match'); "
        "print(sorted(m for m in ('aiokafka', 'faststream', 'pymongo', 'motor', 'httpx') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=_ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_an_unknown_command_gets_the_whole_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["no-such-command"])
    assert exited.value.code == 2
    assert "invalid choice: 'no-such-command'" in capsys.readouterr().err
