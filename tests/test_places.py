"""The places component: toponyms found, resolved against the offline gazetteer, in text order.

Sentences are the team's own inventions."""

from __future__ import annotations

import pytest

import newsevents.analysis.places  # noqa: F401  (registers the component)
from newsevents.gazetteer import distance_km, load_gazetteer
from newsevents.model import Article
from newsevents.pipeline import Pipeline


@pytest.fixture(scope="session")
def places_pipeline() -> Pipeline:
    return Pipeline(["entities", "actors", "places"])


def places_of(pipeline: Pipeline, text: str):  # type: ignore[no-untyped-def]
    return pipeline.analyse(Article(id="p", text=text)).places


def by_text(places, surface: str):  # type: ignore[no-untyped-def]
    found = [p for p in places if p.text == surface]
    assert found, f"{surface!r} not among {[p.text for p in places]}"
    return found[0]


def test_washington_in_us_politics_is_the_capital(places_pipeline: Pipeline) -> None:
    text = ("Senators returned to Washington on Tuesday to debate the budget, and the governor of Ohio "
            "flew in from Columbus to lobby the delegation from his state.")
    place = by_text(places_of(places_pipeline, text), "Washington")
    assert place.country == "USA"
    assert place.feature == "city"
    assert distance_km(place.lat, place.lon, 38.90, -77.04) < 30


def test_paris_texas_is_not_france(places_pipeline: Pipeline) -> None:
    text = "The rodeo in Paris, Texas, drew a record crowd this weekend, organisers said."
    places = places_of(places_pipeline, text)
    paris = by_text(places, "Paris")
    assert paris.country == "USA"
    assert distance_km(paris.lat, paris.lon, 33.66, -95.56) < 50
    texas = by_text(places, "Texas")
    assert texas.feature == "ADM1"


def test_paris_alone_is_the_french_capital(places_pipeline: Pipeline) -> None:
    place = by_text(places_of(places_pipeline, "Ministers will meet in Paris next month."), "Paris")
    assert place.country == "FRA"


def test_strait_of_hormuz_is_water(places_pipeline: Pipeline) -> None:
    text = "Tanker traffic through the Strait of Hormuz slowed after the naval exercise."
    place = by_text(places_of(places_pipeline, text), "Strait of Hormuz")
    assert place.feature == "water"
    assert distance_km(place.lat, place.lon, 26.6, 56.3) < 100


def test_gaza_strip_is_a_territory(places_pipeline: Pipeline) -> None:
    text = "Aid trucks crossed into the Gaza Strip on Sunday, the agency said."
    place = by_text(places_of(places_pipeline, text), "Gaza Strip")
    assert place.feature == "territory"
    assert place.country == "PSE"


def test_a_sentence_with_no_place(places_pipeline: Pipeline) -> None:
    assert places_of(places_pipeline, "The committee postponed its vote until the report is finished.") == []


def test_offsets_are_text_slices_and_ids_in_order(places_pipeline: Pipeline) -> None:
    text = ("Delegates from Kenya and Uganda met in Nairobi before flying to Geneva; the talks then moved "
            "to the Red Sea port of Jeddah.")
    places = places_of(places_pipeline, text)
    assert len(places) >= 4
    assert [p.id for p in places] == [f"P{n}" for n in range(1, len(places) + 1)]
    assert [p.start for p in places] == sorted(p.start for p in places)
    for place in places:
        assert text[place.start:place.end] == place.text
        assert place.feature is None or place.feature in {
            "continent", "country", "ADM1", "ADM2", "city", "region", "territory", "water", "site", "island",
            "peninsula", "valley",
        }
    countries = {p.text: p.country for p in places}
    assert countries.get("Kenya") == "KEN" and countries.get("Nairobi") == "KEN"


def test_county_and_state_abbreviation(places_pipeline: Pipeline) -> None:
    text = "Deputies from Hall County arrested a man in Gainesville, Ga., after a chase on Friday."
    places = places_of(places_pipeline, text)
    county = by_text(places, "Hall County")
    assert county.feature == "ADM2" and distance_km(county.lat, county.lon, 34.3, -83.8) < 80
    town = by_text(places, "Gainesville")
    assert distance_km(town.lat, town.lon, 34.30, -83.82) < 50
    assert by_text(places, "Ga.").name.startswith("Georgia")


