"""Rules of the session-23 accuracy round on Ukrainian reports (issue 14), each checked on sentences
written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_no_information_about_the_dead_and_injured_is_no_casualties():
    text = ("Уночі ворог атакував Миколаївщину ударними дронами, пошкоджено склад.\n\n"
            "Інформація про загиблих та постраждалих не надходила.")
    assert rows(text) == [("strike", "UA-48", None, None, 0, 0)]


def test_uk_a_closing_no_victims_line_paragraphs_after_the_one_place_it_is_about():
    text = ("Вночі росіяни атакували Полтавщину безпілотниками.\n\n"
            "\"Під ударом опинилися підприємство та склад\", - написав голова ОВА.\n\n"
            "Рятувальники загасили пожежу на складі.\n\n"
            "Енергетики відновлюють живлення споживачів.\n\n"
            "Інформація про постраждалих не надходила, додав він.")
    assert rows(text) == [("strike", "UA-53", None, None, 0, 0)]
    # another place told in between: the closing line is not surely about the first one
    other = ("Вночі росіяни атакували Полтавщину безпілотниками.\n\n"
             "Рятувальники загасили пожежу на складі.\n\n"
             "Енергетики відновлюють живлення споживачів.\n\n"
             "На Сумщині дрон влучив у гараж у Конотопі, поранено чоловіка.\n\n"
             "Інформація про постраждалих на Полтавщині не надходила.")
    assert ("strike", "UA-59", "Конотоп", 1, None, 1) in rows(other)


def test_uk_a_mixed_weapon_attack_goes_on_in_the_sentences_naming_no_drone():
    text = ("Ворог знову бив по Нікопольщині безпілотниками та артилерією. Гатив по Нікополю та Покровській громаді. "
            "Пошкоджено три будинки. Постраждала жінка.")
    assert rows(text) == []
    # a drone named again after it is the drones' own
    text = ("Ворог знову бив по Нікопольщині безпілотниками та артилерією. Пошкоджено три будинки. "
            "Увечері FPV-дрон атакував авто у Марганці, поранено водія.")
    assert rows(text) == [("strike", "UA-12", "Марганець", 1, None, 1)]


def test_uk_the_first_sentence_of_a_report_is_never_after_a_mixed_attack():
    text = "Постраждали двоє людей. Окупанти атакували дронами Одесу, пошкоджено будинки."
    assert rows(text) == [("strike", "UA-51", "Одеса", None, None, 2)]


def test_uk_a_singular_verb_before_two_victims_joined_by_and_kills_two():
    assert rows("Увечері дрон скинув вибухівку на авто в Херсоні, на місці загинула жінка та дитина.") == [
        ("strike", "UA-65", "Херсон", 1, 2, None)]
    assert rows("Увечері дрон скинув вибухівку на авто в Херсоні. Загинула 40-річна херсонка та її 8-річний син.") == [
        ("strike", "UA-65", "Херсон", 1, 2, None)]
    # the second one with a verb of its own is another toll
    assert rows("Увечері дрон скинув вибухівку на авто в Херсоні, загинув чоловік та постраждала жінка.") == [
        ("strike", "UA-65", "Херсон", 1, 1, 1)]


def test_uk_a_line_on_what_the_strike_hit_does_not_put_the_victims_out_of_reach():
    text = ("Окупанти ввечері вдарили дроном по селу Сумської громади.\n\n"
            "Голова громади вже виїхав на місце.\n\n"
            "Зазначається, що удар було завдано по приватному подвір'ю.\n\n"
            "Поранень зазнав 60-річний чоловік, місцевий житель. Його госпіталізували.")
    assert rows(text) == [("strike", "UA-59", None, 1, None, 1)]
    # a line that tells something else is one more between
    other = text.replace("Зазначається, що удар було завдано по приватному подвір'ю.", "Громада потерпає від обстрілів.")
    assert rows(other)[0][5] is None


def test_uk_a_source_line_may_say_where_it_was_posted():
    text = ("Окупанти ввечері вдарили дроном по селу Сумської громади.\n\n"
            "Голова громади вже виїхав на місце.\n\n"
            "Про це у своєму Telegram-каналі повідомив голова ОВА.\n\n"
            "Поранень зазнав 60-річний чоловік, місцевий житель. Його госпіталізували.")
    assert rows(text) == [("strike", "UA-59", None, 1, None, 1)]


def test_uk_a_road_between_two_villages_is_in_neither():
    assert rows("Вранці FPV-дрон атакував авто на дорозі між селами Липці та Борщова на Харківщині, поранено водія.") \
        == [("strike", "UA-63", None, 1, None, 1)]
    assert rows("Вранці FPV-дрон атакував авто у Липцях на Харківщині, поранено водія.") == [
        ("strike", "UA-63", "Липці", 1, None, 1)]


def test_uk_not_a_single_attack_is_no_attack():
    assert rows("Голова громади наголосив: ні за його даними, ні за даними військових жодного випадку атаки "
                "дрона в громаді не фіксували.") == []


def test_uk_damage_after_shelling_told_as_one_more_attack_is_not_the_drones():
    text = ("У Херсоні вранці окупанти скинули вибухівку з дрона на автомобіль, поранено водія. "
            "Чоловіку надають медичну допомогу.\n\nКрім того, під обстріл потрапив житловий квартал у "
            "Дніпровському районі міста. У приватних будинках зафіксовано пошкодження: посічені паркани, вибиті шибки.")
    assert rows(text) == [("strike", "UA-65", "Херсон", 1, None, 1)]


def test_uk_a_morning_strike_and_drones_downed_in_the_evening_are_two_events():
    text = ("Вночі ворог бив по Нікополю з артилерії. Зранку агресор знову атакував місто. Поцілив по ньому "
            "дронами-камікадзе. Ввечері сили ППО збили над Дніпропетровщиною 3 ворожі безпілотники.")
    assert sorted(rows(text)) == [("interception", "UA-12", None, 3, None, None),
                                  ("strike", "UA-12", None, None, None, None)]
    # the same attack told, then its drones downed: repelled, no strike of its own
    text = ("Ввечері ворог атакував Дніпропетровщину дронами-камікадзе. Ввечері сили ППО збили над областю "
            "3 ворожі безпілотники.")
    assert rows(text) == [("interception", "UA-12", None, 3, None, None)]


def test_uk_upav_spelled_with_u_is_a_fall_like_vpav():
    assert rows("Зранку ворожий дрон упав на околиці Сум, поруч із приватним будинком.") == [
        ("strike", "UA-59", "Суми", 1, None, None)]


def test_uk_the_fall_of_one_drone_counts_one():
    # "дрону", the other genitive of "дрон"
    assert rows("Через падіння ворожого дрону у Балаклії постраждали троє людей.") == [
        ("strike", "UA-63", "Балаклія", 1, None, 3)]
    # the undeclined "БПЛА" with its type named and no number
    assert rows("Внаслідок падіння БПЛА типу «Шахед» у Балаклії зруйновано будинок.")[0][3] == 1
    assert rows("Внаслідок падіння трьох БПЛА типу «Шахед» у Балаклії зруйновано будинок.")[0][3] == 3


def test_uk_strikes_dealt_with_a_number_between_are_a_strike_and_its_count():
    assert rows("Вночі російська армія дронами-камікадзе «Шахед» завдала шість ударів по Запоріжжю.") == [
        ("strike", "UA-23", "Запоріжжя", 6, None, None)]


def test_uk_aviation_and_drones_together_are_a_mixed_attack():
    assert rows("Вдень російські авіація та безпілотники атакували Херсон, поранено трьох людей.") == []


def test_uk_a_year_before_a_region_is_no_count():
    [inc] = rows("У ніч проти 15 вересня 2024 року над Миколаївщиною збито три шахеди.")
    assert inc[3] == 3


def test_uk_with_no_publication_date_the_year_the_text_writes_dates_its_yearless_dates():
    from geo.extract import extract
    text = ("У ніч проти 15 вересня 2024 року на Миколаївщині збито три шахеди.\n\n"
            "\"У ніч на 15 вересня на Миколаївщині знищено три БпЛА. Уламки впали на склад у Миколаївському "
            "районі\", - повідомив голова ОВА.")
    found = extract(text, published=None, language="uk")
    assert [(i.event_type, i.count, i.date) for i in found] == [("interception", 3, "2024-09-15")]


def test_uk_one_target_downed_counts_one_and_a_closing_no_victims_after_a_headline():
    text = ("Нічна атака дронами: у Херсоні сталася пожежа\n\n"
            "У Херсоні через атаку дронів-камікадзе вночі сталася пожежа.\n\n"
            "За словами голови ОВА, над містом збили ворожу ціль. Уламки впали на території Херсона.\n\n"
            "Внаслідок пожежі пошкоджено дах складу.\n\n"
            "\"Без жертв. Пожежу загасили\", - додав він.")
    assert rows(text) == [("interception", "UA-65", "Херсон", 1, 0, 0)]


def test_uk_no_victims_with_unaslidok_spelled_with_u():
    text = ("Вночі дрон влучив у склад у Полтавському районі. Там виникла пожежа, її загасили рятувальники. "
            "Постраждалих унаслідок атаки немає.")
    assert rows(text) == [("strike", "UA-53", None, 1, 0, 0)]


def test_uk_no_victims_found_said_actively():
    text = "Вночі у Києві уламки збитого дрона впали на дах школи. Потерпілих наразі не виявили."
    assert rows(text) == [("interception", "UA-30", "Київ", 1, 0, 0)]


def test_uk_a_single_fragment_is_debris_like_fragments():
    text = "Вночі над Києвом збили ворожі дрони. Невеликий уламок дрона впав на дах будинку в Дніпровському районі."
    assert [r[0] for r in rows(text)] == ["interception"]


def test_uk_a_daily_summary_listing_guided_bombs_as_kaby_is_mixed():
    text = ("За добу ворог атакував шість населених пунктів області, повідомив Синєгубов.\n\n"
            "У с. Лужок Малоданилівської громади постраждав 40-річний чоловік.\n\n"
            "По регіону вдарило таке озброєння:\n\n  • три КАБи;\n  • чотири БпЛА типу “Герань-2”;\n  • fpv-дрон.\n\n"
            "Внаслідок обстрілів пошкоджені будинки та авто.")
    assert rows(text) == []


def test_uk_the_state_emergency_service_is_no_settlement():
    text = ("У Полтаві влучання в будинок\nЯк повідомили у Держслужбі з надзвичайних ситуацій, вночі дрон влучив "
            "у житловий будинок. Постраждали 3 людини.")
    assert all(r[2] != "Держслужба" for r in rows(text))


def test_uk_earlier_it_became_known_opens_background():
    text = ("У Києві дрон влучив у житловий будинок, поранено двох людей.\n\n"
            "Раніше стало відомо, що внаслідок нічних ударів по Житомирщині загинула людина.")
    assert rows(text) == [("strike", "UA-30", "Київ", 1, None, 2)]


def test_uk_a_drones_single_hit_on_one_building_counts_one():
    assert rows("У Дніпрі вночі сталося влучання БПЛА у житлову дев’ятиповерхівку.") == [
        ("strike", "UA-12", "Дніпро", 1, None, None)]
    # no drone named with the hit: not told how many
    assert rows("Вночі дрони атакували Вінниччину. Є влучання по інфраструктурі.")[0][3] is None


def test_uk_the_number_of_locations_is_no_count():
    assert rows("На Сумщині зафіксовано влучання 13 БпЛА у 7 локаціях.") == [("strike", "UA-59", None, 13, None, None)]


def test_uk_the_oblast_administration_named_by_its_adjective_is_no_second_place():
    text = ("Вночі у двох будинках Запоріжжя вибито вікна внаслідок падіння ворожого БпЛА - повідомив голова "
            "Запорізької ОВА.")
    assert rows(text) == [("strike", "UA-23", "Запоріжжя", 1, None, None)]
