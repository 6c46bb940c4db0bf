"""The extraction options every entry point shares: backends, participle modes, their defaults.

A light module (no imports): :mod:`attribution.pipeline` validates with it and the CLI declares
``--backend`` and ``--participles`` from it, so ``attribution --help`` never imports the extractor.

>>> DEFAULT_BACKEND in BACKENDS and DEFAULT_PARTICIPLES in PARTICIPLES
True
"""

#: Extraction backends: ``rules`` (embedded, no models), ``stanza`` (its Arabic models), ``auto``
#: (CoNLL-U trees when the document has them, else stanza where it can run, else rules).
BACKENDS = ("auto", "rules", "stanza")
#: The backend of ``attribution extract`` and ``attribution ingest``.
DEFAULT_BACKEND = "auto"

#: How participle cues (…، مضيفا أن …) are reported:
#: ``off`` (the default): participles are no cues; a participle continuing a report stays inside
#: that report's claim (وقال الوزير إن X، مضيفا أن Y → one record, claim «X، مضيفا أن Y»), and a
#: participle after a verb that reports nothing (وافتتح الوزير المعرض، مؤكدا أن…) gives no record;
#: ``fold``: the same, but a lone participle is a record of its own;
#: ``separate``: every participle is a record of its own, speaker carried from its sentence.
#: The default follows Universal Dependencies, which analyses the participle as a circumstantial
#: modifier (ADJ, xcomp) of its clause's verb, not a report of its own: UD-derived gold counts
#: finite reporting verbs only.
PARTICIPLES = ("off", "fold", "separate")
DEFAULT_PARTICIPLES = "off"

#: Environment variable naming the stanza models folder (``--models-dir`` sets it).
MODELS_ENV = "ATTRIBUTION_STANZA_DIR"
