"""Actor coding rules of the third round: untagged and ambiguous country names, capitals named as
scenes, places of unplaced titles, role-phrase sectors, international bodies by their names."""

from __future__ import annotations

import pytest

from newsevents.knowledge import load_knowledge, sector_in_code
from newsevents.pipeline import Pipeline
from tests.conftest import analyse, entity_for


def test_a_country_ner_leaves_untagged_is_still_an_actor(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Kyrgyzstan finally reopened the border crossing after two years to let trucks through.")
    kyrgyzstan = entity_for(result, "Kyrgyzstan")
    assert (kyrgyzstan.type, kyrgyzstan.code) == ("GPE", "KGZ")


def test_a_misspelt_country_standing_alone_is_read_as_the_country(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Tanzaina has agreed to reopen its border to traders from the region.")
    assert entity_for(result, "Tanzaina").country == "TZA"


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        ("Talks between Congo and Gabon ended on Monday.", "1992-03-01", "COG"),
        ("Talks between Congo and Gabon ended on Monday.", "2012-03-01", "COD"),
        ("Congo said troops had left Goma in North Kivu.", None, "COD"),
        ("Congo's president returned to Brazzaville after the talks.", None, "COG"),
        ("Talks between Congo and Gabon ended on Monday.", None, None),
    ],
)
def test_congo_is_decided_by_the_article_clues_then_its_date(pipeline: Pipeline, text: str, published: str | None,
                                                              country: str | None) -> None:
    assert entity_for(analyse(pipeline, text, published), "Congo").country == country


def test_a_capital_named_only_as_the_scene_stands_for_the_country(pipeline: Pipeline) -> None:
    scene = analyse(pipeline, "Thousands of people marched in Nairobi on Saturday.")
    assert entity_for(scene, "Nairobi").code == "KEN"
    actor = analyse(pipeline, "Nairobi rejected the proposal on Saturday.")
    assert entity_for(actor, "Nairobi").code == "KENGOV"
    body = analyse(pipeline, "Analysts said the government in Nairobi had misjudged the mood.")
    assert entity_for(body, "Nairobi").code == "KENGOV"


def test_an_unknown_office_holder_takes_the_one_country_of_the_sentence(pipeline: Pipeline) -> None:
    located = analyse(pipeline, "President Kofi Mensah Larbi ordered a curfew in Kumasi after the riots.")
    assert entity_for(located, "Kofi Mensah Larbi").code == "GHAGOV"
    by_body = analyse(pipeline, "President Joao Tavares held talks with UNITA on Monday.")
    assert entity_for(by_body, "Joao Tavares").country == "AGO"
    opposition = analyse(pipeline, "Opposition leader Rahim Bakhsh Qureshi addressed a rally of Pakistani traders.")
    assert entity_for(opposition, "Rahim Bakhsh Qureshi").code == "PAKOPP"


