"""The rules backend: cues, speaker mentions and claims, sentence by sentence.

Works on the normalised view of a document (:mod:`attribution.text.normalize`) and returns
:class:`~attribution.records.Candidate` records whose spans point into the original text.
Document-level work (implicit subjects, canonical names) is :mod:`attribution.speakers.in_document`'s.

The shape of an Arabic report, which the rules follow:

- VSO, the usual news order: ``وقال نائب وزير الخارجية، أوليغ سيرومولوتوف، في تصريح، إن …`` —
  cue, subject (with apposition), adverbials, then the complementizer إن/أن or a colon/quote;
- SVO/topicalised: ``وكانت لجنة الاستخبارات، أكدت … أن …``, ``الوزارة أكدت أن …``;
- pro-drop: ``وأضاف أن …`` (no subject: resolved later by agreement);
- participles continuing a report: ``…، مضيفا أن …``;
- according-to: ``…، بحسب وكالة رويترز`` (claim before) or ``ووفقا للبيان، فإن …`` (claim after);
  ``بحسب قوله`` after a report only closes that report's claim;
- quote first: ``«…»، قال الوزير``.

One module per rule family:

- :mod:`.context`: the token, the sentence view (offsets back to the original), the document context;
- :mod:`.words`: what one word is (أن/إن، a speaker word, an adverbial, قوله);
- :mod:`.cues`: trigger words, cue guards (لم يعلن، بين، ماذا تعتقد، بما ورد، من أبرز), according-to phrases;
- :mod:`.content`: where a verb's content starts (أن/إن، a colon, a quote, إلى أن، a ب-phrase);
- :mod:`.noun_phrase`: where a noun phrase ends, apposition, addressees (قال لرويترز);
- :mod:`.subjects`: the subject after the verb, before it, fronted (أما/كان…قد), relayed (نقل X عن Y),
  before الذي, of the main clause, or a pronoun (لكنه);
- :mod:`.objects`: subject and object of an object-taking verb (نفى الوزير الاتهامات);
- :mod:`.claims`: the claim span, trimmed at the next report, or before the cue;
- :mod:`.quotes`: closing quotes, a verb inside a quote, the quote before its cue;
- :mod:`.passive`: يشار إلى أن، قيل إن; :mod:`.according`: بحسب، وفقا ل، نقلا عن;
- :mod:`.resumptive`: reports whose claim is what came before (وهو ما أكده الوزير);
- :mod:`.verb`: a verb's report assembled from the families;
- :mod:`.sentence`: the reports of one sentence; :mod:`.document`: of a document (:func:`candidates`).
"""
from attribution.backends.rules.document import candidates

__all__ = ["candidates"]
