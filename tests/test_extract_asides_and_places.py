"""Wire copy, live blogs and officials' posts: the lines around a report that are no incident
(links to other stories, photo captions, background paragraphs), capitals that speak for their
governments, and places named by a facility's adjective."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.extract.morph import lemma, place_of_adjective
from geo.extract.places import facility_place
from support.corpus_scoring import strict_score

DAY = dt.date(2025, 10, 24)


@pytest.mark.parametrize("aside", [
    "Read also: Ukraine's drones hit Russian oil terminal in Novorossiysk, General Staff says",
    "Photo: Firefighters work at the site of a Russian drone attack in Sumy Oblast on Oct. 24.",
    "Читайте также: беспилотники атаковали Новороссийск, повреждены резервуары",
    "Читайте також: У Дніпрі через атаку дронів пошкоджено підприємство",
    "Фото: наслідки атаки дронів на Сумщині",
])
def test_links_and_captions_under_a_report_are_no_incidents(aside):
    report = "In Kherson, a Russian drone hit a civilian car, injuring a man, the city administration said."
    got = extract(report + "\n\n" + aside, published=DAY)
    assert [(i.region, i.settlement) for i in got] == [("UA-65", "Kherson")]


def test_a_caption_word_inside_a_sentence_is_kept():
    [inc] = extract("Video shows that a drone struck a fuel depot in Kstovo, Governor Gleb Nikitin said.", published=DAY)
    assert (inc.region, inc.settlement, inc.target) == ("RU-NIZ", "Kstovo", "oil depot")


@pytest.mark.parametrize("background", [
    "Нагадаємо, 22 жовтня росіяни атакували енергетичну інфраструктуру Одещини.",
    # (a recap that names drones and a place is an incident of its own: tests/test_extract_rules_ru_uk.py)
    "Ранее, 2 октября, на предприятии также возникал пожар после атаки дронов.",
    "Earlier this month, a Russian drone attack on the city killed three people.",
    "Russia has stepped up its aerial attacks in recent months. On Oct. 10, drones struck energy facilities in Kyiv.",
])
def test_background_paragraphs_are_no_incidents(background):
    text = "Вночі над Миколаївщиною збито 9 шахедів.\n\n" + background
    assert [(i.region, i.count) for i in extract(text, published=DAY)] == [("UA-48", 9)]


def test_background_ends_with_its_paragraph():
    text = ("Нагадаємо, 22 жовтня росіяни атакували Одещину.\n"
            "Вночі у Миколаєві дрон влучив у приватний будинок.")
    [inc] = extract(text, published=DAY)
    assert (inc.settlement, inc.date) == ("Миколаїв", "2025-10-24")


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


def test_debris_of_something_else_keeps_the_strike():
    text = "Беспилотник атаковал НПЗ в Туапсе, возник пожар. Обломками повреждены окна частного дома."
    assert extract(text, published=DAY)[0].event_type == "strike"


@pytest.mark.parametrize("written, nominative", [
    ("Белая Березка", "Белая Березка"),  # spelt without ё in the text: kept so
    ("Орле", "Орёл"),  # the inflected form drops the ё the name has
])
def test_settlement_spelt_as_the_text_spells_it(written, nominative):
    from geo.extract.places import _gazetteer_knows
    assert lemma(written, "ru", _gazetteer_knows()) == nominative


@pytest.mark.parametrize("text, language, place", [
    ("Eleven drones were shot down over Crimea overnight. In Yevpatoria, debris shattered windows in "
     "an apartment building.", "en", "Yevpatoria"),
    ("Силы ПВО сбили 14 беспилотников над Крымом. «Обломки одного из БПЛА упали на территории Феодосии, "
     "повреждена линия электропередачи», — написал Крючков.", "ru", "Феодосия"),
])
def test_debris_in_a_later_sentence_places_the_downed_drones(text, language, place):
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.settlement, inc.extras["language"]) == ("interception", "UA-43", place, language)


@pytest.mark.parametrize("text, count", [
    ("Ізюмський район: пошкоджено адмінбудівлю в Балаклії внаслідок атаки «шахеда».", 1),
    ("В Харькове в результате атаки «шахеда» поврежден цех.", 1),
])
def test_a_quoted_singular_drone_name_counts_one(text, count):
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.count) == ("strike", count)


def test_each_community_of_an_oblast_list_is_its_own_strike():
    text = ("Білопільська громада: удар FPV-дрону, пошкоджено приватний будинок.\n"
            "Шосткинська громада: атака «шахеда», пошкоджено підприємство.\n"
            "Сумська ОВА")
    got = extract(text, published=DAY)
    assert [(i.region, i.target, i.extras["district"]) for i in got] == [
        ("UA-59", "private house", "Білопільська"), ("UA-59", "industrial enterprise", "Шосткинська")]


@pytest.mark.parametrize("text", [
    "У Старокостянтинові внаслідок атаки ворожих БпЛА пошкоджено підприємство. Травмованих немає.",
    "В Рыльске дрон атаковал цех предприятия. Травмированных нет.",
])
def test_nobody_hurt_said_with_the_word_for_injured(text):
    [inc] = extract(text, published=DAY)
    assert (inc.killed, inc.injured) == (0, 0)


def test_a_russian_post_quoted_in_an_english_paragraph_is_read_in_russian():
    text = ("Tula Governor Dmitry Milyaev wrote on Telegram overnight: «Силами ПВО над Тульской областью "
            "уничтожено 6 БПЛА. В Новомосковске обломками повреждена кровля склада, пострадавших нет». "
            "Local channels posted videos of explosions.")
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.count, inc.extras["language"]) == ("RU-TUL", "Новомосковск", 6, "ru")
    (start, end), = inc.extras["evidence_spans"]
    assert text[start:end] == inc.evidence


@pytest.mark.parametrize("text, language", [
    ("In Sumy Oblast's Seredyna-Buda community, a Russian Molniya drone attacked a farm building.", "en"),
    ("На Сумщині у Середино-Будській громаді ворожий БпЛА «Молнія» атакував господарську будівлю.", "uk"),
])
def test_a_drone_named_by_its_model_counts_one(text, language):
    [inc] = extract(text, published=DAY, language=language)
    assert (inc.region, inc.count, inc.target) == ("UA-59", 1, "outbuilding")


def test_strikes_recorded_in_a_list_of_oblasts():
    text = ("Russia attacked Ukraine with 135 Shahed-type drones overnight, the Air Force reported. Air defense units "
            "shot down or suppressed 110 of them. Strikes were recorded in Kharkiv, Sumy and Dnipropetrovsk oblasts.")
    got = extract(text, published=DAY)
    assert [(i.event_type, i.region, i.count) for i in got] == [
        ("interception", None, 110), ("strike", "UA-63", None), ("strike", "UA-59", None), ("strike", "UA-12", None)]


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


def test_a_house_is_no_restatement_of_an_enterprise():
    text = ("Ворог атакував Дніпропетровщину дронами. На Криворіжжі внаслідок атаки БпЛА пошкоджено підприємство.\n"
            "У Синельниківському районі дрон влучив у приватний будинок. Поранена 71-річна жінка.")
    got = extract(text, published=DAY)
    assert [(i.region, i.target) for i in got] == [("UA-12", "industrial enterprise"), ("UA-12", "private house")]


def test_a_count_in_the_region_goes_to_the_one_place_it_was_hit():
    text = ("Далекобійні дрони СБУ в ніч на 3 листопада уразили нафтопереробний завод у Новокуйбишевську "
            "Самарської області. Джерела повідомляють, що зафіксовано щонайменше три влучання в установку.")
    [inc] = extract(text, published=dt.date(2025, 11, 3))
    assert (inc.region, inc.settlement, inc.count, inc.count_qualifier) == ("RU-SAM", "Новокуйбишевськ", 3, "at_least")


def test_a_district_struck_after_its_city_is_the_city():
    text = ("At least three people were killed when Russian drones hit Kharkiv on Tuesday, officials said.\n\n"
            "Mayor Ihor Terekhov said a drone struck a kindergarten in the Kholodnohirskyi district.")
    [inc] = extract(text, published=dt.date(2025, 11, 4))
    assert (inc.region, inc.settlement, inc.target, inc.killed) == ("UA-63", "Kharkiv", "school", 3)


def test_the_place_before_a_colon_is_where_the_drones_were_downed():
    text = ("Уночі у Дніпрі лунали вибухи: сили ППО збивали ворожі дрони. Уламки одного з них пошкодили дах "
            "п'ятиповерхівки. Всього над областю збито 9 БпЛА.")
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.settlement, inc.count, inc.target) == (
        "interception", "UA-12", "Дніпро", 9, "apartment building")


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
    [inc] = extract("Собянин: силы ПВО сбили два беспилотника, летевших на Москву.", published=DAY)
    # drones "flying toward Moscow" were not said to be downed there (realnews convention): region null
    assert (inc.region, inc.settlement) == (None, None)


@pytest.mark.parametrize("text", [
    "Золочів: FPV-дрон атакував автомобіль, водій не постраждав. Олег Синєгубов",
    "В Грайвороне FPV-дрон атаковал автомобиль, водитель не пострадал.",
    "In Zolochiv, an FPV drone attacked a car; the driver was not hurt, Governor Oleh Syniehubov said.",
])
def test_a_person_not_hurt_is_no_casualty(text):
    [inc] = extract(text, published=DAY)
    assert inc.injured in (0, None) and inc.killed in (0, None)


@pytest.mark.parametrize("text, language, date", [
    ("Увечері в неділю російські «шахеди» влучили в дев'ятиповерховий будинок у Дніпрі.", "uk", "2025-11-09"),
    ("Вечером в воскресенье беспилотник попал в девятиэтажный дом в Белгороде.", "ru", "2025-11-09"),
])
def test_a_time_of_day_before_a_weekday_is_that_day(text, language, date):
    [inc] = extract(text, published=dt.date(2025, 11, 10))
    assert (inc.date, inc.target, inc.extras["language"]) == (date, "apartment building", language)


def test_a_village_named_in_its_dictionary_form_stays_so():
    [inc] = extract("В селе Дунайка Грайворонского округа FPV-дрон атаковал легковой автомобиль.", published=DAY)
    assert (inc.region, inc.settlement) == ("RU-BEL", "Дунайка")


def test_further_reports_are_background():
    text = ("В Каспийске беспилотник атаковал территорию завода, сообщил глава Дагестана Сергей Меликов.\n"
            "Ранее сообщалось об отражении атаки на Махачкалу.")
    assert [(i.event_type, i.settlement) for i in extract(text, published=DAY)] == [("strike", "Каспийск")]


def test_also_attacked_is_one_more_strike_in_the_same_place():
    text = ("Оперштаб Кубани: в Новороссийске в результате падения обломков сбитых беспилотников повреждены "
            "многоквартирные дома. Также атакован морской терминал, возник пожар.")
    got = extract(text, published=DAY)
    assert [(i.event_type, i.settlement, i.target) for i in got] == [
        ("interception", "Новороссийск", "apartment building"), ("strike", "Новороссийск", "port infrastructure")]


def test_also_damaged_is_more_of_the_same_strike():
    text = "В Рыльске в результате атаки дрона на здание школы пострадали два человека. Также был поврежден грузовик."
    [inc] = extract(text, published=DAY)
    assert (inc.settlement, inc.target, inc.injured) == ("Рыльск", "school", 2)


def test_in_the_city_is_the_city_named_before():
    text = ("Ukrainian drones attacked the port of Novorossiysk overnight, damaging an oil terminal, the General Staff said.\n\n"
            "Krasnodar Krai's emergency headquarters said debris from downed drones fell on residential buildings "
            "in the city, injuring three people.")
    got = extract(text, published=DAY)
    assert [(i.event_type, i.region, i.settlement) for i in got] == [
        ("strike", "RU-KDA", "Novorossiysk"), ("interception", "RU-KDA", "Novorossiysk")]


@pytest.mark.parametrize("text, place", [
    ("A fire broke out at an oil refinery in the Russian city of Ryazan after a Ukrainian drone attack overnight, "
     "governor Pavel Malkov said. Debris from downed drones fell on the territory of the enterprise, he said.", "Ryazan"),
    ("Ночью беспилотники атаковали Рязань: на НПЗ начался пожар\n\nГубернатор Павел Малков сообщил, что в результате "
     "падения обломков сбитых БПЛА на территории одного из предприятий произошло возгорание.", "Рязань"),
])
def test_debris_on_the_attacked_refinery_is_one_interception_there(text, place):
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.settlement, inc.target) == ("interception", "RU-RYA", place, "oil refinery")


def test_square_metres_are_no_town():
    text = "ДСНС: у Києві внаслідок атаки дронів сталося влучання в нежитлову будівлю, пожежа на площі 200 кв. м. Пожежу ліквідовано."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement) == ("UA-30", "Київ")  # Kyiv, not "м."


def test_pounded_from_saturday_night_into_sunday():
    text = ("KHARKIV, Ukraine (AP) — Russian drones pounded Ukraine's second-largest city of Kharkiv from Saturday "
            "night into Sunday, wounding at least 19 people, Mayor Ihor Terekhov said.")
    [inc] = extract(text, published=dt.date(2025, 11, 23))
    assert (inc.event_type, inc.region, inc.settlement, inc.date, inc.injured) == (
        "strike", "UA-63", "Kharkiv", "2025-11-23", 19)


def test_a_named_military_airfield():
    text = "Ukraine's General Staff said its drones had struck the Morozovsk military airfield in Russia's Rostov region."
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.settlement, inc.target) == ("RU-ROS", "Morozovsk", "airfield")


@pytest.mark.parametrize("text, date", [
    ("22.11 близько 23:00 ворожі БпЛА атакували Харків, пошкоджено багатоповерхівку.", "2025-11-22"),
    ("22.11 около 23:00 беспилотники атаковали Белгород, поврежден многоквартирный дом.", "2025-11-22"),
])
def test_a_day_and_month_written_with_a_dot(text, date):
    [inc] = extract(text, published=dt.date(2025, 11, 23))
    assert inc.date == date


def test_a_decimal_is_no_date():
    [inc] = extract("Вночі дрони атакували Харків, збитки оцінюють у 12.10 млн гривень.", published=dt.date(2025, 11, 23))
    assert inc.date == "2025-11-23"


def test_an_oblast_head_signing_after_the_last_sentence():
    text = "У Куцурубській громаді ворожий дрон атакував цивільний автомобіль, поранено водія. Віталій Кім"
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.count, inc.injured) == ("UA-48", 1, 1)


def test_training_on_a_range_is_no_incident():
    text = "У Львові відбулися навчання операторів ударних дронів. Учасники відпрацювали ураження цілей на полігоні."
    assert extract(text, published=DAY) == []


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


def test_the_rest_hit_a_list_of_oblasts():
    text = ("У ніч на 2 грудня ворог атакував 88 ударними БпЛА. Збито/подавлено 71 безпілотник, решта влучили "
            "в об'єкти на Сумщині та Харківщині.")
    got = extract(text, published=dt.date(2025, 12, 2))
    assert [(i.event_type, i.region, i.count) for i in got] == [
        ("interception", None, 71), ("strike", "UA-59", None), ("strike", "UA-63", None)]


def test_a_town_of_another_region_than_the_one_named_last():
    text = ("More than 40 drones were destroyed over the Rostov region, and another 12 over the Krasnodar region. "
            "In Taganrog, a drone struck an aircraft plant, starting a fire.")
    got = extract(text, published=DAY)
    assert ("strike", "RU-ROS", "Taganrog") in [(i.event_type, i.region, i.settlement) for i in got]


def test_a_village_of_the_region_named_like_a_town_elsewhere_stays_in_the_region():
    text = ("Drones attacked several villages in the Belgorod region overnight. In Murom, a drone hit a private "
            "house, Governor Vyacheslav Gladkov said.")
    got = extract(text, published=DAY)
    assert ("RU-BEL", "Murom") in [(i.region, i.settlement) for i in got]


def test_light_injuries_received_by_a_woman():
    text = "Около 30 беспилотников уничтожены над Воронежской областью. В селе Масловка обломками повреждены дома, легкие травмы получила женщина."
    [inc] = extract(text, published=DAY)
    assert (inc.settlement, inc.count, inc.count_qualifier, inc.injured) == ("Масловка", 30, "approximate", 1)


@pytest.mark.parametrize("text, killed", [
    ("The death toll from a Russian drone strike on an apartment building in Sumy on Thursday evening has risen "
     "to four, the city military administration said.", 4),
    ("Число погибших в результате удара беспилотника по многоэтажному дому в Сумах выросло до четырех.", 4),
    ("Кількість загиблих внаслідок удару дрона по багатоповерхівці в Сумах зросла до чотирьох.", 4),
])
def test_a_death_toll_that_has_risen(text, killed):
    [inc] = extract(text, published=dt.date(2025, 12, 5))
    assert (inc.region, inc.killed, inc.target) == ("UA-59", killed, "apartment building")


@pytest.mark.parametrize("text", [
    "SUMY, Dec 5 (Interfax-Ukraine) – A Russian drone hit a house in Sumy on Thursday evening.",
    "MOSCOW, December 5. /TASS/. A Ukrainian drone hit a house in Belgorod on Thursday evening.",
])
def test_a_wire_dateline_is_not_the_events_date(text):
    [inc] = extract(text, published=dt.date(2025, 12, 5))
    assert inc.date == "2025-12-04"


def test_the_villages_of_two_places():
    text = ("In the Belgorod region, drones attacked the villages of Shebekino and Novaya Tavolzhanka, damaging three "
            "houses, Governor Vyacheslav Gladkov said.")
    assert [i.settlement for i in extract(text, published=DAY)] == ["Shebekino", "Novaya Tavolzhanka"]


@pytest.mark.parametrize("text", [
    "У Корабельному районі Херсона окупанти скинули вибухівку з дрона на подвір'я приватного будинку.",
    "В Алешках военные ВСУ сбросили взрывчатку с дрона на частный дом.",
])
def test_explosives_dropped_from_a_drone_is_one_drone(text):
    [inc] = extract(text, published=DAY)
    assert (inc.region, inc.count) == ("UA-65", 1)


@pytest.mark.parametrize("text, language", [
    ("Two days ago, Russian drones struck a grain terminal in the port of Izmail, Odesa Oblast, the Navy said.", "en"),
    ("Два дня назад беспилотник атаковал подстанцию в Курчатове, сообщили в Курскэнерго.", "ru"),
    ("Два дні тому російські дрони уразили зерновий термінал у порту Ізмаїла.", "uk"),
])
def test_days_ago(text, language):
    [inc] = extract(text, published=dt.date(2025, 12, 9))
    assert (inc.date, inc.extras["language"]) == ("2025-12-07", language)


@pytest.mark.parametrize("text, injured", [
    ("В Белгородском районе пара FPV-дронов атаковала автомобиль в посёлке Дубовое.", None),
    ("Вранці пара ворожих ударних дронів атакувала агропідприємство у Куп'янському районі. Поранено 12-річного "
     "хлопчика та його батька. Олег Синєгубов", 2),
])
def test_a_pair_of_drones_is_two(text, injured):
    [inc] = extract(text, published=DAY)
    assert (inc.count, inc.injured) == (2, injured)


def test_a_sea_is_no_settlement():
    [inc] = extract("Російський дрон атакував цивільне судно в Чорному морі біля узбережжя Одещини.", published=DAY)
    assert (inc.region, inc.settlement) == ("UA-51", None)


def test_a_downed_drone_that_fell_near_a_village():
    text = ("Belarusian air defences shot down two drones over the Gomel region on Tuesday night. One of them fell "
            "near the village of Khoiniki; there were no casualties.")
    [inc] = extract(text, published=dt.date(2025, 12, 10))
    assert (inc.region, inc.settlement, inc.count, inc.extras["near"]) == ("BY-HO", "Khoiniki", 2, True)


def test_launched_at_a_city_hitting_a_high_rise():
    text = ("Russian forces launched 16 drones at Zaporizhzhia on the night of Dec. 10-11, hitting a residential "
            "high-rise and a warehouse, Governor Ivan Fedorov reported.")
    [inc] = extract(text, published=dt.date(2025, 12, 11))
    assert (inc.event_type, inc.region, inc.settlement, inc.count) == ("strike", "UA-23", "Zaporizhzhia", 16)


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this story misstated the number of drones shot down over the Bryansk region.",
    "Уточнення: у попередній версії новини помилково вказано кількість збитих над Брянщиною дронів.",
    "Уточнение: в предыдущей версии новости неверно указано число сбитых над Брянской областью беспилотников.",
])
def test_corrections_are_no_incidents(text):
    assert extract(text, published=DAY) == []


def test_flight_restrictions_because_of_an_attack_are_no_strike():
    text = ("В аэропорту Сочи ночью вводились ограничения из-за атаки беспилотников. Над Сочи уничтожены восемь БПЛА, "
            "сообщили в оперштабе Краснодарского края.")
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.settlement, inc.count) == ("interception", "RU-KDA", "Сочи", 8)


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


def test_debris_first_with_nothing_before_is_a_report_of_its_own():
    text = ("Тимур Ткаченко: уламки збитих дронів упали в Дарницькому та Дніпровському районах столиці, пошкоджено "
            "автомобілі та склад. Постраждалих немає.")
    [inc] = extract(text, published=DAY)
    assert (inc.event_type, inc.region, inc.target, inc.injured) == ("interception", "UA-30", "car", 0)


@pytest.mark.parametrize("text, count", [
    ("Протягом доби на Харківщині збито 14 ворожих БпЛА, ще 3 локаційно втрачені, повідомили у Повітряних силах.", 17),
    ("Над Курской областью сбиты 14 беспилотников, еще 3 — над Брянской областью.", 14),
])
def test_another_figure_adds_to_the_count_unless_it_names_another_region(text, count):
    assert extract(text, published=DAY)[0].count == count


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


@pytest.mark.parametrize("text", [
    "Окупанти з дрона скинули боєприпас на подвір'я лікарні в Херсоні, поранено лікаря.",
    "В Херсоне российский дрон сбросил боеприпас во двор больницы, ранен врач.",
])
def test_a_doctor_wounded_at_a_hospital(text):
    [inc] = extract(text, published=DAY)
    assert (inc.settlement, inc.count, inc.injured, inc.target) == ("Херсон", 1, 1, "hospital")


THIS_ROUND = [f"articles_{n}.toml" for n in range(18, 32)] + [f"ru/articles_ru_{n}.toml" for n in range(12, 26)] \
    + [f"uk/articles_uk_{n}.toml" for n in range(12, 26)]


def test_this_rounds_held_out_batches_read_strictly_right():
    """The batches written blind this round, after its fixes: incidents match on type, region, settlement,
    and the count and date the annotation states."""
    f1, wrong = strict_score(THIS_ROUND)
    assert f1 >= 0.97, f"strict F1 {f1:.3f}\n" + "\n".join(wrong)