def test_gazetteer_indexes_names_and_sites() -> None:
    gazetteer = load_gazetteer()
    assert any(p.feature == "site" for p in gazetteer.lookup("Fordow"))
    assert any(p.feature == "country" and p.country == "GEO" for p in gazetteer.lookup("Georgia"))
    assert any(p.feature == "ADM1" and p.country == "USA" for p in gazetteer.lookup("Georgia"))
    assert any(p.feature == "city" and p.geonames_id for p in gazetteer.lookup("São Paulo"))


def test_a_state_abbreviation_is_the_state_not_a_namesake_town(places_pipeline: Pipeline) -> None:
    text = "A police officer in Kansas City, Kan., was dragged by a car, and a man from Harrisburg, Pa., was held."
    places = places_of(places_pipeline, text)
    assert by_text(places, "Kan.").name == "Kansas"
    assert by_text(places, "Pa.").country == "USA" and by_text(places, "Pa.").feature == "ADM1"


def test_a_us_state_named_like_a_country_in_a_us_story(places_pipeline: Pipeline) -> None:
    # the gazetteer glosses the state "Georgia (US state)"; its own name is still Georgia
    text = "Georgia authorities say the man from Arizona was charged."
    georgia = by_text(places_of(places_pipeline, text), "Georgia")
    assert georgia.country == "USA" and georgia.feature == "ADM1"


def test_an_office_named_after_a_county_yields_the_county(places_pipeline: Pipeline) -> None:
    # the parser tags the whole office as a place; the county inside it is the place
    places = places_of(places_pipeline, "The man was held at the Henderson County Jail on Tuesday, deputies said.")
    county = by_text(places, "Henderson County")
    assert county.feature == "ADM2" and county.lat is not None
    assert not any(p.text.endswith("Jail") for p in places)


def test_a_feature_word_alone_or_leading_an_office_is_no_place() -> None:
    from newsevents.analysis.places import _looks_like_feature_name

    assert _looks_like_feature_name("red river") and _looks_like_feature_name("lake vermont")
    assert not _looks_like_feature_name("county judges")
    assert not _looks_like_feature_name("district")
    assert not _looks_like_feature_name("henderson county jail")


def test_a_street_word_is_not_a_town(places_pipeline: Pipeline) -> None:
    text = "Crews repaved Wichita Street and Darby Street in Dublin, Ohio, last week."
    places = places_of(places_pipeline, text)
    assert not any(p.text.startswith("Street") for p in places)


def test_names_that_may_be_one_place_are_no_evidence_for_each_other() -> None:
    from newsevents.analysis.places import _independent_groups, _Mention
    from newsevents.gazetteer import GazPlace

    ohio_town = GazPlace("Dublin", 40.1, -83.1, "USA", "city", 40_000, admin1="USA.OH")
    irish_city = GazPlace("Dublin", 53.3, -6.3, "IRL", "city", 1_000_000)
    columbus = GazPlace("Columbus", 40.0, -83.0, "USA", "city", 900_000, admin1="USA.OH")
    groups = [[_Mention(0, 6, "dublin", [ohio_town, irish_city], True)],
              [_Mention(10, 21, "dublin city", [irish_city], False)],
              [_Mention(30, 38, "columbus", [columbus], True)]]
    assert _independent_groups(groups) == [[2], [2], [0, 1]]


def test_two_ambiguous_names_with_readings_side_by_side_mean_those(places_pipeline: Pipeline) -> None:
    # Huntsville AL is the bigger town, but only Huntsville TX lies in a Walker County
    text = "Walker County deputies took the driver to a hospital in Huntsville, where he was treated and released."
    places = places_of(places_pipeline, text)
    town, county = by_text(places, "Huntsville"), by_text(places, "Walker County")
    assert distance_km(town.lat, town.lon, 30.72, -95.55) < 50
    assert distance_km(county.lat, county.lon, 30.74, -95.57) < 80
    # Richmond VA is the capital, but Richmond KY is the seat of a Madison County
    text = "The Madison County fair opened in Richmond on Friday with a tractor pull."
    town = by_text(places_of(places_pipeline, text), "Richmond")
    assert distance_km(town.lat, town.lon, 37.75, -84.29) < 50