def test_a_body_inside_a_known_name_is_part_of_it(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Forty UN peacekeepers left the town on Friday.")
    peacekeepers = entity_for(result, "UN peacekeepers")
    assert peacekeepers.code == "IGOUNOMIL"
    assert not any(m.text == "UN" for e in result.entities for m in e.mentions)


def test_civilian_agents_of_a_state_are_civilians(pipeline: Pipeline) -> None:
    advisers = analyse(pipeline, "Rebels abducted four French civilian advisers from the market.")
    assert entity_for(advisers, "French civilian advisers").code == "FRACVL"
    refugees = analyse(pipeline, "Aid reached Sudanese civilian refugees in the camp.")
    assert entity_for(refugees, "Sudanese civilian refugees").sector == "REF"


@pytest.mark.parametrize(
    ("text", "name_part", "field", "expected"),
    [
        pytest.param("Ethnic Serb militiamen operating in Bosnia handed in their weapons.", "militiamen", "code", "BIHREB", id="residence_beats_an_ethnic_country_word"),
        pytest.param("The Turkish peace movement criticised the army's new offensive.", "peace movement", "code", "TUROPP", id="peace_movements_are_opposition"),
        pytest.param("Police raided a hostel housing Moroccan immigrants on the coast.", "immigrants", "code", "MARCVL", id="immigrants_are_civilians"),
        pytest.param("The minister ignored a summons from the Ghana Electoral Commission on Friday.", "Commission", "code", "GHAGOV", id="a_national_commission_is_a_state_body"),
        pytest.param("Gunmen loyal to Somalia's former army chief attacked a checkpoint on Sunday.", "Gunmen", "country", "SOM", id="a_group_loyal_to_a_side_takes_its_country"),
        pytest.param("Gunmen ambushed a patrol of Iran's militia allies in eastern Syria on Friday.", "militia", "country", "SYR", id="a_patrons_ally_takes_the_country_it_acts_in"),
        pytest.param("Settlers in the West Bank town of Nablus blocked a road on Saturday.", "Settlers", "code", "ISRCVL", id="settlers_in_the_palestinian_territories_are_israels"),
        pytest.param("Striking teachers went on a hunger strike to demand the resignation of the Kenyan education minister.", "teachers", "country", "KEN", id="an_unplaced_group_takes_the_one_country_of_its_sentence"),
        pytest.param("US envoys met on Monday. Later the army urged civilians in northern Gaza to move south.", "civilians", "code", "PSECVL", id="people_a_verb_places_in_a_country_are_its_people"),
        pytest.param("Officials in Washington praised the move. The Pentagon deployed troops in Syria last year.", "troops", "country", "USA", id="troops_sent_somewhere_keep_their_own_country"),
    ],
)
def test_a_group_or_body_is_coded_from_its_sentence(pipeline: Pipeline, text: str, name_part: str, field: str,
                                                   expected: str) -> None:
    entity = next(e for e in analyse(pipeline, text).entities if name_part in e.name)
    assert getattr(entity, field) == expected


def test_multinational_and_regional_peacekeeping_forces_are_international(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Kenyan officials welcomed the arrival of multinational forces in the port.")
    force = entity_for(result, "multinational forces")
    assert force.code == "IGOMIL"
    regional = analyse(pipeline, "Mali's rebels rejected the deployment of a regional peacekeeping force.")
    assert next(e for e in regional.entities if "peacekeeping force" in e.name).country == "IGO"
    national = analyse(pipeline, "Kenyan officials welcomed the arrival of Ugandan forces in the port.")
    assert next(e for e in national.entities if "forces" in e.name).country == "UGA"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The United Nations Special Coordinator for Lebanon called for calm.", "United Nations Special Coordinator", "IGO"),
        ("The International Federation of Human Rights Leagues condemned the verdict.", "International Federation of Human Rights Leagues", "NGO"),
        ("The World Economic Forum published its annual risk report.", "World Economic Forum", "NGO"),
    ],
)
def test_unknown_international_bodies_by_their_names(pipeline: Pipeline, text: str, surface: str, country: str) -> None:
    assert entity_for(analyse(pipeline, text), surface).country == country


def test_sectors_of_role_phrases_and_body_names(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "A militant group based in Mindanao claimed the attack on Makerere University.")
    assert next(e for e in result.entities if "militant group" in e.name).code == "PHLREB"
    assert entity_for(result, "Makerere University").sector == "EDU"
    assembly = analyse(pipeline, "The Kosovo Assembly passed the budget on Thursday.")
    assert entity_for(assembly, "Kosovo Assembly").code == "XKXLEG"


def test_international_bodies_take_the_sector_inside_their_code() -> None:
    assert sector_in_code("IGOUNOREFHCR") == "REF"
    assert sector_in_code("IGOWSTNATMIL") == "MIL"
    assert sector_in_code("IGOUNO") is None
    assert sector_in_code("IMGMOSALQ") is None
    assert load_knowledge().lookup("UNHCR").sector == "REF"
    assert load_knowledge().lookup("International Labour Office").code == "IGOUNOLABILO"


