"""Kappa, alpha and AC1 against published worked examples and hand computations (issue #13 §2)."""

from __future__ import annotations

import math
from fractions import Fraction

import krippendorff
import numpy as np
import pytest

from bodycam.research.coefficients import cohen_kappa, gwet_ac1, krippendorff_alpha

NA = math.nan


def two_by_two(both_1: int, only_a: int, only_b: int, both_0: int) -> np.ndarray:
    "Raw (2 × units) ratings that produce the given 2×2 table."
    a = [1] * both_1 + [1] * only_a + [0] * only_b + [0] * both_0
    b = [1] * both_1 + [0] * only_a + [1] * only_b + [0] * both_0
    return np.array([a, b], dtype=float)


def from_table(table: list[list[int]]) -> np.ndarray:
    "Raw (2 × units) ratings from a contingency table (rows: rater A, columns: rater B)."
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [i] * count
            b += [j] * count
    return np.array([a, b], dtype=float)


# --- Gwet's AC1: published examples -----------------------------------------------------------


def test_ac1_two_raters_matches_gwet_handbook_abstractors_table():
    # Gwet, K.L. (2014) Handbook of Inter-Rater Reliability, 4th ed.: 100 pregnancies classified
    # by two abstractors as Ectopic / AIU / NIU. The same table ships as `cont3x3abstractors`
    # in Gwet's irrCAC R package, whose vignette prints AC1 = 0.849 (gwet.ac1.table).
    table = [[13, 0, 0], [0, 20, 7], [0, 4, 56]]
    result = gwet_ac1(from_table(table))
    assert result.value == pytest.approx(0.849, abs=5e-4)
    # Hand computation: pa = 89/100; π_k = (row_k + column_k) / 200; pe = Σ π(1−π) / (q−1).
    pa = Fraction(13 + 20 + 56, 100)
    shares = [Fraction(13 + 13, 200), Fraction(27 + 24, 200), Fraction(60 + 63, 200)]
    pe = sum(p * (1 - p) for p in shares) / 2
    assert pe == Fraction(53985, 200000)
    assert result.value == pytest.approx(float((pa - pe) / (1 - pe)), abs=1e-12)
    assert result.units == 100


def test_ac1_four_raters_with_missing_ratings_matches_gwet_handbook():
    # Gwet (2014) Handbook, 4th ed.: 4 raters, 12 units, 5 categories, none of the raters scored
    # every unit (the data of Krippendorff's missing-data example). Published: pa = 0.8182,
    # pe = 0.1903, AC1 = 0.7754 (Gwet's irrCAC `cac.raw4raters`, citing p. 120; the tests of
    # jmgirard/agreement cite the same figures from pp. 55-56).
    ratings = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, NA],
            [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
        ]
    )
    result = gwet_ac1(ratings)
    assert result.value == pytest.approx(0.7754, abs=5e-5)
    # Hand computation, unit by unit. Agreement of a unit with r ratings: Σ_k r_k(r_k−1)/(r(r−1)).
    # Units 1-11 have two or more ratings; unit 12 (one rating) only enters the π_k.
    agreement = [1, Fraction(1, 2), 1, 1, 1, 0, 1, Fraction(1, 2), 1, 1, 1]
    pa = Fraction(sum(agreement), 11)
    assert pa == Fraction(9, 11)
    # π_k = mean over the 12 units of r_k / r (categories 1..5):
    shares = [
        Fraction(1 + Fraction(1, 4) + Fraction(3, 4) + 1, 12),
        Fraction(Fraction(3, 4) + 1 + Fraction(1, 4) + Fraction(1, 4) + 1, 12),
        Fraction(Fraction(1, 4) + 1 + 1 + Fraction(1, 4) + 1, 12),
        Fraction(Fraction(1, 4) + 1, 12),
        Fraction(1, 12),
    ]
    assert sum(shares) == 1
    pe = sum(p * (1 - p) for p in shares) / 4
    assert float(pe) == pytest.approx(0.1903, abs=5e-5)
    assert result.value == pytest.approx(float((pa - pe) / (1 - pe)), abs=1e-12)
    assert result.units == 11


def test_ac1_binary_by_hand_and_its_fixed_category_set():
    # 2×2 table: 1 unit both 1, 1 only A, 0 only B, 8 both 0. pa = 9/10;
    # π_1 = (2 + 1)/20, pe = 2·π_1·(1−π_1)/(2−1) = 2·0.15·0.85 = 0.255.
    result = gwet_ac1(two_by_two(1, 1, 0, 8), categories=(0, 1), slice_length=0.5)
    assert result.value == pytest.approx((0.9 - 0.255) / (1 - 0.255), abs=1e-12)
    assert (result.slice_length, result.units, result.reason) == (0.5, 10, None)


def test_ac1_is_one_when_every_unit_is_in_one_of_two_categories():
    # With q = 2 fixed, π = (1, 0) gives pe = 0 and pa = 1: AC1 stays defined where kappa is not.
    ratings = np.zeros((2, 5))
    assert gwet_ac1(ratings, categories=(0, 1)).value == 1.0
    assert cohen_kappa(ratings).value is None


def test_ac1_undefined_cases_say_why():
    assert gwet_ac1(np.zeros((1, 4))).reason == "1 coder: agreement needs two or more"
    no_pairs = np.array([[1, NA], [NA, 0]])
    assert gwet_ac1(no_pairs).reason == "no unit was rated by two or more coders"
    one_category = gwet_ac1(np.ones((2, 3)))
    assert one_category.value is None
    assert "only one category" in one_category.reason


