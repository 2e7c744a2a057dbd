"""Chance-corrected agreement on units: Cohen's kappa, Krippendorff's alpha and Gwet's AC1.

Each function takes a (coders × units) array of category values with NaN for a missing rating
and returns a ``Statistic``: a value, or ``value=None`` with the reason it is undefined. NaN
never leaves this module.

Kappa comes from scikit-learn and alpha from the ``krippendorff`` package; AC1 has no kept
Python implementation, so it is written here from Gwet (2008) and the Handbook of Inter-Rater
Reliability (4th ed., 2014, ch. 2 and 4), and checked against the Handbook's examples in
tests/test_reliability_coefficients.py.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import krippendorff
import numpy as np
from sklearn.metrics import cohen_kappa_score


@dataclass(frozen=True)
class Statistic:
    """A figure, or why there is none.

    ``slice_length`` (seconds) and ``units`` are set for figures computed on time slices:
    ``units`` is the number of units that entered the figure.
    """

    value: float | None
    reason: str | None = None
    slice_length: float | None = None
    units: int | None = None

    @property
    def defined(self) -> bool:
        return self.value is not None


def _result(value: float, reason_if_nan: str, **where) -> Statistic:
    if value is None or not math.isfinite(value):
        return Statistic(None, reason_if_nan, **where)
    return Statistic(float(value), None, **where)


def _as_ratings(ratings) -> np.ndarray:
    array = np.asarray(ratings, dtype=np.float64)
    if array.ndim != 2:
        raise ValueError(f"ratings must be (coders × units), got shape {array.shape}")
    return array


def value_counts(ratings: np.ndarray, categories: Sequence[float]) -> np.ndarray:
    "(units × categories) array: how many coders put each unit in each category."
    return np.stack([(ratings == category).sum(axis=0) for category in categories], axis=1)


def distinct_units(ratings: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the values used, the distinct columns of ``ratings`` and how often each occurs.

    Time slices repeat a handful of patterns (mostly all-0) hundreds of thousands of times;
    every statistic here is a sum over units, so it can run on the patterns with weights.
    """
    coders, units = ratings.shape
    values = _values(ratings)
    base = len(values) + 1  # digit len(values) stands for "missing"
    combinations = base**coders
    if units == 0 or combinations >= 2**62:
        # Too many combinations for one int64 key per column: sort the columns themselves.
        filled = np.where(np.isnan(ratings), np.inf, ratings)
        patterns, counts = np.unique(filled, axis=1, return_counts=True)
        patterns[np.isinf(patterns)] = np.nan
        return values, patterns, counts
    digits = np.where(np.isnan(ratings), len(values), np.searchsorted(values, ratings))
    keys = np.zeros(units, dtype=np.int64)
    for row in reversed(range(coders)):
        keys = keys * base + digits[row]
    if combinations <= 2**16:  # a small table of every combination: count without sorting
        counts = np.bincount(keys, minlength=combinations)
        present = np.flatnonzero(counts)
        counts = counts[present]
    else:
        present, counts = np.unique(keys, return_counts=True)
    decoded = (present[None, :] // (base ** np.arange(coders, dtype=np.int64))[:, None]) % base
    patterns = np.append(values, np.nan)[decoded]
    return values, patterns, counts


def _values(ratings: np.ndarray) -> np.ndarray:
    "The sorted distinct values of ``ratings`` (NaN left out)."
    present = ratings[~np.isnan(ratings)]
    # Slices hold small non-negative integers: counting them beats sorting a million values.
    if present.size and present.min() >= 0 and present.max() < 1024:
        as_int = present.astype(np.int64)
        if np.array_equal(as_int, present):
            return np.flatnonzero(np.bincount(as_int)).astype(np.float64)
    return np.unique(present)


def _single_coder(ratings: np.ndarray) -> str | None:
    if ratings.shape[0] < 2:
        return f"{ratings.shape[0]} coder: agreement needs two or more"
    return None


def cohen_kappa(ratings, slice_length: float | None = None) -> Statistic:
    """Cohen's kappa of two coders over the units both rated (scikit-learn).

    Units where either coder is missing are left out, since kappa has no rule for missing data.
    """
    ratings = _as_ratings(ratings)
    if reason := _single_coder(ratings):
        return Statistic(None, reason, slice_length, 0)
    if ratings.shape[0] > 2:
        return Statistic(
            None,
            f"kappa compares two coders, {ratings.shape[0]} were given: read alpha or AC1, or "
            f"select two coders",
            slice_length,
            0,
        )
    _, patterns, weights = distinct_units(ratings)
    both = ~np.isnan(patterns).any(axis=0)
    first, second, weights = patterns[0, both], patterns[1, both], weights[both]
    units = int(weights.sum())
    where = {"slice_length": slice_length, "units": units}
    if units == 0:
        return Statistic(None, "no unit was rated by both coders", **where)
    if np.unique(np.concatenate([first, second])).size == 1:
        return Statistic(
            None,
            f"every unit is {_category_name(first[0])} for both coders, so chance agreement "
            f"is 1 and kappa is 0/0",
            **where,
        )
    # One weighted sample per distinct pair of ratings: the same confusion matrix, and kappa,
    # as one sample per unit.
    value = cohen_kappa_score(first, second, sample_weight=weights)
    return _result(value, "kappa is not a number", **where)


def krippendorff_alpha(ratings, slice_length: float | None = None) -> Statistic:
    """Krippendorff's alpha, nominal, any number of coders, missing ratings allowed.

    Only units rated by two or more coders are pairable; ``units`` counts those.
    """
    ratings = _as_ratings(ratings)
    if reason := _single_coder(ratings):
        return Statistic(None, reason, slice_length, 0)
    values, patterns, weights = distinct_units(ratings)
    counts = np.repeat(value_counts(patterns, values), weights, axis=0)
    pairable = counts[counts.sum(axis=1) >= 2]
    where = {"slice_length": slice_length, "units": len(pairable)}
    if len(pairable) == 0:
        return Statistic(None, "no unit was rated by two or more coders", **where)
    used = pairable.sum(axis=0) > 0
    if used.sum() < 2:
        only = values[int(np.argmax(used))]
        return Statistic(
            None,
            f"every pairable value is {_category_name(only)}, so expected disagreement is 0 and "
            f"alpha is 0/0",
            **where,
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = krippendorff.alpha(value_counts=pairable, level_of_measurement="nominal")
    return _result(value, "alpha is not a number", **where)


def gwet_ac1(
    ratings, categories: Sequence[float] | None = None, slice_length: float | None = None
) -> Statistic:
    """Gwet's AC1 (nominal) for two or more coders, missing ratings allowed.

    With r_ik the coders putting unit i in category k, r_i = Σ_k r_ik, q categories:

    - agreement pa = mean over units with r_i ≥ 2 of Σ_k r_ik (r_ik − 1) / (r_i (r_i − 1));
    - π_k = mean over units with r_i ≥ 1 of r_ik / r_i;
    - chance pe = Σ_k π_k (1 − π_k) / (q − 1);
    - AC1 = (pa − pe) / (1 − pe).

    Args:
        ratings: (coders × units), NaN for missing.
        categories: every category a coder could choose (q is its length); by default the
            categories that occur. Time slices pass (0, 1): q = 2 even if nobody used 1.
        slice_length: recorded on the result.
    """
    ratings = _as_ratings(ratings)
    if reason := _single_coder(ratings):
        return Statistic(None, reason, slice_length, 0)
    values, patterns, weights = distinct_units(ratings)
    categories = values.tolist() if categories is None else list(categories)
    counts = value_counts(patterns, categories).astype(np.float64)
    raters = counts.sum(axis=1)
    paired = raters >= 2
    where = {"slice_length": slice_length, "units": int(weights[paired].sum())}
    if not paired.any():
        return Statistic(None, "no unit was rated by two or more coders", **where)
    if len(categories) < 2:
        return Statistic(
            None, "only one category exists, so chance agreement is undefined", **where
        )
    pc, rc = counts[paired], raters[paired, None]
    per_unit = (pc * (pc - 1) / (rc * (rc - 1))).sum(axis=1)
    agreement = float(np.average(per_unit, weights=weights[paired]))
    rated = raters >= 1
    shares = np.average(counts[rated] / raters[rated, None], axis=0, weights=weights[rated])
    chance = float((shares * (1 - shares)).sum() / (len(categories) - 1))
    # Σ π_k (1 − π_k) ≤ 1 − 1/q, so pe ≤ 1/q ≤ 1/2: the denominator is never 0.
    return _result((agreement - chance) / (1 - chance), "AC1 is not a number", **where)


def _category_name(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
