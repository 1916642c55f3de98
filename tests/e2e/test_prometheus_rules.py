"""The Prometheus alert rules in deploy/prometheus/ pass promtool, and their unit tests pass too.

promtool is in the Debian package prometheus; as root it is installed with apt-get where missing.
The rules read only the metrics the kiosk writes with --metrics-dir (kiosk.services.metrics names
them; tests/services check that it writes them all): a misspelt name would be an empty series, and
an alert built on it would never fire.
"""

from __future__ import annotations

import re
import subprocess
from typing import Any

import pytest
import yaml

from kiosk.services.metrics import METRIC_NAMES
from tests.conftest import ROOT
from tests.debian import installed

DEPLOY = ROOT / "deploy" / "prometheus"
RULES = DEPLOY / "kiosk-alerts.yml"
RULE_TESTS = DEPLOY / "kiosk-alerts.test.yml"
CONFIG = DEPLOY / "prometheus.yml"
ALERTS = ("KioskDown", "KioskContentBroken", "KioskUntouched", "KioskErrorBudgetNearlySpent")

METRIC = re.compile(r"\bkiosk_[a-z_]+\b")


@pytest.fixture(scope="module")
def promtool() -> str:
    """The path of promtool, installed with apt-get as root where missing; a skip with the reason elsewhere."""
    return installed("promtool", "prometheus")


def run_promtool(promtool: str, *args: str) -> None:
    """Run promtool in the rules' folder; a failure shows promtool's whole output."""
    done = subprocess.run([promtool, *args], cwd=DEPLOY, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, f"promtool {' '.join(args)} exited with {done.returncode}:\n{done.stdout}{done.stderr}"


def test_the_rules_pass_promtool_check_rules(promtool: str) -> None:
    run_promtool(promtool, "check", "rules", RULES.name)


def test_the_example_configuration_and_the_rules_it_names_pass_promtool_check_config(promtool: str) -> None:
    run_promtool(promtool, "check", "config", CONFIG.name)


@pytest.mark.slow
def test_the_rules_pass_their_unit_tests(promtool: str) -> None:
    # About 15 s: the untouched-kiosk tests evaluate the rules every 15 s over up to 2.5 days.
    run_promtool(promtool, "test", "rules", RULE_TESTS.name)


def rules() -> list[dict[str, Any]]:
    (group,) = yaml.safe_load(RULES.read_text(encoding="utf-8"))["groups"]
    assert group["name"] == "kiosk"
    return list(group["rules"])


def test_each_alert_has_a_wait_a_severity_and_words_for_the_technician_naming_the_kiosk() -> None:
    assert sorted({rule["alert"] for rule in rules()}) == sorted(ALERTS)
    for rule in rules():
        assert "for" in rule, rule["alert"]
        assert rule["labels"]["severity"] in ("critical", "warning"), rule["alert"]
        for text in (rule["annotations"]["summary"], rule["annotations"]["description"]):
            assert "{{ $labels.kiosk }}" in text, rule["alert"]
            assert "{{ $labels.instance }}" in text, rule["alert"]


def test_each_alert_is_tested_firing_and_not_firing() -> None:
    cases = [
        case
        for test in yaml.safe_load(RULE_TESTS.read_text(encoding="utf-8"))["tests"]
        for case in test.get("alert_rule_test", [])
    ]
    for alert in ALERTS:
        assert any(case["alertname"] == alert and case["exp_alerts"] for case in cases), f"{alert} never fires"
        assert any(case["alertname"] == alert and not case["exp_alerts"] for case in cases), f"{alert} always fires"


def test_the_rules_use_only_metrics_the_kiosk_writes() -> None:
    # The expressions, and the queries in the annotations' templates.
    used = {
        name
        for rule in rules()
        for text in (rule["expr"], *rule["annotations"].values())
        for name in METRIC.findall(text)
    }
    assert used, "no kiosk_* metric found in the rules"
    assert used <= set(METRIC_NAMES), f"not written by the kiosk: {sorted(used - set(METRIC_NAMES))}"
    tested = set(METRIC.findall(RULE_TESTS.read_text(encoding="utf-8")))
    assert tested <= set(METRIC_NAMES), (
        f"the unit tests feed metrics the kiosk does not write: {sorted(tested - set(METRIC_NAMES))}"
    )