def test_a_state_in_a_list_of_states_is_not_a_namesake_town(places_pipeline: Pipeline) -> None:
    text = "Cases were reported in Ohio, Indiana, Pennsylvania, California and Michigan."
    california = by_text(places_of(places_pipeline, text), "California")
    assert california.feature == "ADM1"


def test_a_name_the_parser_cut_short_is_taken_whole(places_pipeline: Pipeline) -> None:
    text = "Measles cases rose in Angola, Chad and Democratic Republic of the Congo last year."
    places = places_of(places_pipeline, text)
    congo = by_text(places, "Democratic Republic of the Congo")
    assert congo.country == "COD" and congo.feature == "country"
    assert len([p for p in places if congo.start <= p.start < congo.end]) == 1


def test_washington_state_is_the_state(places_pipeline: Pipeline) -> None:
    place = by_text(places_of(places_pipeline, "The apple harvest in Washington state fell by a fifth."), "Washington")
    assert place.feature == "ADM1" and place.lon < -115


def test_a_name_in_a_list_of_countries_or_states_is_one_too(places_pipeline: Pipeline) -> None:
    text = "Flu samples came from Peru, China, Japan and Kenya, while Utah, Washington and Oregon sent none."
    places = places_of(places_pipeline, text)
    assert by_text(places, "China").feature == "country" and by_text(places, "China").country == "CHN"
    washington = by_text(places, "Washington")
    assert washington.feature == "ADM1" and washington.lon < -115


def test_a_currency_or_a_disease_is_not_its_place(places_pipeline: Pipeline) -> None:
    text = "Officials in Ohio said the West Nile virus was found in mosquitoes, and the state paid US$2 million for spraying."
    assert [p.text for p in places_of(places_pipeline, text)] == ["Ohio"]


def test_a_word_that_is_only_another_name_of_a_town_is_a_word(places_pipeline: Pipeline) -> None:
    from newsevents.analysis.places import _unless_only_an_alias
    from newsevents.gazetteer import GazPlace

    town = GazPlace("Hammtown", 51.7, 7.8, "DEU", "city", 180_000)
    assert _unless_only_an_alias("hamas", [town]) == []
    megacity = GazPlace("Kolkata", 22.6, 88.4, "IND", "city", 4_600_000)
    assert _unless_only_an_alias("calcutta", [megacity]) == [megacity]
    own = GazPlace("Drug", 40.0, -80.0, "USA", "city", 900)
    assert _unless_only_an_alias("drug", [town, own]) == [own]
    assert places_of(places_pipeline, "Leaders of Hamas met in the afternoon to discuss a truce.") == []


def test_a_state_abbreviation_standing_alone(places_pipeline: Pipeline) -> None:
    text = "Rep. Jane Doe, D-N.J., praised the S.C. Highway Patrol and flew to L.A. with W. Va. officials."
    places = places_of(places_pipeline, text)
    assert by_text(places, "N.J.").name == "New Jersey"
    assert by_text(places, "S.C.").name == "South Carolina"
    assert by_text(places, "W. Va.").name == "West Virginia"
    assert by_text(places, "L.A.").name == "Los Angeles"


def test_a_dateline_in_capitals_is_the_town(places_pipeline: Pipeline) -> None:
    text = ("Council approves budget. PATASKALA — The city council approved a new budget Monday, and Pataskala "
            "residents will pay more for water.")
    places = places_of(places_pipeline, text)
    assert [p.text for p in places] == ["PATASKALA", "Pataskala"]
    assert all(distance_km(p.lat, p.lon, 40.0, -82.67) < 30 for p in places)
    text = "HAMILTON — Two women were found dead in a house on Main Street, police in Butler County said."
    town = by_text(places_of(places_pipeline, text), "HAMILTON")
    assert distance_km(town.lat, town.lon, 39.40, -84.56) < 30


def test_a_town_the_parser_takes_for_an_organisation(places_pipeline: Pipeline) -> None:
    text = "The mayor of Pirbright said the laboratory in Surrey, England, would reopen after the inspection."
    town = by_text(places_of(places_pipeline, text), "Pirbright")
    assert distance_km(town.lat, town.lon, 51.29, -0.65) < 30


