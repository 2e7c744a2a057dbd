"""The candidate diarizer of ``benchmarks/diarization.py --devset``: its options, built from the
command line's flags (each flag changes one setting of the current defaults, so one run scores
the defaults and the changed pipeline side by side)."""

from __future__ import annotations

import argparse
from dataclasses import replace

from bodycam.transcribe import doubled_turns
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.distinct_turns import DistinctTurnSettings

#: Options that set one stitching setting to their value: (argument, StitchingSettings field).
_STITCHING_VALUES = (
    ("merge_similarity", "min_merge_similarity"),
    ("fill_unheard", "fill_unheard"),
    ("share_margin", "share_margin"),
    ("max_overlap_share", "max_overlap_share"),
)
#: Flags that change settings inside one stage's settings (a stage switched off stays off):
#: (flag, DiarizationOptions field, changes).
_STAGE_SETTING_FLAGS = (
    ("voices_decide", "stitching", {"voices_decide": True}),
    ("split_by_voice", "stitching", {"split_by_voice": True}),
    ("no_split_by_voice", "stitching", {"split_by_voice": False}),
    ("no_move_whole", "stitching", {"move_whole": False}),
    ("no_fill_unheard", "stitching", {"fill_unheard": None}),
    ("no_fill_reach", "stitching", {"fill_reach": 0.0}),
    ("no_share", "stitching", {"share_margin": None}),
    ("no_babble", "stitching", {"max_overlap_share": None}),
    ("merge_pitch_always", "merge_voices", {"pitch_left_to_split": False}),
    ("pitch_over_music", "merge_voices", {"max_background_voiced": None}),
    ("no_split_voicing", "split_voices", {"min_periodic": None}),
    ("no_split_within", "split_voices", {"min_gap": None}),
    ("split_loose_group", "split_voices", {"min_group_gap": None}),
)


def _with_stage_setting(options: DiarizationOptions, stage: str, **changes) -> DiarizationOptions:
    """``options`` with ``changes`` made to the settings of ``stage``, unless it is off."""
    settings = getattr(options, stage)
    if settings is None:
        return options
    return replace(options, **{stage: replace(settings, **changes)})


def candidate_options(
    arguments: argparse.Namespace, options: DiarizationOptions
) -> DiarizationOptions:
    """``options`` (the current defaults) with every change the flags in ``arguments`` ask for."""
    candidate_options = replace(options, encoder=arguments.encoder)
    if arguments.step is not None:
        candidate_options = replace(
            candidate_options, embedding=replace(options.embedding, step=arguments.step)
        )
    for flag, field_name in _STITCHING_VALUES:
        if getattr(arguments, flag) is not None:
            changes = {field_name: getattr(arguments, flag)}
            candidate_options = _with_stage_setting(candidate_options, "stitching", **changes)
    if arguments.no_distinct_turns:
        candidate_options = replace(candidate_options, distinct_turns=None)
    if (
        arguments.no_clean_part
        or arguments.no_join_small
        or arguments.no_read_overlapped
        or arguments.no_fragment_runs
        or arguments.new_under_babble
        or arguments.join_wearer_at_any_level
    ):
        turn_settings = candidate_options.distinct_turns or DistinctTurnSettings()
        if arguments.new_under_babble:
            turn_settings = replace(turn_settings, new_under_babble=True)
        if arguments.no_clean_part:
            turn_settings = replace(turn_settings, min_clean=None)
        if arguments.no_join_small:
            turn_settings = replace(turn_settings, join_similarity=None)
        if arguments.no_read_overlapped:
            turn_settings = replace(turn_settings, read_overlapped=False)
        if arguments.no_fragment_runs:
            turn_settings = replace(turn_settings, fragment_gap=None)
        if arguments.join_wearer_at_any_level:
            turn_settings = replace(turn_settings, wearer_margin_db=None)
        candidate_options = replace(candidate_options, distinct_turns=turn_settings)
    for flag, field_name in (
        ("no_heard_speech", "heard_speech_min"),
        ("no_denoise", "denoise_below_db"),
        ("no_veto_merge", "veto_merge_below"),
        ("no_turn_taking", "turn_taking"),
        ("no_short_turns", "short_turns"),
        ("no_split_voices", "split_voices"),
        ("no_merge_voices", "merge_voices"),
        ("no_drop_doubled", "drop_doubled"),
    ):
        if getattr(arguments, flag):
            candidate_options = replace(candidate_options, **{field_name: None})
    if arguments.merge_any_pitch or arguments.merge_pitch_apart is not None:
        pitch_apart = None if arguments.merge_any_pitch else arguments.merge_pitch_apart
        candidate_options = _with_stage_setting(
            candidate_options, "merge_voices", max_pitch_apart=pitch_apart
        )
    for flag, stage, changes in _STAGE_SETTING_FLAGS:
        if getattr(arguments, flag):
            candidate_options = _with_stage_setting(candidate_options, stage, **changes)
    if arguments.drop_any_doubled:
        candidate_options = replace(
            candidate_options,
            drop_doubled=doubled_turns.DoubledTurnSettings(reach=None, min_window_lead=None),
        )
    if arguments.split_timbre_gap is not None:
        candidate_options = _with_stage_setting(
            candidate_options, "split_voices", timbre_gap=arguments.split_timbre_gap
        )
    if arguments.min_speaker is not None:
        candidate_options = replace(candidate_options, min_speaker_duration=arguments.min_speaker)
    more = {
        "clustering": arguments.clustering,
        "ahc_threshold": arguments.ahc_threshold,
        "keep_distinct_below": arguments.keep_distinct,
        "low_snr_vad_threshold": arguments.low_snr_vad,
        "heard_speech_min": arguments.heard_speech,
        "denoise_below_db": arguments.denoise_below,
        "fusion_stride": arguments.fusion_stride,
    }
    candidate_options = replace(
        candidate_options, **{key: value for key, value in more.items() if value is not None}
    )
    return candidate_options
