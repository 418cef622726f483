"""Rules of the session-20 accuracy round (issue 14), each checked on sentences written for this file:
communities of one oblast told one after another, city districts named with their city."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from support.figures import figure_rows

DAY = dt.date(2025, 6, 12)


def rows(text: str, language: str) -> list[tuple]:
    return figure_rows(text, language, DAY)


def test_uk_two_communities_of_one_oblast_are_one_incident_their_figures_added():
    text = ("На Чернігівщині у Семенівській громаді ворожий дрон атакував подвір’я, поранено чоловіка. "
            "У Новгород-Сіверській громаді ще один дрон влучив у легковик, загинула жінка, поранено двох людей.")
    assert rows(text, "uk") == [("strike", "UA-74", None, 2, 1, 3)]


def test_uk_one_community_named_in_two_cases_is_not_added_twice():
    text = ("Жителька Сосницької громади отримала поранення внаслідок атаки дрона на Чернігівщині. "
            "Ввечері ворожий дрон влучив в авто у Сосницькій громаді, поранено жінку.")
    assert rows(text, "uk") == [("strike", "UA-74", None, 1, None, 1)]


def test_uk_communities_with_different_targets_are_one_strike_whose_drones_add_up():
    text = ("Семенівська громада: удар дрона, пошкоджено приватний будинок.\n"
            "Корюківська громада: атака «шахеда», пошкоджено підприємство.\n"
            "Чернігівська ОВА")
    assert [r[:4] for r in rows(text, "uk")] == [("strike", "UA-74", None, 2)]


def test_a_city_district_named_with_the_city_in_the_genitive_is_in_the_city():
    assert rows("Вдень ворожий БпЛА влучив у склад у Зарічному районі Сум.", "uk")[0][1:3] == ("UA-59", "Суми")
    assert rows("Днём беспилотник атаковал гараж в Ковпаковском районе Сум.", "ru")[0][1:3] == ("UA-59", "Сумы")


def test_ru_one_drone_downed_by_air_defence_counts_one_and_nothing_on_the_ground_is_no_toll():
    text = ("Утром у Липецка средствами ПВО сбит малогабаритный беспилотный летательный аппарат. "
            "Пострадавших и разрушений на земле нет.")
    assert rows(text, "ru") == [("interception", "RU-LIP", "Липецк", 1, 0, 0)]


def test_debris_of_one_drone_with_two_adjectives_counts_one():
    ru = "Обломки сбитого вражеского беспилотника повредили крышу склада в Брянской области."
    uk = "Уламки збитого ворожого безпілотника пошкодили дах складу на Полтавщині."
    assert [r[3] for r in rows(ru, "ru") + rows(uk, "uk")] == [1, 1]


def test_uk_no_victims_as_a_result_of_the_fall_is_no_toll():
    text = "Уламки дрона впали на гараж у Житомирі. Жертв і постраждалих внаслідок падіння немає."
    assert rows(text, "uk") == [("interception", "UA-18", "Житомир", 1, 0, 0)]


def test_ru_damage_told_after_a_strike_on_a_village_is_that_strike():
    text = ("Беспилотник ВСУ атаковал село Ивановка Курской области, ранен местный житель. "
            "Мужчину доставили в больницу. Осколки дрона также повредили гараж.")
    got = extract(text, published=DAY, language="ru")
    assert [(i.settlement, i.count, i.injured, i.target) for i in got] == [("Ивановка", 1, 1, "outbuilding")]


def test_uk_damage_by_a_drone_told_after_a_strike_on_a_village_is_that_strike():
    text = ("Російський дрон атакував село Кручик на Харківщині, поранено чоловіка. "
            "Його доставили до лікарні. Також дроном пошкоджено гараж.")
    got = extract(text, published=DAY, language="uk")
    assert [(i.settlement, i.count, i.injured, i.target) for i in got] == [("Кручик", 1, 1, "outbuilding")]


def test_a_strike_on_another_named_district_after_a_village_stays_apart():
    text = ("Дрон атаковал село Ивановка Курской области, поврежден дом. "
            "В Глушковском районе беспилотник атаковал автомобиль.")
    assert len(rows(text, "ru")) == 2


def test_ru_roundup_with_the_count_after_the_verb_then_dashes():
    text = "Ночью над Курской областью сбили 9 беспилотников, над Калужской — три, над Тульской — два."
    assert [(r[1], r[3]) for r in rows(text, "ru")] == [("RU-KRS", 9), ("RU-KLU", 3), ("RU-TUL", 2)]


def test_ru_distributive_roundup_goes_on_after_a_takzhe_over_a_republic():
    text = "По три беспилотника уничтожили над Орловской и Липецкой областями, а также над Татарстаном."
    assert [(r[1], r[3]) for r in rows(text, "ru")] == [("RU-ORL", 3), ("RU-LIP", 3), ("RU-TA", 3)]


def test_republics_named_in_their_case_forms():
    assert rows("Два беспилотника сбиты над Удмуртией.", "ru")[0][1:4] == ("RU-UD", None, 2)
    assert rows("Над Мордовією збили два безпілотники.", "uk")[0][1:4] == ("RU-MO", None, 2)


def test_another_drone_downed_a_few_sentences_later_adds_to_the_count():
    text = ("Air defences destroyed a drone over the Kursk region, the governor said. "
            "Nobody was hurt. Emergency crews are at the scene. "
            "Later the governor reported a new attack. Another drone was destroyed over the region, he wrote.")
    assert [(r[0], r[1], r[3]) for r in rows(text, "en")] == [("interception", "RU-KRS", 2)]


def test_a_quoted_destroyed_over_after_was_is_an_interception():
    text = 'The governor said a drone was "destroyed over the territory of the Oryol region by air defences".'
    assert rows(text, "en")[0][:4] == ("interception", "RU-ORL", None, 1)


def test_uk_victims_in_an_aside_between_dashes_who_got_medical_care_are_injured():
    text = "На Сумщині дрон поцілив у авто, троє пасажирів – жінка та її двоє дітей – отримали медичну допомогу."
    assert rows(text, "uk")[0][5] == 3


def test_uk_a_community_with_victims_is_not_the_nobody_hurt_of_the_lead_paragraph():
    text = ("Російські дрони продовжують атакувати громади Чернігівщини, повідомив начальник ОВА.\n\n"
            "«Сьогодні ворожий БпЛА влучив у склад у Новозаводському районі Чернігова. Дивом ніхто не "
            "постраждав. Пошкоджено вантажівку», - написав він.\n\n"
            "Також у Семенівській громаді через удар дрона поранено чоловіка.")
    got = {(i.settlement, i.killed, i.injured) for i in extract(text, published=DAY, language="uk")}
    assert got == {(None, None, 1), ("Чернігів", 0, 0)}


def test_uk_victims_in_a_town_after_a_district_toll_told_over_several_sentences():
    text = ("Ворожі дрони атакували Синельниківський район Дніпропетровщини з перших годин дня. Найбільше "
            "дісталося Васильківській громаді, де двоє чоловіків отримали поранення. Одного з них "
            "оперують. У Синельниковому вибухи дронів зачепили трьох містян.")
    got = [(i.settlement, i.injured) for i in extract(text, published=DAY, language="uk")]
    assert ("Синельникове", 3) in got


def test_a_national_interception_total_then_one_sentence_listing_the_regions_is_that_lists_total():
    text = ("Overnight Russia launched 40 drones and 2 missiles at Ukraine, mostly at the north, with air "
            "defences destroying 35 drones, the military reported. \"As a result of air combat, "
            "the Air Force destroyed 35 Shahed attack drones in the Sumy, Poltava and Chernihiv regions,\" the "
            "Air Force said.")
    assert sorted((r[1], r[3]) for r in rows(text, "en")) == [("UA-53", None), ("UA-59", None), ("UA-74", None)]


def test_uk_the_driver_of_a_vehicle_and_n_of_his_passengers_and_a_drone_that_poked_at_it():
    text = "У селі Іванівка на Донеччині ворог поцілив FPV-дроном по автобусу, постраждали водій автобуса та троє його пасажирів."
    assert rows(text, "uk")[0][3:] == (1, None, 4)


def test_a_major_town_named_without_its_region_keeps_its_own_when_the_report_names_another():
    text = ("В Горловке беспилотник атаковал жилой дом, ранен мужчина. "
            "Ранее беспилотник атаковал автомобиль в городе Пологи Запорожской области.")
    assert [(r[1], r[2]) for r in rows(text, "ru")] == [("UA-14", "Горловка"), ("UA-23", "Пологи")]


def test_destroyed_one_more_or_several_drones_is_an_interception():
    assert rows("Дежурными силами ПВО уничтожен ещё один украинский БПЛА над Курской областью.", "ru")[0][:4] == \
        ("interception", "RU-KRS", None, 1)
    assert rows("Над Липецкой областью были обнаружены и уничтожены несколько беспилотников.", "ru")[0][:2] == \
        ("interception", "RU-LIP")
    assert rows("Над Сумщиною сили ППО знищили ще один ворожий БпЛА.", "uk")[0][:4] == ("interception", "UA-59", None, 1)


def test_damage_told_apart_from_a_downed_drones_debris_is_that_debris_damage():
    text = ("Debris of a drone shot down over the Kursk region fell on a private house, injuring two people, the "
            "governor said. Firefighters put out the fire. Power was restored by the morning, the utility said. "
            "Four cars were damaged in the attack, officials added.")
    got = rows(text, "en")
    assert [(r[0], r[1], r[5]) for r in got] == [("interception", "RU-KRS", 2)]


def test_a_strike_that_names_its_drone_beside_a_debris_interception_stays():
    text = ("Debris of a drone shot down over the Kursk region damaged a private house. "
            "Another drone hit an oil depot in the Kursk region, starting a fire.")
    assert sorted(r[0] for r in rows(text, "en")) == ["interception", "strike"]


def test_a_city_district_named_dniprovskyi_is_the_citys_not_dnipropetrovsk_oblast():
    text = "У Херсоні, в Дніпровському районі, ворожий дрон атакував автомобіль, поранено водія."
    assert rows(text, "uk")[0][1:3] == ("UA-65", "Херсон")


def test_uk_debris_coming_down_and_part_of_a_drone_on_a_roof_is_one_interception_with_no_toll():
    text = ("Увечері в Оболонському районі Києва зафіксовано падіння уламків ворожого безпілотника. "
            "Частина дрона влучила у дах гаража. Попередньо — без пожежі та постраждалих.")
    assert rows(text, "uk") == [("interception", "UA-30", "Київ", 1, 0, 0)]


def test_nobody_hurt_among_the_population_is_no_toll():
    assert rows("Уламки дрона пошкодили склад на Київщині. Постраждалих серед населення немає.", "uk")[0][4:] == (0, 0)
    assert rows("Обломки беспилотника повредили склад в Курской области. Пострадавших среди мирного населения нет.",
                "ru")[0][4:] == (0, 0)


def test_four_more_houses_damaged_are_no_drones():
    uk = "Один будинок зруйновано і ще чотири незначно пошкоджено внаслідок падіння уламків збитого безпілотника на Київщині."
    ru = "Один дом разрушен и ещё четыре повреждены в результате падения обломков сбитого беспилотника в Курской области."
    assert [r[3] for r in rows(uk, "uk") + rows(ru, "ru")] == [1, 1]


def test_a_drone_they_managed_to_down_over_the_city_is_one_and_the_regions_figure_stays_apart():
    text = ("Губернатор сообщил, что над Брянском дрон удалось сбить, обломки повредили гараж. "
            "По данным Минобороны, за ночь над Брянской областью сбили 17 беспилотников.")
    assert sorted((r[2] or "", r[3]) for r in rows(text, "ru")) == [("", 17), ("Брянск", 1)]
    assert rows("Над Черніговом дрон вдалося збити.", "uk")[0][2:4] == ("Чернігів", 1)


def test_the_titles_drone_count_goes_to_the_one_attack_the_body_tells_without_one():
    text = ("Нефтебаза в Брянской области загорелась после атаки трех беспилотников\n"
            "По словам очевидцев, около полуночи нефтебазу атаковали дроны-камикадзе. Начался пожар.\n"
            "Также были повреждены цистерны. Пострадавших нет.")
    got = rows(text, "ru")
    assert [(r[0], r[1], r[3]) for r in got] == [("strike", "RU-BRY", 3)]


def test_en_weekly_total_drones_named_after_the_missiles_the_forces_destroyed():
    text = ("According to the president, over the week the Ukrainian Defence Forces destroyed 21 missiles, "
            "including ballistic ones, and 270 attack drones in the skies over Ukraine.")
    assert rows(text, "en") == [("interception", None, None, 270, None, None)]


def test_en_an_attack_with_three_words_before_it_is_one_drone():
    text = "Two men were hurt after an enemy FPV drone attack on the village of Shyroke, Zaporizhzhia region."
    assert rows(text, "en")[0][3] == 1


def test_a_drone_that_wounded_people_one_of_whom_died_struck():
    uk = "У Великописарівській громаді на Сумщині дрон поранив двох людей, з яких один чоловік помер від травм."
    ru = "В Глушковском районе Курской области дрон ранил двух мужчин, один из них скончался в больнице."
    assert [r[3:] for r in rows(uk, "uk") + rows(ru, "ru")] == [(1, 1, 1), (1, 1, 1)]
    assert rows("In the Kherson region, a drone injured two men near a bus stop.", "en")[0][:2] == ("strike", "UA-65")


def test_en_victims_of_a_drone_attack_with_the_verb_left_out():
    text = "In the village of Pisky (Kharkiv Oblast) a man was killed and a woman injured due to a Russian UAV attack."
    assert rows(text, "en") == [("strike", "UA-63", "Pisky", 1, 1, 1)]


def test_en_a_man_and_a_woman_injured_told_after_the_debris_report_are_its_injured():
    text = ("Debris from a drone shot down over the Kursk region fell on homes and killed two people, the governor "
            "said. Rescuers worked through the night. Earlier, the governor said another man and woman injured "
            "in the incident were taken to hospital.")
    assert [(r[0], r[4], r[5]) for r in rows(text, "en")] == [("interception", 2, 2)]


def test_damage_in_a_city_after_a_drone_attack_then_the_falling_wreckage_is_one_interception():
    text = ("Residential buildings and cars were damaged in Mykolaiv as a result of an overnight enemy drone "
            "attack, and one resident has been injured.\n\nSource: the head of the oblast administration, on "
            "Telegram\n\nQuote: \"The enemy launched attack drones against Mykolaiv. The falling wreckage damaged "
            "the facade of a 9-storey residential building and 6 parked cars.\"")
    got = rows(text, "en")
    assert [(r[0], r[1], r[2], r[5]) for r in got] == [("interception", "UA-48", "Mykolaiv", 1)]


def test_the_titles_victims_over_the_bodys_nobody_hurt_of_another_attack_there():
    text = ("Drones attacked Kursk, four people were injured, the governor reported\n"
            "The injured were taken to the regional hospital, doctors said.\n"
            "In addition, the regional government building in Kursk was attacked earlier by a drone, no one was "
            "injured, the governor said.")
    assert [(r[0], r[1], r[5]) for r in rows(text, "en")] == [("strike", "RU-KRS", 4)]


def test_ru_a_village_named_with_a_possessive_adjective_keeps_both_words():
    assert rows("В селе Медвежья Поляна Курской области дрон атаковал дом.", "ru")[0][2] == "Медвежья Поляна"
    assert rows("В селе Лисьей Поляне Курской области дрон атаковал дом.", "ru")[0][2] == "Лисья Поляна"


def test_uk_a_mixed_weapon_attack_is_no_drone_incident():
    assert rows("Агресор атакував Марганецьку громаду FPV-дронами та артилерією. Пошкоджено 4 будинки.", "uk") == []
    assert rows("ВСУ атаковали Шебекино FPV-дронами и артиллерией, повреждены шесть домов.", "ru") == []


def test_uk_downed_over_the_oblast_signed_by_its_head_and_residents_unhurt():
    assert rows("Цієї ночі сили ППО знищили над областю ворожий БПЛА, повідомив Лисак.", "uk") == \
        [("interception", "UA-12", None, 1, None, None)]
    assert rows("Захисники неба знищили в області 3 БпЛА, повідомив Когут.", "uk")[0][1:4] == ("UA-53", None, 3)
    assert rows("Вночі дрон вдарив по Нікополю. Пошкоджено будинок, але місцеві жителі цілі.", "uk")[0][4:] == (0, 0)


def test_en_roundups_with_one_more_and_a_long_passive_and_a_place_closer_to_moscow():
    text = ("Two drones were downed over the Tula region and another one - over the Kaluga region that is closer "
            "to Moscow, the ministry said.")
    assert [(r[1], r[3]) for r in rows(text, "en")] == [("RU-TUL", 2), ("RU-KLU", 1)]
    text = ("The ministry claimed that 14 UAVs were jammed by electronic warfare or destroyed in Kursk Oblast, "
            "six in Oryol Oblast and two in Lipetsk Oblast.")
    assert [(r[1], r[3]) for r in rows(text, "en")] == [("RU-KRS", 14), ("RU-ORL", 6), ("RU-LIP", 2)]


def test_en_n_more_drones_told_in_reported_speech_add_to_the_count():
    text = ("Air defences destroyed three drones over the Oryol region, the governor said. "
            "Later, the governor added that two more drones were downed over the region.")
    assert [(r[1], r[3]) for r in rows(text, "en")] == [("RU-ORL", 5)]


def test_ru_victims_named_object_first_and_spouses_killed():
    assert rows("В селе Безымено беспилотник атаковал грузовик. Его водителя госпитализировали с баротравмой.",
                "ru")[0][5] == 1
    assert rows("В городе Шебекино дрон взорвался у жилого дома. При этом баротравму получила местная жительница.",
                "ru")[0][5] == 1
    assert rows("Беспилотник атаковал автомобиль в городе Валуйки. При ударе погибли супруги.", "ru")[0][4] == 2


def test_uk_a_city_in_the_dative_after_po_is_the_city():
    assert rows("Ворог вдарив дронами по Херсону, пошкоджено торговельний центр.", "uk")[0][1:3] == ("UA-65", "Херсон")
    assert rows("Ворог вдарив дронами по Житомиру, пошкоджено склад.", "uk")[0][1:3] == ("UA-18", "Житомир")


def test_strikes_on_one_named_town_on_one_day_are_one_incident():
    text = ("Ворог вдарив дронами по Херсону, пошкоджено торговельний центр. "
            "Також влучання відбулось у складські приміщення. Інформація про постраждалих уточнюється.")
    got = rows(text, "uk")
    assert [(r[0], r[1], r[2]) for r in got] == [("strike", "UA-65", "Херсон")]
    text = ("Вночі дрон влучив у житловий будинок у Києві. \"Вночі безпілотник поцілив у технічний поверх "
            "будинку\", - повідомили в поліції.")
    assert [r[3] for r in rows(text, "uk")] == [1]


def test_uk_a_daily_summary_whose_weapon_list_has_glide_bombs_gives_no_drone_strike():
    text = ("Внаслідок обстрілів трьох населених пунктів Харківщини постраждала жінка.\n\n"
            "По регіону прилетіло таке озброєння:\n\n  • чотири КАБ;\n  • два БпЛА типу «Герань-2».\n\n"
            "«У Чугуївському районі пошкоджено приватний будинок (с. Кочеток)», – додав начальник ОВА.")
    assert rows(text, "uk") == []
    drones_only = text.replace("  • чотири КАБ;\n", "")
    assert [r[2] for r in rows(drones_only, "uk")] == ["Кочеток"]


def test_uk_towns_with_victims_after_an_attack_on_the_oblast_are_strikes_there():
    text = ("Дрони атакували Сумщину. У м. Ворожба постраждали 47-річний, 50-річний чоловіки і 65-річна жінка; "
            "у с. Басівка постраждала 70-річна жінка.")
    assert [(r[2], r[5]) for r in rows(text, "uk")] == [("Ворожба", 3), ("Басівка", 1)]


def test_ru_a_drones_target_and_a_new_district_clause_in_one_sentence():
    text = "В Курске целью беспилотника стала автобусная остановка. В результате пострадали три мирных жителя."
    assert rows(text, "ru") == [("strike", "RU-KRS", "Курск", 1, None, 3)]
    text = ("По словам губернатора, в Рыльском районе в городе Рыльск от детонации беспилотника поврежден фасад "
            "магазина, в Глушковском районе в селе Теткино дрон атаковал движущийся автомобиль.")
    assert [r[2] for r in rows(text, "ru")] == ["Рыльск", "Теткино"]


def test_attacked_twice_counts_two():
    assert rows("В селе Нехотеевка украинские дроны дважды атаковали магазин.", "ru")[0][2:4] == ("Нехотеевка", 2)
    assert rows("У селі Кочеток на Харківщині ворожі дрони двічі атакували підприємство.", "uk")[0][2:4] == ("Кочеток", 2)