def test_an_acronym_in_brackets_is_no_second_party(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Kosovo Mayors Union (AKK) officials met the agriculture minister on Monday.")
    assert not any(m.text.startswith("AKK)") for e in result.entities for m in e.mentions)


def test_kenyan_vice_presidents_are_known(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Vice-President Moody Awori opened a new water project near the lake.")
    assert entity_for(result, "Moody Awori").code == "KENGOV"
    assert load_knowledge().lookup("Kalonzo Musyoka").country == "KEN"


def test_missionaries_and_hostage_takers_have_roles(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "A Baptist missionary from Winnipeg was detained by police in Kenya.")
    missionary = next(e for e in result.entities if "missionary" in e.name)
    assert missionary.sector == "REL"
    takers = analyse(pipeline, "Police in Colombia refused to negotiate with the kidnappers.")
    assert any(e.sector == "CRM" for e in takers.entities if "kidnappers" in e.name)


def test_the_holder_of_rebel_held_ground(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Government jets bombed Syrian rebel-held districts in the north.")
    assert any(e.code == "SYRREB" for e in result.entities if "rebel" in e.name)


def test_a_name_cut_inside_a_bracket_loses_the_bracket(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Two officials were shot in Surgut (Siberia) on Tuesday, the city's police said.")
    names = [m.text for e in result.entities for m in e.mentions]
    assert not any("(" in name for name in names)
    assert all(e.country != "LBR" for e in result.entities)  # "Siberia" is no misspelt Liberia


def test_a_known_body_after_a_possessive_pronoun(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Ireland settled its quarrel with its Common Market partners over beef quotas.")
    assert any(e.code == "IGOEUREEC" for e in result.entities)


def test_a_misspelt_capital_named_as_an_actor_is_its_government(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Opposition parties in Nepal accused Khatmandu of breaking the truce.")
    assert entity_for(result, "Khatmandu").code == "NPLGOV"


def test_an_unplaced_group_does_not_take_the_country_of_the_party_it_acts_on(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Gunmen ambushed Israeli soldiers near the border on Monday.")
    gunmen = next(e for e in result.entities if e.name == "Gunmen")
    assert gunmen.country is None


def test_each_place_of_a_list_after_in_is_a_place(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Sirens sounded in Lviv, Dnipro, Zaporizhzhia, Kharkiv and Ternopil overnight.")
    assert entity_for(result, "Kharkiv").country == "UKR"
    assert entity_for(result, "Ternopil").country == "UKR"


def test_a_body_with_no_country_takes_its_possessors(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "The plan was approved by the International Atomic Energy Agency's Board of Governors on Friday.")
    board = next(e for e in result.entities if e.name == "Board of Governors")
    assert board.country == "IGO"


def test_unplaced_people_and_police_belong_to_the_country_the_article_is_about(pipeline: Pipeline) -> None:
    text = ("Chile's parliament debated the pension reform on Monday as thousands marched in Santiago. "
            "Chilean unions called a strike for Thursday.\n\nResidents said police fired tear gas near the palace, "
            "and the government promised an inquiry.")
    result = analyse(pipeline, text)
    assert entity_for(result, "Residents").code == "CHLCVL"
    assert entity_for(result, "police").code == "CHLCOP"
    assert entity_for(result, "government").code == "CHLGOV"


def test_unplaced_officials_are_not_given_the_articles_country(pipeline: Pipeline) -> None:
    text = ("Chile's parliament debated the pension reform on Monday as thousands marched in Santiago. "
            "Chilean unions called a strike for Thursday.\n\nVisiting officials said they would stay neutral.")
    result = analyse(pipeline, text)
    assert entity_for(result, "Visiting officials").country is None


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Ankara said its troops had crossed the border overnight.", "its troops", "TUR"),
        ("Yoweri Museveni ordered his troops to hold their positions.", "his troops", "UGA"),
        ("The army said its troops had come under fire near Kabul.", "its troops", None),
    ],
)
def test_a_possessive_pronoun_gives_its_antecedents_country(pipeline: Pipeline, text: str, phrase: str, country: str | None) -> None:
    result = analyse(pipeline, text)
    assert entity_for(result, phrase).country == country


def test_a_known_name_ner_leaves_untagged_is_still_an_actor(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "The Dalai Lama urged his followers to stay calm on Sunday.")
    lama = entity_for(result, "Dalai Lama")
    assert (lama.type, lama.country) == ("PERSON", "CHN")


def test_a_counsellors_title_is_cut_from_her_name(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Soldiers detained State Counsellor Aung San Suu Kyi in Naypyidaw before dawn.", published="2021-02-01")
    assert any(e.name == "Aung San Suu Kyi" and e.code == "MMRGOV" for e in result.entities)


def test_a_seat_of_power_written_in_lower_case_is_no_government(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "They walked past the white house on the corner before the rain.")
    assert all(e.code != "USAGOV" for e in result.entities)


def test_a_name_before_a_kind_of_place_is_the_place(pipeline: Pipeline) -> None:
    result = analyse(pipeline, "Aid trucks queued at the Rafah crossing for a third day.")
    assert entity_for(result, "Rafah").country == "PSE"
