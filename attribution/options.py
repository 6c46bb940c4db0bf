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
#: ``separate`` (the default): every participle is a record of its own, its speaker the subject
#: of its sentence's verb (وقال الوزير إن X، مضيفا أن Y → two records, claims X and Y; وافتتح
#: الوزير المعرض، مؤكدا أن Y → one record for مؤكدا, speaker الوزير);
#: ``fold``: a participle continuing a report stays inside that report's claim (one record, claim
#: «X، مضيفا أن Y»), a participle after a verb that reports nothing is a record of its own;
#: ``off``: as fold, and a lone participle gives no record.
#: The default follows news readers and fact-checkers, who count «…، مضيفا أن Y» as a claim of its
#: own; ``fold``/``off`` follow Universal Dependencies, which analyses the participle as a
#: circumstantial modifier (ADJ, xcomp) of its clause's verb.
PARTICIPLES = ("off", "fold", "separate")
DEFAULT_PARTICIPLES = "separate"

#: Environment variable naming the stanza models folder (``--models-dir`` sets it).
MODELS_ENV = "ATTRIBUTION_STANZA_DIR"
