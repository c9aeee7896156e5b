"""The memory a context length costs, from the config alone, as the settings page shows it."""

from __future__ import annotations

import ast
import json

import pytest

from devtools import REPO
from runtime.config import parse_hf_config
from runtime.generate.context_cost import (
    RUNTIME_OVERHEAD,
    context_plan,
    fixed_state_bytes,
    kv_bytes_per_token,
)
from runtime.package import ModelPackage


def real_config(size: str):
    return parse_hf_config(
        json.loads((REPO / "devtools" / "configs" / f"qwen3.5-{size}.json").read_text())
    ).text


@pytest.mark.parametrize(("size", "per_1000"), [("0.8b", 24_576_000), ("2b", 24_576_000), ("4b", 65_536_000)])
def test_kv_cost_per_1000_tokens_counts_the_full_attention_layers_only(size, per_1000) -> None:
    # 2B: 6 of 24 layers x K and V x 2 heads x 256 x fp32 = 24 KiB a token
    assert 1000 * kv_bytes_per_token(real_config(size)) == per_1000


def test_the_2b_fixed_state_is_18_delta_rule_layers_of_just_over_1_mib() -> None:
    config = real_config("2b")
    assert len(config.layers_of("linear_attention")) == 18
    assert 18 * (1 << 20) < fixed_state_bytes(config) < 18 * (1 << 20) * 1.1  # plus the conv states


def test_plan_says_whether_a_context_fits_and_how_long_one_can_be(packages) -> None:
    package = ModelPackage.open(packages("gqa1-tied"))
    plan = context_plan(package, 2048, available=1 << 40)
    files = sum(info["size"] for info in package.manifest["files"].values())
    assert (
        plan.needed_bytes
        == files + plan.kv_bytes_per_token * 2048 + plan.fixed_state_bytes + RUNTIME_OVERHEAD
    )
    assert plan.kv_bytes_per_1000_tokens == 1000 * plan.kv_bytes_per_token
    assert plan.fits

    tight = context_plan(package, 2048, available=plan.needed_bytes - 1)
    assert not tight.fits
    assert tight.longest_fitting_context == 2047
    assert context_plan(package, 2047, available=plan.needed_bytes - 1).fits
    assert (
        context_plan(package, 10**9, available=0).context_length
        == package.config.text.max_position_embeddings
    )
    assert context_plan(package, 16, available=100).longest_fitting_context == 0


def test_the_cost_module_stays_light_for_the_settings_page() -> None:
    tree = ast.parse((REPO / "runtime" / "generate" / "context_cost.py").read_text())
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"__future__", "dataclasses", "psutil", "runtime"}