def test_a_small_town_after_in_is_kept_though_nothing_near_supports_it(places_pipeline: Pipeline) -> None:
    text = "Doctors in Orneta treated two farmers for the illness, Polish officials said."
    town = by_text(places_of(places_pipeline, text), "Orneta")
    assert town.country == "POL" and distance_km(town.lat, town.lon, 54.11, 20.13) < 30


def test_a_name_the_text_calls_a_town_or_a_state(places_pipeline: Pipeline) -> None:
    town = by_text(places_of(places_pipeline, "Two farmers fell ill in the town of Pulawy, east of Warsaw."), "Pulawy")
    assert town.country == "POL" and town.feature == "city"
    state = by_text(places_of(places_pipeline, "Four Guerrero state police officers were found in a garage."), "Guerrero")
    assert state.country == "MEX" and state.feature == "ADM1"
    assert places_of(places_pipeline, "But town and state police were able to enter the house.") == []


def test_a_demonym_of_a_state_is_the_state(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Many Ohioans and a few Minnesotans drove to the fair.")
    assert by_text(places, "Ohioans").name == "Ohio" and by_text(places, "Minnesotans").name == "Minnesota"
    assert places_of(places_pipeline, "A gunman fled; further checks were made by the owner.") == []
    places = places_of(places_pipeline, "Ontarians and Kansans voted on Monday.")
    assert by_text(places, "Ontarians").name == "Ontario" and by_text(places, "Kansans").name == "Kansas"
    places = places_of(places_pipeline, "Abkhaz officials said the border with Georgia stayed shut.")
    assert by_text(places, "Abkhaz").name == "Abkhazia"


def test_a_town_with_its_state_after_a_comma_is_the_town(places_pipeline: Pipeline) -> None:
    text = "Tour Greer, South Carolina. Greer has a new park, and visitors to Greer love it."
    places = [p for p in places_of(places_pipeline, text) if p.text == "Greer"]
    assert len(places) == 3 and all(distance_km(p.lat, p.lon, 34.94, -82.23) < 30 for p in places)


def test_a_town_that_names_its_police_is_a_place(places_pipeline: Pipeline) -> None:
    text = "The woman was not badly hurt, said Grand Ledge Police Chief Tom Smith, whose officers reached her near Lansing."
    town = by_text(places_of(places_pipeline, text), "Grand Ledge")
    assert distance_km(town.lat, town.lon, 42.75, -84.75) < 30


def test_a_capital_yields_to_a_namesake_among_the_story_s_places(places_pipeline: Pipeline) -> None:
    text = "London coach Dale Smith said his team lost in Erie and would play Sarnia next week."
    london = by_text(places_of(places_pipeline, text), "London")
    assert london.country == "CAN" and distance_km(london.lat, london.lon, 42.98, -81.25) < 30


def test_a_state_named_in_the_story_is_strong_evidence_for_its_towns(places_pipeline: Pipeline) -> None:
    text = "Police in Richmond said a man was held; Indiana officials did not comment."
    town = by_text(places_of(places_pipeline, text), "Richmond")
    assert distance_km(town.lat, town.lon, 39.83, -84.89) < 30


def test_a_county_s_short_name_is_the_county(places_pipeline: Pipeline) -> None:
    text = "A school in DeKalb County burned on Monday, and DeKalb firefighters from Decatur and Tucker came."
    places = places_of(places_pipeline, text)
    county, short = by_text(places, "DeKalb County"), by_text(places, "DeKalb")
    assert distance_km(short.lat, short.lon, county.lat, county.lon) < 80
    assert distance_km(short.lat, short.lon, 33.77, -84.23) < 80


def test_a_list_of_counties_with_or(places_pipeline: Pipeline) -> None:
    text = "Students who live in Butler, Clark, Greene, Preble or Warren counties may apply."
    places = places_of(places_pipeline, text)
    assert [p.text for p in places] == ["Butler", "Clark", "Greene", "Preble", "Warren"]
    assert all(p.feature == "ADM2" and distance_km(p.lat, p.lon, 39.6, -84.2) < 100 for p in places)
    text = "The state's three largest counties — Douglas, Lancaster and Sarpy — grew, Nebraska said."
    places = [p for p in places_of(places_pipeline, text) if p.text in {"Douglas", "Lancaster", "Sarpy"}]
    assert len(places) == 3 and all(p.feature == "ADM2" and distance_km(p.lat, p.lon, 41.0, -96.4) < 100 for p in places)


def test_congo_alone_is_one_of_the_congos(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Refugees crossed from Congo into Uganda, and older maps still say Zaire.")
    assert by_text(places, "Congo").country in {"COD", "COG"} and by_text(places, "Congo").feature == "country"
    assert by_text(places, "Zaire").country == "COD"


def test_a_sentence_s_full_stop_is_not_part_of_the_name(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "He grew up in Ohio before moving to Texas.")
    assert by_text(places, "Texas").end == len("He grew up in Ohio before moving to Texas")


def test_the_gulf_is_a_place_without_a_point(places_pipeline: Pipeline) -> None:
    text = "On Monday, Iranian forces seized a tanker in the Gulf."
    assert by_text(places_of(places_pipeline, text), "Gulf").lat is None


def test_a_town_follows_its_county_settled_in_the_second_round(places_pipeline: Pipeline) -> None:
    # "Henderson County" is settled (Texas) by its pairing with Athens, Texas; a third round lets
    # Athens follow it rather than keep the larger Athens, Georgia, chosen before.
    text = "Officers of the Athens Police Department took the suspect to the Henderson County Jail on Monday."
    place = by_text(places_of(places_pipeline, text), "Athens")
    assert place.country == "USA"
    assert distance_km(place.lat, place.lon, 32.20, -95.86) < 30


def test_a_town_s_first_words_are_the_town_the_story_names_in_full(places_pipeline: Pipeline) -> None:
    text = "Police in Avondale Estates, Georgia, said on Monday that Avondale officers found the car near the Avondale library."
    places = places_of(places_pipeline, text)
    full = by_text(places, "Avondale Estates")
    shorts = [p for p in places if p.text == "Avondale"]
    assert shorts and all(distance_km(p.lat, p.lon, full.lat, full.lon) < 80 for p in shorts)
    # a state keeps its own sense beside its great city
    places = places_of(places_pipeline, "Kansas lawmakers met in Kansas City on Monday.")
    assert by_text(places, "Kansas").feature == "ADM1"


def test_an_old_name_of_a_city_yields_to_towns_that_bear_it_as_their_own() -> None:
    from newsevents.analysis.places import _unless_only_an_alias
    from newsevents.gazetteer import GazPlace

    city = GazPlace("Trento", 46.07, 11.12, "ITA", "city", 110_000)
    own = GazPlace("Trent", 40.0, -80.0, "USA", "city", 900)
    assert _unless_only_an_alias("trent", [city, own]) == [own]
    megacity = GazPlace("Kolkata", 22.6, 88.4, "IND", "city", 4_600_000)
    village = GazPlace("Calcutta", 40.6, -80.6, "USA", "city", 3_700)
    assert _unless_only_an_alias("calcutta", [megacity, village]) == [megacity, village]


def test_a_county_named_with_a_particle_is_found_either_way() -> None:
    gaz = load_gazetteer()
    assert [p.admin1 for p in gaz.lookup("DeSoto Parish")] == ["USA.LA"]
    assert {p.admin1 for p in gaz.lookup("La Salle County")} >= {"USA.IL", "USA.TX"}
    assert [(p.name, p.feature) for p in gaz.lookup("DuPage")] == [("DuPage County", "ADM2")]


def test_city_before_an_office_belongs_to_the_office(places_pipeline: Pipeline) -> None:
    text = "San Fernando City Councilwoman Nury Martinez won a seat, Los Angeles election officials said."
    town = by_text(places_of(places_pipeline, text), "San Fernando")
    assert town.country == "USA" and distance_km(town.lat, town.lon, 34.28, -118.44) < 30
    text = "Members of the Kansas City Council voted on Monday."
    assert by_text(places_of(places_pipeline, text), "Kansas City").name == "Kansas City"


def test_a_settled_city_supports_its_state_s_towns_in_the_later_rounds(places_pipeline: Pipeline) -> None:
    text = "Columbia police said the man was flown to Nashville, where Nashville doctors treated him at a Nashville hospital."
    town = by_text(places_of(places_pipeline, text), "Columbia")
    assert distance_km(town.lat, town.lon, 35.62, -87.04) < 30


def test_a_president_s_name_alone_after_in_is_the_town(places_pipeline: Pipeline) -> None:
    text = "The beams are being made by Capital Steel Co. in Lincoln, the Nebraska Department of Roads said."
    town = by_text(places_of(places_pipeline, text), "Lincoln")
    assert distance_km(town.lat, town.lon, 40.8, -96.67) < 30
    assert places_of(places_pipeline, "Historians say much changed in Lincoln's day.") == []


def test_a_facility_the_gazetteer_lacks_lies_in_the_place_it_is_named_after(places_pipeline: Pipeline) -> None:
    text = "The North East Texas water group met Wednesday at the Mount Pleasant Civic Center."
    town = by_text(places_of(places_pipeline, text), "Mount Pleasant")
    assert distance_km(town.lat, town.lon, 33.16, -94.97) < 30
    town = by_text(places_of(places_pipeline, "Liz Hurley will be at Bicester Village on Thursday to open a boutique."), "Bicester")
    assert town.country == "GBR"
    # a province the gazetteer lacks is not a town of its name
    places = places_of(places_pipeline, "Cases were reported in Nyanza Province, Kenya.")
    assert by_text(places, "Nyanza Province").lat is None


def test_a_county_abbreviated_co_is_the_county_and_a_firm_is_not(places_pipeline: Pipeline) -> None:
    county = by_text(places_of(places_pipeline, "Loudon Co. man dies in wreck here."), "Loudon Co.")
    assert county.name == "Loudon County" and county.feature == "ADM2"
    text = "Crane Co., of Chicago, bought the plant, and a raid hit the Swift & Co. plant in Worthington."
    assert not [p for p in places_of(places_pipeline, text) if p.feature == "ADM2"]


def test_a_legislator_s_county_or_state_after_the_party_letter(places_pipeline: Pipeline) -> None:
    text = "Sponsors are Delegates Harold Michael, D-Hardy, and Clif Moore, D-McDowell, of West Virginia."
    places = places_of(places_pipeline, text)
    assert by_text(places, "Hardy").name == "Hardy County" and by_text(places, "McDowell").name == "McDowell County"
    assert by_text(places_of(places_pipeline, "House Speaker Nancy Pelosi, D-Calif, told colleagues."), "Calif").name == "California"
    assert places_of(places_pipeline, "He landed on the beaches during the D-Day invasion.") == []


def test_state_initials_without_their_full_stop(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "He sold drugs in Bronx County, N.Y, which makes him ineligible.")
    assert by_text(places, "N.Y").name == "New York State"
    places = places_of(places_pipeline, "Gulf war vet to bike from Norman to D.C.. He is a long way from home.")
    assert by_text(places, "D.C").name == "Washington"


def test_a_country_s_name_is_a_town_beside_its_county(places_pipeline: Pipeline) -> None:
    text = "Lebanon police said the crash happened on Monday, and Boone County deputies closed the road."
    town = by_text(places_of(places_pipeline, text), "Lebanon")
    assert town.feature == "city" and distance_km(town.lat, town.lon, 40.05, -86.47) < 30
    text = "Exports to China rose this year, Jefferson County officials said."
    assert by_text(places_of(places_pipeline, text), "China").feature == "country"


def test_a_small_town_s_mount_and_fort_are_also_written_mt_and_ft() -> None:
    gaz = load_gazetteer()
    mounts = [p for p in gaz.lookup("Mt. Pleasant") if p.admin1 == "USA.IA"]
    assert mounts and all(p.name == "Mount Pleasant" for p in mounts)
    assert any(p.name.startswith("Fort ") for p in gaz.lookup("Ft. Myers"))


def test_a_small_town_with_its_own_mayor_or_police_is_kept_alone(places_pipeline: Pipeline) -> None:
    text = "In the past, Tillsonburg Mayor Stephen Molnar said his council would have to wait."
    town = by_text(places_of(places_pipeline, text), "Tillsonburg")
    assert town.country == "CAN" and distance_km(town.lat, town.lon, 42.86, -80.73) < 30
    assert places_of(places_pipeline, "Vice Mayor Cathy Boring voted no.") == []
