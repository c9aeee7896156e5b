"""Exact arithmetic without `eval`: the expression is parsed with `ast` and walked, every number
is a Fraction (0.1 is exactly 1/10), and sizes are bounded before they are computed.

Allowed: numbers, + - * / // % and ** (also written ^), parentheses, abs, min, max, round.
Limits: whole-number exponents up to 10,000 in size, numbers up to 4,000 digits, expressions up
to 2,000 characters. Anything else is an error that says what is not allowed.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from typing import Any

from runtime.tools.registry import HostedTool, ToolContext, ToolError, ToolSpec

MAX_EXPRESSION = 2_000
MAX_EXPONENT = 10_000
MAX_DIGITS = 4_000  # Python prints integers up to 4,300 digits
DECIMAL_DIGITS = 30

_BINARY: dict[type, Callable[[Fraction, Fraction], Fraction]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: lambda a, b: Fraction(a // b),
    ast.Mod: operator.mod,
}
_FUNCTIONS: dict[str, Callable[..., Fraction]] = {
    "abs": lambda x: abs(x),
    "min": lambda *xs: min(xs),
    "max": lambda *xs: max(xs),
    "round": lambda x, n=Fraction(0): Fraction(round(x, int(n))),
}


def _digits(value: Fraction) -> int:
    """Decimal digits of the numerator or denominator, whichever is longer (from bit lengths:
    printing a huge integer to count its digits is itself slow, and Python refuses past 4,300)."""
    bits = max(abs(value.numerator).bit_length(), value.denominator.bit_length())
    return int(bits * 0.30103) + 1


def _power(base: Fraction, exponent: Fraction) -> Fraction:
    if exponent.denominator != 1:
        raise ToolError(
            "Only whole-number exponents give exact results; use a decimal approximation instead."
        )
    if abs(exponent) > MAX_EXPONENT:
        raise ToolError(f"Exponents are limited to ±{MAX_EXPONENT:,}.")
    if base == 0 and exponent < 0:
        raise ToolError("Zero cannot be raised to a negative power.")
    size = max(math.log10(abs(base.numerator)) if base else 0.0, math.log10(base.denominator))
    estimated = int(abs(int(exponent)) * size)
    if estimated > MAX_DIGITS:
        raise ToolError(f"The result would have about {estimated:,} digits (the limit is {MAX_DIGITS:,}).")
    return base ** int(exponent)


def _number(value: Any) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ToolError(f"{value!r} is not a number.")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ToolError("Numbers must be finite.")
        return Fraction(Decimal(repr(value)))  # the literal as written: 0.1 -> 1/10
    return Fraction(value)


def _evaluate(node: ast.AST) -> Fraction:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body)
    if isinstance(node, ast.Constant):
        return _number(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd | ast.USub):
        value = _evaluate(node.operand)
        return value if isinstance(node.op, ast.UAdd) else -value
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left), _evaluate(node.right)
        if isinstance(node.op, ast.Pow | ast.BitXor):
            return _check(_power(left, right))
        if isinstance(node.op, ast.Div | ast.FloorDiv | ast.Mod) and right == 0:
            raise ToolError("Division by zero.")
        operation = _BINARY.get(type(node.op))
        if operation is None:
            raise ToolError(f"The operator {type(node.op).__name__} is not supported.")
        return _check(operation(left, right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
        function = _FUNCTIONS.get(node.func.id)
        if function is None:
            raise ToolError(f"Unknown function {node.func.id!r}; allowed: {', '.join(_FUNCTIONS)}.")
        try:
            return _check(Fraction(function(*(_evaluate(a) for a in node.args))))
        except TypeError:
            raise ToolError(f"Wrong number of arguments for {node.func.id}.") from None
    raise ToolError(f"{ast.unparse(node)!r} is not arithmetic; only numbers and + - * / // % ** are allowed.")


def _check(value: Fraction) -> Fraction:
    if _digits(value) > MAX_DIGITS:
        raise ToolError(f"An intermediate result has more than {MAX_DIGITS:,} digits.")
    return value


def _decimal(value: Fraction) -> str:
    with localcontext() as context:
        context.prec = DECIMAL_DIGITS
        try:
            return format(
                Decimal(value.numerator) / Decimal(value.denominator), "f" if _digits(value) < 25 else "e"
            )
        except InvalidOperation:
            return ""


def calculate(expression: str) -> str:
    """The exact value of `expression`, as an integer or a fraction with its decimal value."""
    if len(expression) > MAX_EXPRESSION:
        raise ToolError(f"The expression is longer than {MAX_EXPRESSION:,} characters.")
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as e:
        raise ToolError(f"The expression cannot be read: {e.msg}.") from None
    value = _evaluate(tree)
    if value.denominator == 1:
        return str(value.numerator)
    return f"{value.numerator}/{value.denominator} ≈ {_decimal(value)}"


def _run(arguments: Mapping[str, Any], context: ToolContext) -> str:
    return calculate(str(arguments.get("expression", "")))


SPEC = ToolSpec(
    "calculate",
    "Exact arithmetic: + - * / // % and ** (or ^), parentheses, abs, min, max, round. "
    "Fractions stay exact (1/3 + 1/6 = 1/2).",
    {
        "type": "object",
        "properties": {"expression": {"type": "string", "description": "For example (2**10 + 1) / 3"}},
        "required": ["expression"],
    },
    default_policy="allow",
    touches="Nothing outside Oriel.",
)
TOOL = HostedTool(SPEC, _run)
