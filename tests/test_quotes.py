"""Quotes: direct, partial and indirect, with cue and speaker spans and the speaker's entity."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.analysis.quotes import quoted_spans

from .conftest import analyse


def _quotes(pipeline, text: str):  # type: ignore[no-untyped-def]
    result = analyse(pipeline, text)
    for quote in result.quotes:
        for span in (quote.content, quote.cue, quote.speaker):
            if span is not None:
                assert text[span.start:span.end] == span.text
    return result


def _entity_name(result, entity_id: str | None) -> str | None:  # type: ignore[no-untyped-def]
    return next((e.name for e in result.entities if e.id == entity_id), None)


@pytest.mark.parametrize("opening,closing", [("“", "”"), ('"', '"'), ("«", "»"), ("''", "''")])
def test_direct_quote_in_each_style(pipeline, opening: str, closing: str) -> None:
    text = f"{opening}We will not accept any more delays,{closing} Prime Minister Kaja Kallas said on Monday."
    result = _quotes(pipeline, text)
    [quote] = result.quotes
    assert quote.kind == "direct"
    assert quote.content.text == f"{opening}We will not accept any more delays,{closing}"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "Prime Minister Kaja Kallas"
    assert _entity_name(result, quote.speaker.entity) == "Kaja Kallas"


def test_quote_split_by_its_attribution_gives_both_parts_to_the_speaker(pipeline) -> None:
    text = "Antony Blinken arrived in Cairo. “We will respond,” he said, “and we will not wait.”"
    result = _quotes(pipeline, text)
    contents = {q.content.text: q for q in result.quotes}
    assert set(contents) == {"“We will respond,”", "“and we will not wait.”"}
    for quote in contents.values():
        assert quote.kind == "direct" and quote.cue is not None and quote.cue.text == "said"
        assert quote.speaker is not None and quote.speaker.text == "he"
        assert _entity_name(result, quote.speaker.entity) == "Antony Blinken"


def test_indirect_speech_and_partial_quote(pipeline) -> None:
    text = ("Joint Staff Spokesperson Dave Butler said Kochavi and Milley discussed ways to maintain "
            "“strong military-to-military” ties.")
    result = _quotes(pipeline, text)
    by_kind = {q.kind: q for q in result.quotes if q.cue is not None and q.cue.text == "said"}
    indirect, partial = by_kind["indirect"], by_kind["partial"]
    assert indirect.content.text == "Kochavi and Milley discussed ways to maintain “strong military-to-military” ties"
    assert partial.content.text == "“strong military-to-military”"
    for quote in (indirect, partial):
        assert quote.speaker is not None and quote.speaker.text == "Joint Staff Spokesperson Dave Butler"
        assert _entity_name(result, quote.speaker.entity) == "Dave Butler"


@pytest.mark.parametrize("text,content,cue,speaker", [
    ("Iran denied supplying drones to Russia.", "supplying drones to Russia", "denied", "Iran"),
    ("The ministry warned that further strikes would follow.", "that further strikes would follow", "warned", "The ministry"),
    ("Officials told reporters that the talks had stalled.", "that the talks had stalled", "told", "Officials"),
    ("The talks had stalled, according to two diplomats.", "The talks had stalled", "according to", "two diplomats"),
    ("The convoy was attacked near the border, the army said.", "The convoy was attacked near the border", "said", "the army"),
    ("The union accused the company of hiding its losses from investors.", "the company of hiding its losses from investors",
     "accused", "The union"),
    ("The mayor praised the firefighters for their quick response.", "the firefighters for their quick response", "praised", "The mayor"),
    ("The senator called the governor a reckless liar.", "the governor a reckless liar", "called", "The senator"),
    ("Critics see the new law as an attack on free speech.", "the new law as an attack on free speech", "see", "Critics"),
    ("The lawyers objected to the new evidence.", "the new evidence", "objected to", "The lawyers"),
    ("Under the governor's plan, most families would pay less in property taxes.",
     "most families would pay less in property taxes", "plan", "the governor's"),
    # a viewpoint, an estimate or a poll attributes the clause it stands in
    ("In his view, the treaty is dead.", "the treaty is dead", "In his view", "his"),
    ("By one estimate, the flood damaged 300 homes.", "the flood damaged 300 homes", "By", "one estimate"),
    ("Clinton led Trump by five points in the latest poll.", "Clinton led Trump by five points", "in", "the latest poll"),
    # a passive with an agent: the subject is what the agent said
    ("The plan was criticized by several economists.", "The plan", "was criticized", "several economists"),
    ("The story was first reported by the Boston Globe.", "The story", "was first reported", "the Boston Globe"),
    ("His views were echoed by several economists I spoke to this week.", "His views", "were echoed",
     "several economists I spoke to this week"),
    ("The company reported a quarterly loss of $2 billion.", "a quarterly loss of $2 billion", "reported", "The company"),
    # any verb of saying whose object is the message
    ("A chorus of senior Republicans has said the same thing.", "the same thing", "has said", "A chorus of senior Republicans"),
    ("The auditor noted the new rule.", "the new rule", "noted", "The auditor"),
    # verbs of appraisal and of presenting: the object is what is valued, condemned or laid out
    ("The governor lauded the new budget deal.", "the new budget deal", "lauded", "The governor"),
    ("The senator bemoaned the cuts to rural hospitals.", "the cuts to rural hospitals", "bemoaned", "The senator"),
    ("The minister outlined her plan for the railways.", "her plan for the railways", "outlined", "The minister"),
    # taking a side in public: what it is for or against is the content
    ("Parents in other cities rallied over school funding.", "school funding", "rallied over", "Parents in other cities"),
    ("The senator voted against the crime bill.", "the crime bill", "voted against", "The senator"),
    # a time or an adverb may come between a cue and its preposition
    ("The governor spoke out Tuesday about the shooting.", "the shooting", "spoke out Tuesday about", "The governor"),
    ("The regulator has been vague about the new rules.", "the new rules", "vague about", "The regulator"),
    # will and refusal: the infinitive is what is wanted or refused
    ("The senator declined to comment.", "to comment", "declined", "The senator"),
    # a verb of knowing or believing whose object is what is held
    ("Few residents understood the stakes of the vote.", "the stakes of the vote", "understood", "Few residents"),
    # a verb of feeling: its object (or passive subject) feels about its subject (or agent)
    ("The new rules have angered local farmers.", "The new rules", "have angered", "local farmers"),
    ("Local farmers were unsettled by the new rules.", "the new rules", "were unsettled", "Local farmers"),
    ("Officials worried that the dam would fail.", "that the dam would fail", "worried", "Officials"),
    # what something is likened to belongs to the content
    ("The professor likened the rules to a tax on the poor.", "the rules to a tax on the poor", "likened", "The professor"),
    # an "as" aside attributes the clause it hangs from, without the full stop
    ("As one analyst put it, the plan is a gamble with other people's money.", "the plan is a gamble with other people's money",
     "put it", "one analyst"),
    ("As the minister noted, the border will stay closed until Friday.", "the border will stay closed until Friday", "noted",
     "the minister"),
    ("As one reader pointed out with a chart, the gap is vast.", "the gap is vast", "pointed out", "one reader"),
])
def test_indirect_cues(pipeline, text: str, content: str, cue: str, speaker: str) -> None:
    result = _quotes(pipeline, text)
    matching = [q for q in result.quotes if q.cue is not None and q.cue.text == cue]
    assert matching, [q.model_dump() for q in result.quotes]
    quote = matching[0]
    assert quote.kind == "indirect"
    assert quote.content.text == content
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize("text,speaker", [
    # the comma that closes an apposition belongs to the speaker's phrase
    ("Maria Lopez, a lawyer for the family, said the hearing had been postponed.", "Maria Lopez, a lawyer for the family,"),
    ("Aaron Kall -- co-editor of a book on debates -- said the candidate liked surprises.",
     "Aaron Kall -- co-editor of a book on debates --"),
    # what the speaker was doing at the time, a date and a focus adverb do not
    ("Governor Tom Reed, speaking to reporters in Albany, said the budget would pass.", "Governor Tom Reed"),
    ("A panel of judges in 2019 ruled that the map was unlawful.", "A panel of judges"),
    ("Even the opposition party said the deal was fair.", "the opposition party"),
    # a relative clause that is an attribution of its own is not part of the phrase; one that describes is
    ("Dr. Ana Ruiz, who argued last year that the tax was unfair, said the new plan was worse.", "Dr. Ana Ruiz"),
    ("Tom Hale, who runs a bakery in Dayton, said the new plan was worse.", "Tom Hale, who runs a bakery in Dayton,"),
])
def test_speaker_phrase(pipeline, text: str, speaker: str) -> None:
    quotes = [q for q in _quotes(pipeline, text).quotes if q.cue is not None and q.cue.text in ("said", "ruled")]
    assert quotes, text
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_signed_quote_name_leaves_the_full_stop(pipeline) -> None:
    text = "“Nobody in this town was asked what we wanted.” ― Daniel Ortega Ruiz.\n"
    [quote] = _quotes(pipeline, text).quotes
    assert quote.speaker is not None and quote.speaker.text == "Daniel Ortega Ruiz"


@pytest.mark.parametrize("text,cue,speaker", [
    # the agent of a passive cue speaks; its subject is what was said
    ("It was reported by the agency that the talks had stalled.", "was reported", "the agency"),
    # a participle on the object of a verb speaks for the verb's subject
    ("The ministry issued a statement calling the strike a clear violation of international law.", "calling", "The ministry"),
    ("The mayor posted a series of messages urging residents to stay home.", "urging", "The mayor"),
    # a noun of saying after "with" belongs to the one who answers with it
    ("The senator hit back with attacks on the governor's record.", "attacks on", "The senator"),
    ("France and Germany unveiled a proposal for a joint military headquarters.", "proposal for", "France and Germany"),
    # the subject of an adjective whose infinitive is the cue speaks
    ("The governor was able to tout his record on jobs.", "to tout", "The governor"),
    # whoever has a question or a position, or answers a request, holds it
    ("The tax agency has questions about the company's accounts.", "questions about", "The tax agency"),
    ("The campaign did not respond to requests for comment.", "requests for", "The campaign"),
    ("Republicans voiced concern that the change could lead to fraud.", "concern", "Republicans"),
    # a noun of stance after a copula belongs to the subject; feelings expressed are the subject's
    ("The senator has long been a staunch opponent of the death penalty.", "opponent of", "The senator"),
    ("Younger voters have expressed misgivings about the plan.", "misgivings about", "Younger voters"),
])
def test_speaker_of_passive_participle_and_noun_cues(pipeline, text: str, cue: str, speaker: str) -> None:
    quotes = [q for q in _quotes(pipeline, text).quotes if q.cue is not None and q.cue.text == cue]
    assert quotes, text
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_a_subject_inside_the_quotation_is_not_the_speaker(pipeline) -> None:
    text = "“My answer, that was shameful,” said the former campaign manager."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.content.text == "“My answer, that was shameful,”"
    assert quote.speaker is not None and quote.speaker.text == "the former campaign manager"


def test_the_speaker_phrase_starts_after_a_quotation(pipeline) -> None:
    text = ("“Coke user?” Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would never "
            "diagnose anyone on television.")
    quotes = [q for q in _quotes(pipeline, text).quotes if q.cue is not None and q.cue.text == "saying"]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == "Dean, a medical doctor,"


def test_a_heading_joined_to_the_sentence_below_is_not_the_speaker(pipeline) -> None:
    text = ("The Latest on the budget talks (all times local):\n\n"
            "The finance minister is warning that the deficit will grow, urging lawmakers to act.")
    quotes = [q for q in _quotes(pipeline, text).quotes if q.cue is not None and q.cue.text == "is warning"]
    assert quotes and quotes[0].content.text == "that the deficit will grow"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "The finance minister"


def test_quotation_after_a_cue_and_colon(pipeline) -> None:
    text = "The defence minister said: “Our forces are ready for any scenario.”"
    [quote] = _quotes(pipeline, text).quotes
    assert quote.kind == "direct"
    assert quote.content.text == "“Our forces are ready for any scenario.”"
    assert quote.speaker is not None and quote.speaker.text == "The defence minister"


def test_unattributed_quotation_continues_the_last_speaker(pipeline) -> None:
    text = ("“The strike was a violation of our sovereignty,” foreign ministry spokesman Nasser Kanaani said. "
            "“Those responsible will be held to account.”\n\n"
            "“We expect the council to act.”\n\n"
            "Markets were calm on Tuesday.")
    result = _quotes(pipeline, text)
    contents = [q.content.text for q in result.quotes]
    assert contents == ["“The strike was a violation of our sovereignty,”", "“Those responsible will be held to account.”",
                        "“We expect the council to act.”"]
    first, *rest = result.quotes
    assert first.cue is not None and first.cue.text == "said"
    for quote in rest:
        assert quote.cue is None
        assert quote.speaker is not None and quote.speaker.entity == first.speaker.entity  # type: ignore[union-attr]


def test_the_spokesman_resolves_to_the_spokesperson_named_before(pipeline) -> None:
    text = ("Pentagon spokesman John Kirby spoke to reporters on Friday.\n\n"
            "The spokesman added: “We are watching the situation closely.”")
    result = _quotes(pipeline, text)
    [quote] = result.quotes
    assert quote.speaker is not None and quote.speaker.text == "The spokesman"
    assert _entity_name(result, quote.speaker.entity) == "John Kirby"


def test_speakers_own_i_think_is_not_a_quote_of_its_own(pipeline) -> None:
    text = "“I think the deal is dead,” Senator Chris Murphy said."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "Senator Chris Murphy"


def test_transcript_lines_and_signed_quotes(pipeline) -> None:
    text = ("WALLACE: Do you really see those two as equivalent?\n\n"
            "PENCE: I do, and I have said so for months.\n\n"
            "“He makes blanket statements about people he knows nothing about.” ― Pamela Padilla\n")
    result = _quotes(pipeline, text)
    speakers = {q.speaker.text: q.content.text for q in result.quotes if q.speaker is not None}
    assert speakers["WALLACE"] == "Do you really see those two as equivalent?"
    assert speakers["PENCE"] == "I do, and I have said so for months."
    assert speakers["Pamela Padilla"] == "“He makes blanket statements about people he knows nothing about.”"


def test_no_quote_in_plain_narration(pipeline) -> None:
    text = "The convoy crossed the border at dawn and reached the city by noon. Markets opened lower."
    assert _quotes(pipeline, text).quotes == []


@pytest.mark.parametrize("text", [
    "The foundation maintains a program for young farmers in Ohio.",
    "The mayor continued his tour of the flooded districts.",
    "Democratic groups raised $64 million in August.",
])
def test_verbs_whose_object_is_not_a_message(pipeline, text: str) -> None:
    assert _quotes(pipeline, text).quotes == []


def test_the_it_of_an_extraposed_clause_is_not_a_speaker(pipeline) -> None:
    [quote] = _quotes(pipeline, "It is worth noting that the plan failed twice.").quotes
    assert quote.content.text == "that the plan failed twice" and quote.speaker is None


@pytest.mark.parametrize("text,content,speaker", [
    # the short attribution the parse hangs a verb of saying from reports it, not the reverse
    ("The agency never told them what to publish, both editors say.", "The agency never told them what to publish",
     "both editors"),
    ("Those negotiations are continuing, he said.", "Those negotiations are continuing", "he"),
])
def test_a_trailing_attribution_reports_the_clause_before_it(pipeline, text: str, content: str, speaker: str) -> None:
    [quote] = _quotes(pipeline, text).quotes
    assert quote.content.text == content
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_participle_used_as_a_preposition_is_no_cue(pipeline) -> None:
    text = "Median pay rose to $98,000, compared with $93,000 a year earlier."
    assert _quotes(pipeline, text).quotes == []


def test_a_label_before_a_colon_is_not_the_speaker(pipeline) -> None:
    text = "The Latest: Senator urges voters to check their registration.\n\nMore text here."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.cue is not None and quote.cue.text == "urges"
    assert quote.speaker is not None and quote.speaker.text == "Senator"
    assert _quotes(pipeline, "CORRECTION: An earlier version of this story misstated the date of the vote.").quotes == []


def test_a_name_something_is_known_by_is_not_a_quote(pipeline) -> None:
    assert _quotes(pipeline, "The group, known as Fancy Bear, hacked the servers.").quotes == []


def test_the_medium_of_a_verb_of_saying_is_no_attribution_of_its_own(pipeline) -> None:
    [quote] = _quotes(pipeline, "The ministry said in a statement that the talks had failed.").quotes
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_cue_with_a_complement_of_its_own_does_not_report_the_clause_above_it(pipeline) -> None:
    [quote] = _quotes(pipeline, "The worst part of all is he doesn't even believe it.").quotes
    assert quote.content.text == "it" and quote.speaker is not None and quote.speaker.text == "he"


def test_a_verb_inside_a_quotation_running_on_to_the_next_paragraph_is_the_speakers_own(pipeline) -> None:
    text = ('“We will not back down,” the governor said.\n\n'
            '“I think the people of this state know what is at stake, and they will not be fooled by slogans.\n\n'
            '“We will win this fight.”')
    quotes = _quotes(pipeline, text).quotes
    assert not any(q.cue is not None and q.cue.text == "think" for q in quotes)


def test_seems_is_not_a_verb_of_seeing(pipeline) -> None:
    assert _quotes(pipeline, "The program seems to work well for most families.").quotes == []


def test_a_short_quoted_phrase_without_a_speaker_is_not_a_quote(pipeline) -> None:
    text = "The so-called “peace plan” was published on Sunday."
    assert _quotes(pipeline, text).quotes == []


def test_a_curly_opening_mark_closed_by_a_straight_one() -> None:
    text = '“It was outrageous,” Ms. Ray said. “And I don\'t think he has. He ought to apologize."\n\nNext.'
    assert [text[q.start:q.end] for q in quoted_spans(text)] == [
        "“It was outrageous,”", '“And I don\'t think he has. He ought to apologize."']


def test_quoted_spans_pairs_marks_and_skips_apostrophes() -> None:
    text = "He said ‘don’t go’ and left. “A “nested” phrase,” she wrote. It’s Kochavi’s plan."
    spans = [text[q.start:q.end] for q in quoted_spans(text)]
    assert spans == ["‘don’t go’", "“A “nested” phrase,”"]


_PIECES = ["“", "”", '"', "'", "‘", "’", "«", "»", "''", ":", " ― ", "\n", "\n\n", "He said", "she added:",
           "PENCE:", "according to officials", ",", ".", " the minister", " Iran", " will respond", " that",
           " we think", " Kochavi", " — ", "regime", "IOF", "allegedly", "“Israel”"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=50))
def test_any_mix_of_marks_and_cues_gives_consistent_spans(pipeline, pieces: list[str]) -> None:
    text = "".join(pieces)
    result = analyse(pipeline, text)
    for quote in result.quotes:
        assert 0 <= quote.content.start < quote.content.end <= len(text)
        assert text[quote.content.start:quote.content.end] == quote.content.text
    for marker in result.framing:
        assert text[marker.start:marker.end] == marker.text


def test_a_subject_the_parse_hung_elsewhere_still_speaks(pipeline) -> None:
    # the parse reads "Paris and Berlin" as conjuncts of "the town", leaving "call" with no subject
    text = "When the rebels took the town, Paris and Berlin call them terrorists and describe their attacks as crimes."
    result = _quotes(pipeline, text)
    calls = [q for q in result.quotes if q.cue is not None and q.cue.text == "call"]
    assert calls and calls[0].speaker is not None and calls[0].speaker.text == "Paris and Berlin"


def test_a_name_the_tagger_reads_as_a_verb_after_a_quotation_speaks(pipeline) -> None:
    text = "“I can promise you this: we will find the truth,” Tulsa police Chief Chuck Jordan said Monday."
    result = _quotes(pipeline, text)
    assert any(q.speaker is not None and q.speaker.text == "Tulsa police Chief Chuck Jordan" for q in result.quotes)


@pytest.mark.parametrize("text,content,speaker", [
    ("The senator has released his returns. But Trump claims that he should be the exception.",
     "that he should be the exception", "Trump"),
    ("Secrecy is not a stranger when it comes to her health, the candidate’s former doctor maintains.",
     "Secrecy is not a stranger when it comes to her health", "the candidate’s former doctor"),
])
def test_a_verb_of_saying_read_as_a_plural_noun_still_reports(pipeline, text: str, content: str, speaker: str) -> None:
    result = _quotes(pipeline, text)
    assert any(q.content.text == content and q.speaker is not None and q.speaker.text == speaker for q in result.quotes)


def test_a_passive_verb_of_saying_without_an_agent_is_the_documents(pipeline) -> None:
    text = "As stated in the company's annual report, there are serious questions about the merger."
    result = _quotes(pipeline, text)
    [quote] = [q for q in result.quotes if q.cue is not None and q.cue.text == "stated"]
    assert quote.speaker is not None and quote.speaker.text == "the company's annual report"
    assert quote.content.text == "there are serious questions about the merger"


def test_a_participle_aside_deep_in_the_speakers_phrase_is_left_out(pipeline) -> None:
    text = ("Roy Cooper, McCrory's opponent in the upcoming gubernatorial election, called Friday for releasing "
            "the police videos, as well, saying that transparency \"breaks down barriers and brings progress.\"")
    result = _quotes(pipeline, text)
    speakers = {q.speaker.text for q in result.quotes if q.speaker is not None and q.cue is not None and q.cue.text == "saying"}
    assert speakers and all("called" not in s for s in speakers)


@pytest.mark.parametrize("text,speaker", [
    ("Trump this week said he would consider naming Sen. Mike Lee to the court.", "Trump"),
    ("Using the capital gains tax is a misguided idea, said Mr. Burman (a view echoed by everyone I interviewed).",
     "Mr. Burman"),
    # an age is part of the speaker's phrase, not a time
    ("Adam Schiff, 56, who has served on the committee for a decade, told reporters that the hacking was clear.",
     "Adam Schiff, 56, who has served on the committee for a decade,"),
])
def test_a_time_or_a_bracketed_aside_after_the_name_is_left_out(pipeline, text: str, speaker: str) -> None:
    result = _quotes(pipeline, text)
    assert [q.speaker.text for q in result.quotes if q.speaker is not None] == [speaker]


def test_a_long_speakers_phrase_between_the_quotation_and_its_cue(pipeline) -> None:
    text = ('"This is a big year for our potential United States senator, Bobby Scott!" Scott\'s niece, '
            'state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.')
    result = _quotes(pipeline, text)
    [quote] = result.quotes
    assert quote.cue is not None and quote.cue.text == "shouted"
    assert quote.speaker is not None and quote.speaker.text.startswith("Scott's niece, state Del. Marcia")


def test_a_quoted_title_is_not_the_statement_of_a_cue_with_a_clause_of_its_own(pipeline) -> None:
    text = ('In an interview on CBS\'s "Face the Nation," House Speaker Paul D. Ryan (R-Wis.) said the recent spate '
            'of police shootings and protests demands that all Americans engage in "more listening."')
    result = _quotes(pipeline, text)
    assert not any(q.content.text == '"Face the Nation,"' for q in result.quotes)


def test_according_to_read_as_the_sentences_verb(pipeline) -> None:
    text = 'According to conservative talk radio host Rush Limbaugh, the move reeks of "fear" and desperation.'
    result = _quotes(pipeline, text)
    quote = next(q for q in result.quotes if q.kind == "indirect")
    assert quote.content.text == 'the move reeks of "fear" and desperation'
    assert quote.speaker is not None and quote.speaker.text == "conservative talk radio host Rush Limbaugh"


def test_a_that_clause_read_as_adverbial_is_what_was_said(pipeline) -> None:
    text = ("Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” and encouraged "
            "Americans to “check out” her non-existent sex tape.")
    result = _quotes(pipeline, text)
    assert any(q.cue is not None and q.cue.text == "tweeted" and q.content.text.startswith("that Machado was")
               and q.speaker is not None and q.speaker.text == "Trump" for q in result.quotes)


@pytest.mark.parametrize("text,content,speaker", [
    ("Language unclear on whether single mothers are covered, experts say.",
     "Language unclear on whether single mothers are covered", "experts"),
    ("People like Scott, he said.", "People like Scott", "he"),
])
def test_a_closing_attribution_after_a_phrase_with_no_verb(pipeline, text: str, content: str, speaker: str) -> None:
    result = _quotes(pipeline, text)
    [quote] = result.quotes
    assert quote.content.text == content
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_plan_after_its_verb_is_a_circumstance_not_an_attribution(pipeline) -> None:
    text = ("Some average Americans would actually see their taxes go up under Trump’s plan, according to an "
            "analysis by Lily Batchelder.")
    result = _quotes(pipeline, text)
    assert [q.speaker.text for q in result.quotes if q.speaker is not None] == ["an analysis by Lily Batchelder"]
    opening = _quotes(pipeline, "Under Mrs. Clinton's plan, taxpayers would pay a higher rate.")
    assert [q.speaker.text for q in opening.quotes if q.speaker is not None] == ["Mrs. Clinton's"]


def test_a_verb_in_a_capitalised_heading_governs_only_the_heading(pipeline) -> None:
    text = ("EVEN OZ’S BOSS THINKS HE’S FULL OF YOU-KNOW-WHAT — The head of Sony Pictures Television and Oz’s big, "
            "big boss indicated as much in an email, released by hackers.")
    result = _quotes(pipeline, text)
    assert all("Sony" not in q.content.text for q in result.quotes)
    assert any(q.cue is not None and q.cue.text == "indicated" and q.speaker is not None
               and q.speaker.text == "The head of Sony Pictures Television and Oz’s big, big boss" for q in result.quotes)


def test_an_attribution_in_a_relative_clause_inside_another_quote_is_kept(pipeline) -> None:
    result = _quotes(pipeline, "Ah, friends once more: Ted Cruz endorses Trump, who says he is honored.")
    assert any(q.content.text == "he is honored" and q.speaker is not None and q.speaker.text == "who" for q in result.quotes)


def test_a_text_that_reads_is_a_speaker(pipeline) -> None:
    result = _quotes(pipeline, "“We will not give up on our schools,” the letter reads.")
    [quote] = result.quotes
    assert quote.speaker is not None and quote.speaker.text == "the letter" and quote.cue is not None
    assert not _quotes(pipeline, "She reads the paper every morning.").quotes


def test_who_persists_in_arguments_holds_them(pipeline) -> None:
    result = _quotes(pipeline, "Democrats also persisted in arguments that the panel is trying to second-guess the FBI.")
    [quote] = result.quotes
    assert quote.speaker is not None and quote.speaker.text == "Democrats"


def test_a_cue_reports_nothing_from_the_line_above(pipeline) -> None:
    result = _quotes(pipeline, "Senator backs new rail plan\nThe line will run to the airport, the senator said.")
    [quote] = [q for q in result.quotes if q.cue is not None and q.cue.text == "said"]
    assert quote.content.text == "The line will run to the airport"
    assert quote.speaker is not None and quote.speaker.text == "the senator"


def test_a_list_the_parse_reads_as_two_subjects_speaks_whole(pipeline) -> None:
    result = _quotes(pipeline, "The union, parents and local pastors have been demanding that the district release the report.")
    [quote] = result.quotes
    assert quote.speaker is not None and quote.speaker.text == "The union, parents and local pastors"


def test_a_relative_clause_on_a_noun_inside_the_speakers_phrase_is_left_out(pipeline) -> None:
    text = "Jane Porter, a spokeswoman for the Harbor Alliance, which represents dock workers, said the strike would end soon."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.speaker is not None and quote.speaker.text == "Jane Porter, a spokeswoman for the Harbor Alliance,"
    # "who" after a body is about the speaker, misplaced by the parse
    text = "\"These are hard times,\" said Tom Reyes, a lawyer for the Sierra Club, who has fought the mine for years."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.speaker is not None and quote.speaker.text.endswith("who has fought the mine for years")


def test_a_name_after_an_opening_phrase_is_the_speaker_not_the_phrases_object(pipeline) -> None:
    result = _quotes(pipeline, "To understand the real Jane Austen, Professor Tom Reyes said, one should read her letters.")
    [quote] = [q for q in result.quotes if q.content.text == "one should read her letters"]
    assert quote.speaker is not None and quote.speaker.text == "Professor Tom Reyes"


@pytest.mark.parametrize("dash", ["―", "—"])
def test_an_aside_between_dashes_is_left_out_of_the_speakers_phrase(pipeline, dash: str) -> None:
    text = f"The report {dash} which draws on interviews with hundreds of nurses {dash} says staffing is too thin."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.speaker is not None and quote.speaker.text == "The report"


def test_a_participle_after_reported_speech_goes_on_with_the_reporter(pipeline) -> None:
    text = "Analysts said local factors have raised the port's profile, citing the importance of a harbor that faces the strait."
    [quote] = [q for q in _quotes(pipeline, text).quotes if q.cue is not None and q.cue.text == "citing"]
    assert quote.speaker is not None and quote.speaker.text == "Analysts"


def test_according_to_reports_nothing_from_the_paragraph_above(pipeline) -> None:
    text = ('"Rents have doubled in the past two decades," she wrote, "and most tenants earn less than before."\n\n'
            "About 2.5 million renters live in the city, according to census figures.")
    result = _quotes(pipeline, text)
    according = [q for q in result.quotes if q.cue is not None and q.cue.text == "according to"]
    assert [q.content.text for q in according] == ["About 2.5 million renters live in the city"]
    assert any(q.cue is not None and q.cue.text == "wrote" and q.speaker is not None and q.speaker.text == "she" for q in result.quotes)


def test_a_time_phrase_before_the_reported_clause_does_not_hide_it(pipeline) -> None:
    result = _quotes(pipeline, "Lopez said after the meeting she would not accept the council's offer if it were renewed.")
    [quote] = result.quotes
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "Lopez"
    assert quote.content.text.endswith("she would not accept the council's offer if it were renewed")


@pytest.mark.parametrize("text,word,speaker", [
    ("The council passed the plan, which the mayor championed for years.", "which", "the mayor"),
    ("Higher fees were not the answer. That was what Mayor Lopez said when she left office.", "what", "Mayor Lopez"),
])
def test_a_relative_word_a_cue_has_for_its_object_is_what_was_said(pipeline, text: str, word: str, speaker: str) -> None:
    result = _quotes(pipeline, text)
    assert any(q.content.text == word and q.speaker is not None and q.speaker.text == speaker for q in result.quotes)


def test_a_participle_on_a_verbs_circumstance_is_the_verbs_subjects(pipeline) -> None:
    text = "The firms have hidden their profits, in many cases reporting different numbers to different agencies."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.cue is not None and quote.cue.text == "reporting"
    assert quote.speaker is not None and quote.speaker.text == "The firms"


def test_a_clause_the_parse_hangs_from_the_line_above_leaves_the_cue_its_own_content(pipeline) -> None:
    text = "Lopez warned voters last week. “This could be the biggest mistake of all time.”\n\nAt a rally, Lopez likened the plan to a “slow leak” in a dam."
    result = _quotes(pipeline, text)
    assert any(q.cue is not None and q.cue.text == "likened" and q.content.text == "the plan to a “slow leak”" for q in result.quotes)


@pytest.mark.parametrize("headline,speaker", [
    ("Mayor Lopez Blasts Port Authority: ‘They Should Be Ashamed.’", "Mayor Lopez Blasts Port Authority"),
    ("A lesson from Maria Lopez: ‘Be the voice that people hear.’", "Maria Lopez"),
])
def test_a_headlines_quotation_after_a_colon_is_said_by_what_comes_before(pipeline, headline: str, speaker: str) -> None:
    result = _quotes(pipeline, f"{headline}\n\nShe spoke on Monday.")
    [quote] = [q for q in result.quotes if q.content.text.startswith("‘")]
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_stranded_verb_of_saying_finds_its_speaker_before_a_participle_aside() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.analysis.quotes import _stranded_subject

    # the parse as it comes for a long aside: "said" left without a subject, the name hung on the aside
    words = ["Mayor", "Lopez", ",", "opening", "the", "office", ",", "said", "it", "would", "open", "."]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=[1, 3, 3, 7, 5, 3, 7, 7, 10, 10, 7, 7],
              deps=["compound", "nsubj", "punct", "advcl", "det", "dobj", "punct", "ROOT", "nsubj", "aux", "ccomp", "punct"],
              pos=["PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
              tags=["NNP", "NNP", ",", "VBG", "DT", "NN", ",", "VBD", "PRP", "MD", "VB", "."], sent_starts=[True] + [False] * 11)
    assert _stranded_subject(doc[7], doc.text) == (0, 2)


def test_a_dateline_is_not_the_speaker(pipeline) -> None:
    text = "Mayor Says Bridge Will Reopen.\n\nSPRINGFIELD -- Mayor Maria Lopez, opening the new harbor office on Saturday, said the bridge would reopen in May."
    result = _quotes(pipeline, text)
    assert any(q.cue is not None and q.cue.text == "said" and q.speaker is not None and q.speaker.text == "Mayor Maria Lopez" for q in result.quotes)


def test_a_noun_of_stance_in_apposition_belongs_to_the_name_it_describes(pipeline) -> None:
    text = "The bill was backed by Rep. Maria Lopez (D-Ore.), a leading advocate for tenants' rights in Portland."
    result = _quotes(pipeline, text)
    [quote] = [q for q in result.quotes if q.cue is not None and q.cue.text == "advocate for"]
    assert quote.speaker is not None and quote.speaker.text == "Rep. Maria Lopez (D-Ore.)"


def test_according_to_however_the_parse_hangs_it(pipeline) -> None:
    text = ("Pressure is building on the mayor, who was greeted with chants of \"Maria!\" at a union hall in Salem last week, "
            "according to Oregon AFL-CIO President Tom Reyes.")
    result = _quotes(pipeline, text)
    assert any(q.cue is not None and q.cue.text == "according to" and q.speaker is not None
               and q.speaker.text == "Oregon AFL-CIO President Tom Reyes" for q in result.quotes)


def test_one_of_several_polls_speaks_as_a_poll_does(pipeline) -> None:
    [quote] = _quotes(pipeline, "The mayor did not gain ground in one of the first polls taken after the debate.").quotes
    assert quote.content.text == "The mayor did not gain ground"
    assert quote.speaker is not None and quote.speaker.text.startswith("one of the first polls")


def test_a_standing_in_the_polls_is_what_the_polls_show(pipeline) -> None:
    [quote] = _quotes(pipeline, "The senator's recent gains in some polls in Ohio may not last.").quotes
    assert quote.content.text == "The senator's recent gains"
    assert quote.speaker is not None and quote.speaker.text == "some polls in Ohio"


def test_a_clause_joined_to_the_reported_one_with_its_own_speaker_stands_apart(pipeline) -> None:
    text = "Lopez noted that the mayor looked tired at the first hearing, and some reporters speculated about his health."
    result = _quotes(pipeline, text)
    noted = next(q for q in result.quotes if q.cue is not None and q.cue.text == "noted")
    assert noted.content.text == "that the mayor looked tired at the first hearing"
    assert any(q.speaker is not None and q.speaker.text == "some reporters" for q in result.quotes)


@pytest.mark.parametrize("text,second", [
    (('"My science adviser, Jane Holm, periodically will issue some chart or report or graph in the morning meetings," he said, '
      '"and they are alarming."'), '"and they are alarming."'),
    ("''We will leave that much more hopeful about this town,'' she said, ''the only place where this could have happened.''",
     "''the only place where this could have happened.''"),
])
def test_a_quotation_goes_on_after_its_own_attribution(pipeline, text: str, second: str) -> None:
    result = _quotes(pipeline, text)
    [quote] = [q for q in result.quotes if q.content.text == second]
    assert quote.speaker is not None and quote.speaker.text in ("he", "she")
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_quotation_no_one_is_said_to_say_belongs_to_the_subject_casting_something_as_it(pipeline) -> None:
    result = _quotes(pipeline, "Lopez has gone after the developer as a “land grabber who will ruin the coast” and a “bully.”")
    quotes = {q.content.text: q for q in result.quotes}
    for text in ("“land grabber who will ruin the coast”", "“bully.”"):
        assert quotes[text].speaker is not None and quotes[text].speaker.text == "Lopez"
    # a title after a preposition is no one's words
    assert not _quotes(pipeline, "She appeared on “Morning Report” with two guests.").quotes


def test_a_stranded_verb_of_saying_finds_a_name_with_its_apposition_before_it() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.analysis.quotes import _stranded_subject

    # "In Boston, Maria Lopez, the chief, told him.": the parse runs the name on from the opening phrase
    words = ["In", "Boston", ",", "Maria", "Lopez", ",", "the", "chief", ",", "told", "him", "."]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=[9, 0, 1, 4, 1, 4, 7, 4, 4, 9, 9, 9],
              deps=["prep", "pobj", "punct", "compound", "conj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct"],
              pos=["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
              tags=["IN", "NNP", ",", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "PRP", "."],
              ents=["O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"], sent_starts=[True] + [False] * 11)
    assert _stranded_subject(doc[9], doc.text) == (3, 9)


def test_by_ones_own_admission_attributes_the_clause(pipeline) -> None:
    [quote] = _quotes(pipeline, "By the mayor's own admission, the bridge repairs are far behind schedule.").quotes
    assert quote.content.text == "the bridge repairs are far behind schedule"
    assert quote.speaker is not None and quote.speaker.text == "the mayor's"


def test_whom_it_was_said_to_may_stand_between_a_verb_and_its_preposition(pipeline) -> None:
    result = _quotes(pipeline, "When the economy minister came to talk to me last week about trade, I did not expect him to smile.")
    [quote] = [q for q in result.quotes if q.content.text == "trade"]
    assert quote.speaker is not None and quote.speaker.text == "the economy minister"


def test_a_dash_before_the_speaker_ends_an_earlier_clause(pipeline) -> None:
    text = "The debate over coal is also predictable - Maria Lopez has vowed to bring back lost mining jobs."
    result = _quotes(pipeline, text)
    assert [q.speaker.text for q in result.quotes if q.speaker is not None] == ["Maria Lopez"]


def test_a_quotation_after_a_colon_belongs_to_the_subject_of_the_verb_before_it(pipeline) -> None:
    [quote] = _quotes(pipeline, 'The mayor is rolling out a new and more personal campaign message: "It is about the river."').quotes
    assert quote.content.text == '"It is about the river."'
    assert quote.speaker is not None and quote.speaker.text == "The mayor"


def test_a_quoted_name_given_with_a_branding_verb_is_the_subjects_words(pipeline) -> None:
    [quote] = _quotes(pipeline, 'Ireland branded the tax ruling a "blatant attack on our sovereignty."').quotes
    assert quote.content.text == '"blatant attack on our sovereignty."'
    assert quote.speaker is not None and quote.speaker.text == "Ireland"


def test_a_participle_after_a_poll_says_which_poll_and_stays_in_its_phrase(pipeline) -> None:
    [quote] = _quotes(pipeline, "In the latest city poll, conducted in early May, the mayor led her rival by 5 points.").quotes
    assert quote.speaker is not None and quote.speaker.text == "the latest city poll, conducted in early May,"


def test_an_adjective_set_off_by_commas_after_the_speaker_is_left_out(pipeline) -> None:
    text = "The agency's vast bureaucracy, second only to the Pentagon, has been slow to embrace new ideas about care."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.speaker is not None and quote.speaker.text == "The agency's vast bureaucracy"


def test_a_relative_clause_whose_object_is_the_speaker_is_left_out(pipeline) -> None:
    [quote] = _quotes(pipeline, "The 1998 Water Charter, which most states signed, obligates cities to offer clean water.").quotes
    assert quote.speaker is not None and quote.speaker.text == "The 1998 Water Charter"


def test_a_clause_of_time_inside_the_speakers_phrase_is_left_out(pipeline) -> None:
    text = "A chart from a report that the mayor and her aides carry with them as they meet business leaders shows how much the port would lose."
    [quote] = _quotes(pipeline, text).quotes
    assert quote.speaker is not None and quote.speaker.text == "A chart from a report that the mayor and her aides carry with them"


def test_a_phrase_closed_by_notwithstanding_is_not_the_speaker(pipeline) -> None:
    text = "His pledges to cut costs notwithstanding, independent auditors agree the city budget will grow."
    [quote] = [q for q in _quotes(pipeline, text).quotes if q.cue is not None and q.cue.text == "agree"]
    assert quote.speaker is not None and quote.speaker.text == "independent auditors"


def test_according_to_a_speech_someone_gave_is_according_to_them(pipeline) -> None:
    [quote] = _quotes(pipeline, "Tuition would fall by half, according to a speech Governor Maria Lopez delivered in Salem last May.").quotes
    assert quote.speaker is not None and quote.speaker.text == "Governor Maria Lopez"


def test_a_stranded_verb_of_saying_finds_the_person_among_appositions_hung_on_a_place() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.analysis.quotes import _stranded_subject

    # "At Boca West, Jay Lopez, the club's president, suggested it.": the parse hangs the name on the
    # place as an apposition, and the name's own apposition on the name
    words = ["At", "Boca", "West", ",", "Jay", "Lopez", ",", "the", "club", "'s", "president", ",", "suggested", "it", "."]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", "'s") for i in range(len(words))]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=[12, 2, 0, 2, 5, 2, 5, 8, 10, 8, 5, 2, 12, 12, 12],
              deps=["prep", "compound", "pobj", "punct", "compound", "appos", "punct", "det", "poss", "case", "appos",
                    "punct", "ROOT", "dobj", "punct"],
              pos=["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "PUNCT",
                   "VERB", "PRON", "PUNCT"],
              tags=["IN", "NNP", "NNP", ",", "NNP", "NNP", ",", "DT", "NN", "POS", "NN", ",", "VBD", "PRP", "."],
              ents=["O", "B-FAC", "I-FAC", "O", "B-PERSON", "I-PERSON"] + ["O"] * 9, sent_starts=[True] + [False] * 14)
    assert _stranded_subject(doc[12], doc.text) == (4, 12)


def test_a_stranded_verb_of_saying_finds_its_speaker_before_an_aside_set_off_by_commas() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.analysis.quotes import _stranded_subject

    # "Lopez, meanwhile, who has no endorsements, said it would pass.": the parse makes the name the
    # relative clause's subject and the clause what "said" reports
    words = ["Lopez", ",", "meanwhile", ",", "who", "has", "no", "endorsements", ",", "said", "it", "would", "pass", "."]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=[5, 5, 5, 5, 5, 9, 7, 5, 9, 9, 12, 12, 9, 9],
              deps=["nsubj", "punct", "advmod", "punct", "nsubj", "ccomp", "det", "dobj", "punct", "ROOT", "nsubj", "aux",
                    "ccomp", "punct"],
              pos=["PROPN", "PUNCT", "ADV", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "VERB",
                   "PUNCT"],
              tags=["NNP", ",", "RB", ",", "WP", "VBZ", "DT", "NNS", ",", "VBD", "PRP", "MD", "VB", "."],
              sent_starts=[True] + [False] * 13)
    assert _stranded_subject(doc[9], doc.text) == (0, 1)


@pytest.mark.parametrize("text,speaker", [
    ("One official familiar with the talks, who requested anonymity to discuss them, said the deal was close.",
     "One official familiar with the talks"),
    ("A former executive who requested anonymity said the board was divided.", "A former executive"),
])
def test_a_request_for_anonymity_is_no_part_of_the_speaker(pipeline, text: str, speaker: str) -> None:
    result = _quotes(pipeline, text)
    [quote] = [q for q in result.quotes if q.cue is not None and q.cue.text == "said"]
    assert quote.speaker is not None and quote.speaker.text.rstrip(",") == speaker


def test_a_dateline_with_its_date_and_agency_is_not_the_speaker(pipeline) -> None:
    text = ("Mukasey says the email scandal disqualifies her.\n\nCLEVELAND, July 19 (UPI) — Former Attorney General Michael "
            "Mukasey told delegates at the convention that the use of a private server should disqualify her from office.")
    result = _quotes(pipeline, text)
    [quote] = [q for q in result.quotes if q.cue is not None and q.cue.text == "told"]
    assert quote.speaker is not None and quote.speaker.text == "Former Attorney General Michael Mukasey"


@pytest.mark.parametrize("text,content,cue,speaker", [
    ("Maria Lopez, the mayor, expressed regret for joining the coalition.", "regret for joining the coalition", "expressed",
     "Maria Lopez, the mayor,"),
    # a noun of feeling as the object keeps its own content
    ("Lopez expressed concern that the plan would fail.", "that the plan would fail", "concern", "Lopez"),
    ("Jane Doe, the church organist, remembered that the mosque had opened in 2004.", "that the mosque had opened in 2004",
     "remembered", "Jane Doe, the church organist,"),
])
def test_expressing_and_remembering_attribute(pipeline, text: str, content: str, cue: str, speaker: str) -> None:
    [quote] = _quotes(pipeline, text).quotes
    assert quote.content.text == content
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize("text,content,speaker", [
    ("A group of pastors supporting Mr. Cruz met in Des Moines on Monday.", "Mr. Cruz", "A group of pastors"),
    ("It is a natural fit for a news organization seeking to extend its digital footprint.", "to extend its digital footprint",
     "a news organization"),
])
def test_a_participle_right_after_a_noun_has_that_noun_for_its_speaker(pipeline, text: str, content: str, speaker: str) -> None:
    [quote] = _quotes(pipeline, text).quotes
    assert quote.content.text == content
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_verb_of_saying_after_a_participle_read_as_the_main_verb_has_the_participles_subject(pipeline) -> None:
    result = _quotes(pipeline, "Local activists clamoring to stop the pipeline say they have the votes.")
    [quote] = [q for q in result.quotes if q.cue is not None and q.cue.text == "say"]
    assert quote.content.text == "they have the votes"
    assert quote.speaker is not None and quote.speaker.text == "Local activists clamoring to stop the pipeline"


@pytest.mark.parametrize("text,content,cue,speaker", [
    ("Pence sounded a positive note about the budget on Friday.", "a positive note about the budget", "sounded", "Pence"),
    ("The senator cheered the ruling.", "the ruling", "cheered", "The senator"),
    ("The agency published a report on the spill.", "a report on the spill", "published", "The agency"),
    ("The mayor submitted a proposal to cut the tax.", "a proposal to cut the tax", "submitted", "The mayor"),
    ("The governor floated the idea of a special session.", "the idea of a special session", "floated", "The governor"),
    ("The senator assailed the trade deal on Tuesday.", "the trade deal", "assailed", "The senator"),
    ("The governor disavowed the remarks.", "the remarks", "disavowed", "The governor"),
    ("Economists anticipate that rates will rise.", "that rates will rise", "anticipate", "Economists"),
])
def test_verbs_of_putting_out_what_one_holds_attribute_their_object(pipeline, text: str, content: str, cue: str, speaker: str) -> None:
    [quote] = _quotes(pipeline, text).quotes
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (content, cue)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_verb_of_saying_after_a_quotation_takes_the_name_after_it() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.analysis.quotes import _inverted_subject

    # "“No,” declared Jane Doe.": the parse makes the name the verb's object
    words = ["“", "No", ",", "”", "declared", "Jane", "Doe", "."]
    spaces = [False, False, False, True, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=[4, 4, 4, 4, 4, 6, 4, 4],
              deps=["punct", "ccomp", "punct", "punct", "ROOT", "compound", "dobj", "punct"],
              pos=["PUNCT", "INTJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
              tags=["``", "UH", ",", "''", "VBD", "NNP", "NNP", "."], sent_starts=[True] + [False] * 7)
    speaker = _inverted_subject(doc[4])
    assert speaker is not None and speaker.text == "Doe"
    # no quotation before the verb: no inverted subject
    words = ["He", "declared", "Jane", "Doe", "the", "winner", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 5, 1, 1], deps=["nsubj", "ROOT", "compound", "dobj", "det", "oprd", "punct"],
              pos=["PRON", "VERB", "PROPN", "PROPN", "DET", "NOUN", "PUNCT"], sent_starts=[True] + [False] * 6)
    assert _inverted_subject(doc[1]) is None


@pytest.mark.parametrize("text,speaker", [
    ("Sen. Rand Paul has released a Web video that accuses Cruz of being soft on immigration.", "Sen. Rand Paul"),
    ("The mayor issued a statement that criticized the council.", "The mayor"),
])
def test_what_a_text_someone_issues_says_is_said_by_who_issued_it(pipeline, text: str, speaker: str) -> None:
    [quote] = _quotes(pipeline, text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_doubled_comma_before_a_verb_of_saying_is_an_empty_aside() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.analysis.quotes import _before_comma_aside

    # scraped text doubles commas: "Officials , , said ..."; the speaker's phrase ends before them
    words = ["Officials", ",", ",", "said", "the", "dam", "failed", "."]
    doc = Doc(Vocab(), words=words, pos=["NOUN", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "VERB", "PUNCT"])
    assert _before_comma_aside(doc, 0, 3) == 1


@pytest.mark.parametrize("text,content,speaker", [
    ("Residents gathered outside the mosque. “Too much hate,” she said, blaming the campaign.", "“Too much hate,”", "she"),
    ('The ministry closed the border. "Absolutely not!" the minister shouted.', '"Absolutely not!"', "the minister"),
])
def test_a_short_quotation_opening_its_sentence_is_its_speakers_utterance(pipeline, text: str, content: str, speaker: str) -> None:
    quote = next(q for q in _quotes(pipeline, text).quotes if q.content.text == content)
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_short_quoted_phrase_inside_a_sentence_stays_no_utterance(pipeline) -> None:
    text = "The council described the plan as “reckless,” and the mayor left early."
    assert not [q for q in _quotes(pipeline, text).quotes if q.kind == "direct"]


def test_a_title_abbreviation_the_parse_splits_from_the_name_stays_in_the_speaker(pipeline) -> None:
    text = "“The troops need rest,” said Army Capt. Christian Pardo, who served two tours."
    result = _quotes(pipeline, text)
    quote = next(q for q in result.quotes if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.text.startswith("Army Capt. Christian Pardo")
    assert _entity_name(result, quote.speaker.entity) == "Christian Pardo"


def test_confessing_is_saying(pipeline) -> None:
    text = "A judge refused the request. “This is a big win for me,” I confessed."
    quote = next(q for q in _quotes(pipeline, text).quotes if q.kind == "direct")
    assert quote.cue is not None and quote.cue.text == "confessed"
    assert quote.speaker is not None and quote.speaker.text == "I"


def test_a_verb_of_saying_the_parse_reads_as_a_participle_after_a_quotation(pipeline) -> None:
    text = '"He should resign in disgrace!" the party\'s presumptive nominee, Jane Doe, tweeted Sunday.'
    result = _quotes(pipeline, text)
    [quote] = [q for q in result.quotes if q.kind == "direct"]
    assert quote.cue is not None and quote.cue.text == "tweeted"
    assert quote.speaker is not None and quote.speaker.text == "the party's presumptive nominee, Jane Doe,"
