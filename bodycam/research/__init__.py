"""Research: inter-coder reliability over plain data (the database stays at the edge).

- ``events``: ``CodedEvent``, the input;
- ``slicing``: (code, slice) units;
- ``coefficients``: Cohen's kappa, Krippendorff's alpha, Gwet's AC1;
- ``matching``: one-to-one event matching within a tolerance, precision/recall/F1;
- ``overlap``: intersection over union of coded time;
- ``reliability``: ``reliability_report``; ``report_text``: ``format_report``.

Around them, the stage that meets the database (see docs/RESEARCH.md): ``assignments`` (blind
coding, the submission lock), ``tag_source`` (tags -> events, ``database_report``), ``columns``,
``tables``, ``opening``, ``pseudonyms``, ``redact``, ``elan``, ``importing``, ``export`` and
``stage``.
"""
