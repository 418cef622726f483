"""Where an incident is: the settlement or region the text names, in wire copy, live blogs and
officials' posts (a town named by a facility's adjective, by its district, port or station, in a later
sentence, "the city" named before; capitals that speak for their governments, areas, seas and
officials' names that are no place)."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.extract.morph import lemma, place_of_adjective
from geo.extract.places import facility_place

DAY = dt.date(2025, 10, 24)


def test_moscow_speaking_for_its_government_is_no_place():
    text = ("Russian drones struck an apartment building in Kyiv overnight, killing two people, "
            "officials said, as Moscow kept up pressure on the capital ahead of winter.")
    assert [(i.region, i.killed) for i in extract(text, published=DAY)] == [("UA-30", 2)]


def test_the_city_of_an_oblast_whose_governor_reports_it():
    text = ("Russian forces attacked Zaporizhzhia with drones on the evening of Oct. 23, injuring five people, "
            "Zaporizhzhia Oblast Governor Ivan Fedorov said.")
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.date, inc.injured) == ("UA-23", "Zaporizhzhia", "2025-10-23", 5)


def test_the_settlement_a_strike_verb_names():
    text = ("A Russian drone hit an industrial enterprise in Kamianske overnight, Governor Serhii Lysak said.\n\n"
            "Separately, FPV drones attacked Marhanets in the Nikopol district, damaging a gas pipeline.")
    got = extract(text, published=DAY)
    assert [(i.region, i.settlement, i.target) for i in got] == [
        ("UA-12", "Kamianske", "industrial enterprise"), ("UA-12", "Marhanets", "gas pipeline")]


@pytest.mark.parametrize("adjective, language, place", [
    ("Туапсинском", "ru", "Туапсе"), ("Рязанского", "ru", "Рязань"), ("Саратовском", "ru", "Саратов"),
    ("Кстовском", "ru", "Кстово"), ("Новошахтинского", "ru", "Новошахтинск"), ("Сызранском", "ru", "Сызрань"),
    ("Кременчуцькому", "uk", "Кременчук"), ("Туапсинському", "uk", "Туапсе"),
])
def test_a_facility_adjective_names_its_settlement(adjective, language, place):
    assert facility_place(adjective, language) == place


def test_a_facility_adjective_with_no_settlement_behind_it_is_none():
    assert place_of_adjective("Энскому", "ru", lambda name: False) is None


def test_refinery_named_by_its_adjective_then_debris_on_it():
    text = ("Пожар возник на Туапсинском НПЗ после атаки беспилотников в ночь на пятницу, сообщил оперштаб "
            "Краснодарского края. «В результате падения обломков БПЛА на территории НПЗ произошло возгорание», "
            "— говорится в сообщении. Пострадавших нет.")
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.settlement, inc.target) == ("interception", "RU-KDA", "Туапсе", "oil refinery")


@pytest.mark.parametrize("written, nominative", [
    ("Белая Березка", "Белая Березка"),  # spelt without ё in the text: kept so
    ("Орле", "Орёл"),  # the inflected form drops the ё the name has
])
def test_settlement_spelt_as_the_text_spells_it(written, nominative):
    from geo.extract.places import _gazetteer_knows
    assert lemma(written, "ru", _gazetteer_knows()) == nominative


def test_a_name_the_gazetteer_spells_both_ways_is_the_larger_place():
    # "Глухів" is the town and also reads as a case of the village "Глухи": the gazetteer writes both
    from geo.extract.places import settlement_form
    assert settlement_form("Глухів", "uk") == "Глухів"
    assert settlement_form("Глухова", "uk") == "Глухів"
    [*_, last] = extract("3 травня дрони атакували Кролевець та Глухів на Сумщині.", published=DAY, language="uk")
    assert last.settlement == "Глухів"


@pytest.mark.parametrize("text, language, place", [
    ("Eleven drones were shot down over Crimea overnight. In Yevpatoria, debris shattered windows in "
     "an apartment building.", "en", "Yevpatoria"),
    ("Силы ПВО сбили 14 беспилотников над Крымом. «Обломки одного из БПЛА упали на территории Феодосии, "
     "повреждена линия электропередачи», — написал Крючков.", "ru", "Феодосия"),
])
def test_debris_in_a_later_sentence_is_the_towns_interception_beside_the_regions_count(text, language, place):
    region, town = extract(text, published=DAY)  # the gold's key: one incident per region and settlement
    assert (region.event_type, region.region, region.settlement, region.extras["language"]) == (
        "interception", "UA-43", None, language)
    assert region.count in (11, 14)
    assert (town.event_type, town.region, town.settlement, town.extras["language"]) == ("interception", "UA-43", place, language)
    assert town.target is not None and town.count in (None, 1)  # the debris' damage, not the region's count


def test_near_the_station_of_a_town():
    [inc] = extract("A Ukrainian drone attacked a freight train near the station of Unecha in Russia's Bryansk region.",
                    published=DAY)
    assert (inc.region, inc.settlement, inc.extras["near"]) == ("RU-BRY", "Unecha", True)


@pytest.mark.parametrize("text, place", [
    ("В станице Ильской Северского района в результате падения обломков БПЛА на территории НПЗ произошло "
     "возгорание, сообщили в оперштабе Краснодарского края.", "Ильская"),
    ("Над Курском сбиты два беспилотника, обломки упали во дворе.", "Курск"),
])
def test_a_place_named_by_an_adjective_and_its_district(text, place):
    assert extract(text, published=DAY)[0].settlement == place


@pytest.mark.parametrize("written, language, nominative", [
    ("Ильской", "ru", "Ильская"), ("Октябрьского", "ru", "Октябрьский"), ("Ільській", "uk", "Ільська"),
    ("Курском", "ru", "Курск"), ("Куп'янську", "uk", "Куп'янськ"),
])
def test_one_word_adjective_names_in_their_nominative(written, language, nominative):
    from geo.extract.places import _gazetteer_knows
    assert lemma(written, language, _gazetteer_knows()) == nominative


def test_an_area_named_like_a_town_is_no_settlement():
    text = "На Криворіжжі внаслідок атаки БпЛА пошкоджено підприємство, повідомив Сергій Лисак."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement) == ("UA-12", None)


def test_a_district_struck_after_its_city_is_the_city():
    text = ("At least three people were killed when Russian drones hit Kharkiv on Tuesday, officials said.\n\n"
            "Mayor Ihor Terekhov said a drone struck a kindergarten in the Kholodnohirskyi district.")
    [inc] = extract(text, published=dt.date(2025, 11, 4))
    assert (inc.region, inc.settlement, inc.target, inc.killed) == ("UA-63", "Kharkiv", "school", 3)


def test_the_place_before_a_colon_is_where_the_debris_fell_the_oblast_total_apart():
    text = ("Уночі у Дніпрі лунали вибухи: сили ППО збивали ворожі дрони. Уламки одного з них пошкодили дах "
            "п'ятиповерхівки. Всього над областю збито 9 БпЛА.")
    town, region = extract(text, published=DAY)
    assert (town.event_type, town.region, town.settlement, town.count, town.target) == (
        "interception", "UA-12", "Дніпро", None, "apartment building")
    assert (region.event_type, region.region, region.settlement, region.count) == ("interception", "UA-12", None, 9)


def test_a_city_district_named_like_a_regions_district_is_the_citys():
    text = "Дрон скинув вибухівку на зупинку в Дніпровському районі Херсона, поранено жінку."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.injured) == ("UA-65", "Херсон", 1)


@pytest.mark.parametrize("text, place", [
    ("• Balakliia: a Shahed struck an infrastructure facility.\nOleh Syniehubov", "Balakliia"),
    ("▪️Балаклія: «шахед» влучив в об'єкт інфраструктури.\nОлег Синєгубов", "Балаклія"),
])
def test_a_bullet_list_item_opened_by_a_place(text, place):
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.count) == ("UA-63", place, 1)


def test_a_name_after_an_official_and_a_colon_is_no_place():
    [inc] = extract("Собянин: три беспилотника, летевших на Москву, уничтожены силами ПВО.", published=DAY)
    # drones "flying toward Moscow" were not said to be downed there (realnews convention): region null
    assert (inc.region, inc.settlement) == (None, None)


def test_a_village_named_in_its_dictionary_form_stays_so():
    [inc] = extract("В селе Дунайка Грайворонского округа FPV-дрон атаковал легковой автомобиль.", published=DAY)
    assert (inc.region, inc.settlement) == ("RU-BEL", "Дунайка")


def test_in_the_city_is_the_city_named_before():
    text = ("Ukrainian drones attacked the port of Novorossiysk overnight, damaging an oil terminal, the General Staff said.\n\n"
            "Krasnodar Krai's emergency headquarters said debris from downed drones fell on residential buildings "
            "in the city, injuring three people.")
    got = extract(text, published=DAY)
    assert [(i.event_type, i.region, i.settlement) for i in got] == [
        ("strike", "RU-KDA", "Novorossiysk"), ("interception", "RU-KDA", "Novorossiysk")]


@pytest.mark.parametrize("text, place", [
    ("An oil refinery in the Russian city of Ryazan caught fire after a Ukrainian drone attack overnight, "
     "governor Pavel Malkov said. Debris from downed drones came down on the plant's grounds, he said.", "Ryazan"),
    ("Ночью беспилотники атаковали Рязань: на НПЗ начался пожар\n\nГубернатор Павел Малков сообщил, что в результате "
     "падения обломков сбитых БПЛА на одном из предприятий города возник пожар.", "Рязань"),
])
def test_debris_on_the_attacked_refinery_is_one_interception_there(text, place):
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.settlement, inc.target) == ("interception", "RU-RYA", place, "oil refinery")


def test_square_metres_are_no_town():
    text = "ДСНС: у Києві внаслідок атаки дронів сталося влучання в нежитлову будівлю, пожежа на площі 200 кв. м. Пожежу ліквідовано."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement) == ("UA-30", "Київ")  # Kyiv, not "м."


def test_a_named_military_airfield():
    text = "According to Ukraine's General Staff, its drones had hit the Morozovsk military airfield in Russia's Rostov region."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.target) == ("RU-ROS", "Morozovsk", "airfield")


@pytest.mark.parametrize("text, language, place", [
    ("Губернатор Александр Дрозденко сообщил, что в порту Усть-Луга после атаки беспилотников произошло "
     "возгорание на территории терминала.", "ru", "Усть-Луга"),
    ("Ворог атакував ударними безпілотниками портову інфраструктуру Чорноморська, повідомив Олег Кіпер.",
     "uk", "Чорноморськ"),
])
def test_a_port_named_before_its_town(text, language, place):
    [inc] = extract(text, published=DAY)
    assert (inc.settlement, inc.target, inc.extras["language"]) == (place, "port infrastructure", language)


def test_ukrainian_locative_with_a_consonant_change():
    from geo.extract.places import settlement_form
    assert settlement_form("Єлабузі", "uk") == "Єлабуга"


def test_the_casualties_sentence_names_the_town_of_the_strike():
    text = ("Дрони атакували особливу економічну зону «Алабуга» в Татарстані. Голова республіки Рустам Мінніханов "
            "повідомив про двох постраждалих у гуртожитку в Єлабузі.")
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.injured) == ("RU-TA", "Єлабуга", 2)


@pytest.mark.parametrize("text, place", [
    ("A Russian drone struck a bus in the center of Nikopol on Wednesday, Governor Serhii Lysak said.", "Nikopol"),
    ("Вчора близько 15:00 російський дрон влучив в автобус у центрі Нікополя. Сергій Лисак", "Нікополь"),
    ("Дрон атаковал автомобиль на окраине Шебекина, сообщил Вячеслав Гладков.", "Шебекино"),
])
def test_the_centre_or_outskirts_of_a_town(text, place):
    [inc] = extract(text, published=DAY)
    assert inc.settlement == place


def test_a_town_of_another_region_than_the_one_named_last():
    text = ("More than 40 UAVs were destroyed above the Rostov region, and another 12 above the Krasnodar region. "
            "In Taganrog, a drone struck an aircraft plant, starting a fire.")
    got = extract(text, published=DAY)
    assert ("strike", "RU-ROS", "Taganrog") in [(i.event_type, i.region, i.settlement) for i in got]


def test_a_village_of_the_region_named_like_a_town_elsewhere_stays_in_the_region():
    text = ("Drones attacked several villages in the Belgorod region overnight. In Murom, a drone hit a private "
            "house, Governor Vyacheslav Gladkov said.")
    got = extract(text, published=DAY)
    assert ("RU-BEL", "Murom") in [(i.region, i.settlement) for i in got]


def test_the_villages_of_two_places():
    text = ("In the Belgorod region, drones attacked the villages of Shebekino and Novaya Tavolzhanka, damaging three "
            "houses, Governor Vyacheslav Gladkov said.")
    assert [i.settlement for i in extract(text, published=DAY)] == ["Shebekino", "Novaya Tavolzhanka"]


def test_a_sea_is_no_settlement():
    [inc] = extract("Російський дрон атакував цивільне судно в Чорному морі біля узбережжя Одещини.", published=DAY)
    assert (inc.region, inc.settlement) == ("UA-51", None)


def test_a_downed_drone_that_fell_near_a_village():
    text = ("Belarusian air defences shot down two drones over the Gomel region on Tuesday night. One of them fell "
            "near the village of Khoiniki; there were no casualties.")
    [inc] = extract(text, published=dt.date(2025, 12, 10))
    assert (inc.region, inc.settlement, inc.count, inc.extras["near"]) == ("BY-HO", "Khoiniki", 2, True)


def test_over_the_city_named_in_the_sentence_before():
    text = ("У Сочі вночі лунали вибухи, аеропорт призупиняв роботу. Російська влада заявила про знищення восьми "
            "дронів над містом.")
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.settlement, inc.count) == ("interception", "RU-KDA", "Сочі", 8)


def test_officials_in_an_occupied_city_said():
    text = ("Russian-installed authorities in occupied Donetsk said a Ukrainian drone struck a minibus in the city's "
            "Kuibyshevskyi district on Sunday, killing the driver.")
    [inc] = extract(text, published=dt.date(2025, 12, 14))
    assert (inc.region, inc.settlement, inc.killed) == ("UA-14", "Donetsk", 1)


@pytest.mark.parametrize("written, nominative", [("Афипском", "Афипский"), ("Курском", "Курск")])
def test_a_name_that_reads_as_a_noun_or_an_adjective(written, nominative):
    from geo.extract.places import settlement_form
    assert settlement_form(written, "ru") == nominative


def test_the_refinery_named_by_its_settlements_adjective():
    from geo.extract.places import facility_place
    assert facility_place("Афипском", "ru") == "Афипский"


def test_off_the_coast_of_a_town():
    [inc] = extract("Морской дрон атаковал танкер у побережья Новороссийска, экипаж не пострадал.", published=DAY)
    assert (inc.region, inc.settlement) == ("RU-KDA", "Новороссийск")


@pytest.mark.parametrize("text, place", [
    ("Укрзалізниця: вранці ворожий «шахед» влучив у пасажирський потяг на станції Шостка. Є травмовані.", "Шостка"),
    ("Беспилотник атаковал пассажирский поезд на станции Шостка Сумской области.", "Шостка"),
])
def test_a_train_at_a_station(text, place):
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement) == ("UA-59", place)


def test_a_town_named_with_its_country():
    text = "У російському Новозибкові Брянської області дрон влучив у багатоповерхівку. Поранено одну людину."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.count) == ("RU-BRY", "Новозибків", 1)


def test_an_english_list_of_settlements_named_with_their_kind_gives_each():
    text = ("On May 3, drones struck the settlement of Ivanino and the villages of Dichnya and Makarovka "
            "in the Kursk region.")
    assert [i.settlement for i in extract(text, published=DAY)] == ["Ivanino", "Dichnya", "Makarovka"]


def test_bare_names_before_a_name_with_its_kind_word_are_kept():
    ru = "Ночью дроны атаковали Рыльск, посёлок Глушково и сёла Тёткино и Коренево Курской области."
    assert [i.settlement for i in extract(ru, published=DAY)] == ["Рыльск", "Глушково", "Тёткино", "Коренево"]
    en = ("Russian drones struck Bilopillia, the settlement of Vorozhba and the villages of Khotin and "
          "Yunakivka in the Sumy region overnight on March 3.")
    assert [i.settlement for i in extract(en, published=DAY)] == ["Bilopillia", "Vorozhba", "Khotin", "Yunakivka"]
    uk = "Дрони атакували Білопілля, селище Ворожба та села Хотінь і Юнаківка на Сумщині."
    assert [i.settlement for i in extract(uk, published=DAY)] == ["Білопілля", "Ворожба", "Хотінь", "Юнаківка"]
    two = "Дроны атаковали Рыльск и посёлок Глушково Курской области."
    assert [i.settlement for i in extract(two, published=DAY)] == ["Рыльск", "Глушково"]


def test_a_capital_before_a_lone_village_only_says_where():
    text = "Near Kursk, the village of Glushkovo was hit by a drone on May 3."
    assert [i.settlement for i in extract(text, published=DAY)] == ["Glushkovo"]


def test_a_list_of_settlements_ending_in_as_well_as_gives_each():
    ru = "3 марта дроны атаковали Рыльск, Льгов, а также посёлок Глушково Курской области."
    assert [i.settlement for i in extract(ru, published=DAY)] == ["Рыльск", "Льгов", "Глушково"]
    en = "On March 3 drones struck Rylsk, Lgov, as well as the village of Glushkovo in the Kursk region."
    assert [i.settlement for i in extract(en, published=DAY)] == ["Rylsk", "Lgov", "Glushkovo"]
    uk = "3 березня дрони пошкодили будинки у Шостці, Глухові, а також у селищі Вороніж на Сумщині."
    assert [i.settlement for i in extract(uk, published=DAY)] == ["Шостка", "Глухів", "Вороніж"]


def test_a_list_goes_on_past_a_kind_word_in_the_locative():
    ru = "3 марта в результате атаки БПЛА в Рыльске, Льгове и посёлке Глушково Курской области повреждены дома."
    assert [i.settlement for i in extract(ru, published=DAY)] == ["Рыльск", "Льгов", "Глушково"]
    uk = "3 березня внаслідок атаки дронів пошкоджено будинки в селах Хотінь і Юнаківка та у місті Білопілля на Сумщині."
    assert [i.settlement for i in extract(uk, published=DAY)] == ["Хотінь", "Юнаківка", "Білопілля"]


def test_towns_listed_after_districts_give_each_and_the_districts_none():
    after = "3 марта дроны повредили дома в Каменском и Миллеровском районах, Новошахтинске и Азове."
    assert [i.settlement for i in extract(after, published=DAY)] == ["Новошахтинск", "Азов", None]
    weak = "3 марта в Каменском и Миллеровском районах, Новошахтинске и Азове Ростовской области дроны повредили дома."
    assert [i.settlement for i in extract(weak, published=DAY)] == ["Новошахтинск", "Азов", None]
    only = "3 марта дроны повредили дома в Каменском и Миллеровском районах Ростовской области."
    assert [i.settlement for i in extract(only, published=DAY)] == [None]