# --- Cohen's kappa -----------------------------------------------------------------------------


def test_kappa_equals_hand_computation_from_the_two_by_two_table():
    # a=20 both 1, b=5 only A, c=10 only B, d=65 both 0 (100 units).
    # po = 85/100; pe = (25·30 + 75·70)/100² = 0.6; kappa = (0.85 − 0.6)/(1 − 0.6) = 0.625.
    result = cohen_kappa(two_by_two(20, 5, 10, 65), slice_length=1.0)
    po = Fraction(85, 100)
    pe = Fraction(25 * 30 + 75 * 70, 100 * 100)
    assert (po - pe) / (1 - pe) == Fraction(5, 8)
    assert result.value == pytest.approx(0.625, abs=1e-12)
    assert (result.slice_length, result.units) == (1.0, 100)


def test_kappa_leaves_out_units_either_coder_missed():
    ratings = np.array([[1, 0, 1, 0, 1, NA], [1, 0, 0, 0, NA, 1]])
    result = cohen_kappa(ratings)
    # Units 1-4: table a=1, b=1, c=0, d=2; po = 3/4, pe = (2·1 + 2·3)/16 = 1/2, kappa = 1/2.
    assert result.units == 4
    assert result.value == pytest.approx(0.5, abs=1e-12)


def test_kappa_undefined_cases_say_why():
    single = cohen_kappa(np.zeros((1, 3)), slice_length=1.0)
    assert (single.value, single.reason) == (None, "1 coder: agreement needs two or more")
    three = cohen_kappa(np.zeros((3, 3)))
    assert "kappa compares two coders, 3 were given" in three.reason
    constant = cohen_kappa(np.ones((2, 7)), slice_length=2.0)
    assert constant.value is None
    assert constant.reason == (
        "every unit is 1 for both coders, so chance agreement is 1 and kappa is 0/0"
    )
    assert (constant.slice_length, constant.units) == (2.0, 7)
    # Opposite constant coders are defined: po = 0, pe = 0, kappa = 0.
    assert cohen_kappa(np.array([[1, 1], [0, 0]])).value == 0.0


# --- Krippendorff's alpha ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("both_1", "only_a", "only_b", "both_0"), [(20, 5, 10, 65), (2, 1, 1, 6), (0, 3, 2, 5)]
)
def test_alpha_two_coders_matches_the_nominal_hand_formula(both_1, only_a, only_b, both_0):
    # Two coders, no missing data, N units: n = 2N pairable values, n_1 = 2a + b + c,
    # n_0 = n − n_1; alpha = 1 − (n − 1)(b + c) / (n_0 · n_1).
    n = 2 * (both_1 + only_a + only_b + both_0)
    n1 = 2 * both_1 + only_a + only_b
    n0 = n - n1
    expected = 1 - Fraction((n - 1) * (only_a + only_b), n0 * n1)
    result = krippendorff_alpha(two_by_two(both_1, only_a, only_b, both_0), slice_length=1.0)
    assert result.value == pytest.approx(float(expected), abs=1e-12)
    assert result.units == n // 2


def test_alpha_with_missing_data_matches_krippendorffs_published_example():
    # Krippendorff (2011) "Computing Krippendorff's alpha-reliability", the 4 observers × 12
    # units nominal example with missing values: alpha = 0.743. Unit 12 has one value only and
    # is not pairable.
    ratings = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
            [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
        ]
    )
    result = krippendorff_alpha(ratings)
    assert result.value == pytest.approx(0.743, abs=5e-4)
    assert result.units == 11


def test_alpha_undefined_cases_say_why():
    assert krippendorff_alpha(np.ones((1, 3))).reason == "1 coder: agreement needs two or more"
    assert krippendorff_alpha(np.array([[1, NA], [NA, 1]])).reason == (
        "no unit was rated by two or more coders"
    )
    constant = krippendorff_alpha(np.array([[0, 0, 0, NA], [0, 0, NA, 1]]))
    assert constant.value is None
    assert constant.reason == (
        "every pairable value is 0, so expected disagreement is 0 and alpha is 0/0"
    )
    assert constant.units == 2


@pytest.mark.parametrize("coders", [3, 12, 40])
def test_statistics_on_distinct_patterns_equal_the_unit_by_unit_computation(coders):
    # Units are grouped into distinct rating patterns with weights, by one of three paths
    # (3 coders: a table of all 3³ combinations; 12: sorted integer keys; 40: 3⁴⁰ combinations
    # overflow int64, so sorted columns). Compare with the package run unit by unit on the raw
    # data, and with AC1's formula applied unit by unit.
    rng = np.random.default_rng(coders)
    ratings = rng.integers(0, 2, size=(coders, 300)).astype(float)
    ratings[rng.random(ratings.shape) < 0.2] = NA
    expected = krippendorff.alpha(reliability_data=ratings, level_of_measurement="nominal")
    assert krippendorff_alpha(ratings).value == pytest.approx(expected, abs=1e-12)

    counts = np.stack([(ratings == k).sum(axis=0) for k in (0, 1)], axis=1).astype(float)
    raters = counts.sum(axis=1)
    paired = raters >= 2
    pa = np.mean(
        [
            sum(c * (c - 1) for c in row) / (r * (r - 1))
            for row, r in zip(counts[paired], raters[paired], strict=True)
        ]
    )
    shares = np.mean(counts[raters >= 1] / raters[raters >= 1, None], axis=0)
    pe = float((shares * (1 - shares)).sum())
    assert gwet_ac1(ratings, (0, 1)).value == pytest.approx((pa - pe) / (1 - pe), abs=1e-12)
