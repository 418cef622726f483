"""Rules of the session-21 Ukrainian accuracy round (issue 14), each checked on sentences written for this
file: shrapnel wounds are no debris, "з безпілотника" counts one drone, "ще одна – поранена", the half of a
toll a summary tells, launch areas, region lists after a colon."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 10, 14)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_shrapnel_wounds_are_no_debris_of_a_downed_drone():
    text = ("Окупанти скинули вибухівку з дрона на подвір'я у селі Бургунка на Херсонщині. "
            "Внаслідок удару 60-річна жінка дістала уламкові поранення ніг.")
    assert rows(text) == [("strike", "UA-65", "Бургунка", 1, None, 1)]


def test_attacked_from_a_drone_is_one_drone():
    text = "Увечері росіяни атакували з безпілотника вантажівку у Херсоні, поранено водія."
    assert rows(text) == [("strike", "UA-65", "Херсон", 1, None, 1)]


def test_one_more_wounded_without_a_person_noun():
    text = "На Сумщині через удар ворожого дрона загинув чоловік, ще один – поранений."
    assert rows(text) == [("strike", "UA-59", None, 1, 1, 1)]


def test_the_town_takes_the_half_of_the_toll_only_the_summary_tells():
    text = ("На Дніпропетровщині через атаку FPV-дрона загинула людина, ще одна – поранена, повідомив очільник ОВА.\n\n"
            "«У Нікополі загинув 61-річний чоловік. Ворог бив FPV-дроном. Співчуваю рідним. Поранена 40-річна "
            "жінка, вона вдома», – написав він.")
    assert rows(text) == [("strike", "UA-12", "Нікополь", 1, 1, 1)]


def test_launch_areas_are_no_places_of_the_attack():
    text = ("Уночі ворог атакував 12 ударними БпЛА типу Shahed з районів Курська та Міллерова. "
            "Сили ППО знищили 10 дронів над Полтавською областю.")
    got = rows(text)
    assert ("interception", "UA-53", None, 10, None, None) in got
    assert all(r[1] != "RU-KRS" for r in got)


def test_region_list_after_a_colon_one_line_each():
    text = ("Вночі сили ППО збили 19 шахедів у межах 4 областей:\n- Черкаської;\n- Полтавської;\n"
            "- Вінницької;\n- Житомирської.")
    assert rows(text) == [("interception", r, None, None, None, None) for r in ("UA-71", "UA-53", "UA-05", "UA-18")]


def test_region_list_after_a_colon_in_one_sentence():
    text = "Вночі захисники неба знищили 15 дронів у таких областях: Сумській, Чернігівській та Київській."
    assert rows(text) == [("interception", r, None, None, None, None) for r in ("UA-59", "UA-74", "UA-32")]


def test_an_unplaced_total_the_region_told_before_is_a_restatement():
    text = ("Сили ППО вночі знищили 7 шахедів над Вінницькою областю. Про це повідомив голова ОВА. "
            "\"Ніч була неспокійною. Тривога тривала три години. Нашою ППО загалом знищено 7 ворожих дронів\", – сказав він.")
    assert rows(text) == [("interception", "UA-05", None, 7, None, None)]


def test_an_unplaced_total_its_regional_figures_add_up_to_far_after_it():
    text = ("Уночі сили ППО збили всі шість ударних дронів. Про це повідомили в Повітряних силах. "
            "\"Усі шість шахедів знищено\", – йдеться в повідомленні. Атака тривала дві години. "
            "Оборонці працювали на півдні. За даними Сил оборони півдня, захисники збили по два дрони на "
            "Одещині і Миколаївщині. Решту два БПЛА збили над Черкащиною.")
    got = rows(text)
    assert all(r[1] is not None for r in got)
    assert {(r[1], r[3]) for r in got} == {("UA-51", 2), ("UA-48", 2), ("UA-71", 2)}


def test_a_title_ending_in_a_quoted_drone_name_is_a_title():
    text = ("Вночі ППО знищила 11 \"шахедів\"\n"
            "Сили ППО збили 11 шахедів у межах 3 областей:\n- Сумської;\n- Полтавської;\n- Черкаської.")
    assert rows(text) == [("interception", r, None, None, None, None) for r in ("UA-59", "UA-53", "UA-71")]


def test_no_victims_among_the_civilian_population():
    text = ("Захисники збили по три дрони на Сумщині і Полтавщині. "
            "Влучань, руйнувань і постраждалих серед цивільних немає.")
    assert rows(text) == [("interception", "UA-59", None, 3, 0, 0), ("interception", "UA-53", None, 3, 0, 0)]


def test_no_damage_recorded_is_no_strike_of_its_own():
    text = ("У Покровську на Донеччині FPV-дрон атакував автомобіль, водія поранено. "
            "Руйнувань житлових будинків унаслідок удару не зафіксовано.")
    assert rows(text) == [("strike", "UA-14", "Покровськ", 1, None, 1)]


def test_a_drone_that_killed_people():
    assert rows("У Нікополі ворожий FPV-дрон вбив цивільного чоловіка біля магазину.") == \
        [("strike", "UA-12", "Нікополь", 1, 1, None)]
    assert rows("Росіяни вдарили дроном по маршрутці на Сумщині, вбивши чотирьох людей.")[0][4] == 4


def test_a_victim_named_by_the_village_she_lives_in():
    text = ("Мешканець Малого Бурлука Харківської області дістав поранення внаслідок удару ворожого дрона, "
            "повідомив начальник МВА.")
    assert rows(text) == [("strike", "UA-63", "Малий Бурлук", 1, None, 1)]


def test_the_village_said_later_places_the_strike_on_the_community():
    text = ("Росіяни атакували FPV-дроном трактор у Гуляйпільській громаді Запорізької області. Загинув 50-річний "
            "тракторист, ще двоє людей поранені. Ворог бив по полю. Медики надають допомогу. "
            "Пізніше в ОВА уточнили, що удар дрона стався у селі Зелений Гай.")
    assert rows(text) == [("strike", "UA-23", "Зелений Гай", 1, 1, 2)]


def test_a_village_that_became_the_target_of_a_strike():
    text = ("Уночі росіяни атакували село на Сумщині вісьмома ударними дронами. Нова Січ стала мішенню для "
            "ворожого удару, пошкоджено ферму. Постраждалих немає.")
    assert rows(text) == [("strike", "UA-59", "Нова Січ", 8, 0, 0)]


def test_the_next_sentence_says_where_the_attack_happened():
    text = "Дрон атакував автомобіль у Краснопільській громаді Сумщини, поранено водія. Атака сталася у селі Осоївка."
    assert rows(text) == [("strike", "UA-59", "Осоївка", 1, None, 1)]


def test_times_attacked_is_the_count():
    text = "Російські війська сім разів атакували FPV-дронами дві громади Херсонщини, пошкоджено два будинки."
    assert rows(text)[0][:4] == ("strike", "UA-65", None, 7)


def test_a_district_by_its_colloquial_name_is_in_its_oblast():
    assert rows("Дрон атакував авто на Шосткинщині, поранено водія.") == [("strike", "UA-59", None, 1, None, 1)]
    assert rows("Ворог понад 20 разів вдарив дронами по Нікопольщині.")[0][1] == "UA-12"


def test_the_wound_told_before_the_victim():
    text = ("Окупанти вдарили FPV-дроном по подвірʼю в селі Семенівської громади на Чернігівщині. "
            "Поранень зазнав 16-річний хлопець, який був на вулиці.")
    assert rows(text) == [("strike", "UA-74", None, 1, None, 1)]



def test_an_earlier_report_spelt_povidomlyalos_is_background_of_no_region():
    text = ("Сили ППО знищили над Миколаївщиною 12 шахедів. Постраждалих немає. "
            "Раніше повідомлялось, що під час нічної атаки силами ППО було ліквідовано 30 шахедів.")
    got = rows(text)
    assert ("interception", "UA-48", None, 12, 0, 0) in got
    assert ("interception", None, None, 30, None, None) in got


def test_national_figures_told_one_after_another_stay_national():
    text = ("Атакою постраждали склади на Полтавщині. Зауважимо, що уночі ворог запустив по Україні 120 дронів. "
            "Станом на 09:00 силам ППО вдалося знешкодити 100 безпілотників. Зафіксовано влучання 15 ударних БпЛА "
            "на 9 локаціях.")
    got = rows(text)
    assert ("interception", None, None, 100, None, None) in got
    assert ("strike", None, None, 15, None, None) in got


def test_victims_by_age_then_taken_to_hospital():
    text = ("Які наслідки нічної атаки на Миколаївщину? 7-річну дівчинку та 50-річного чоловіка госпіталізували. "
            "Окупанти дронами пошкодили склад і житловий будинок.")
    assert rows(text)[0][5] == 2


def test_shelled_with_drones_is_a_drone_strike():
    assert rows("Російські війська обстріляли Херсон ударними БПЛА, пошкоджено будинок.") == \
        [("strike", "UA-65", "Херсон", None, None, None)]


def test_a_repeated_strike_is_a_second_hit():
    text = ("Вранці росіяни ударним БпЛА поцілили у школу в Краматорську. Після першого влучання ворог завдав "
            "повторного удару, коли на місці вже були рятувальники.")
    assert rows(text) == [("strike", "UA-14", "Краматорськ", 2, None, None)]
    assert rows("Вранці росіяни ударним БпЛА поцілили у школу в Краматорську.")[0][3] == 1


def test_at_the_entrance_to_a_village_is_that_village():
    text = "На Херсонщині на в’їзді до Бургунки окупанти атакували з безпілотника автомобіль, поранено водія."
    assert rows(text) == [("strike", "UA-65", "Бургунка", 1, None, 1)]


def test_later_also_is_one_more_strike_at_the_place_told_last():
    text = ("Увечері у Станіславі на Херсонщині окупанти скинули вибухівку з дрона на трактор, загинув водій. "
            "Пізніше противник також вдарив FPV-дроном по автомобілю рятувальників. Внаслідок вибуху "
            "32-річний рятувальник отримав контузію.")
    got = rows(text)
    assert {r[2] for r in got} == {"Станіслав"}
    assert (got[0][4], got[0][5]) == (1, 1)


def test_telegram_in_the_locative_is_no_town():
    text = ("Вже троє постраждалих, повідомив начальник ОВА у Телеграмі. На околиці Сум уламок безпілотника влучив "
            "у вантажівку, поранено водія.")
    assert all(r[2] != "Телеграм" for r in rows(text))


def test_the_new_total_told_before_its_noun():
    text = ("Вдень росіяни вдарили безпілотником по Запоріжжю, поранено трьох людей. "
            "Згодом до п'яти збільшилася кількість постраждалих.")
    assert rows(text) == [("strike", "UA-23", "Запоріжжя", 1, None, 5)]


def test_drones_sent_at_a_city_attacked_it():
    assert rows("Росіяни скерували на Херсон щонайменше 9 БпЛА, пошкоджено склад.") == \
        [("strike", "UA-65", "Херсон", 9, None, None)]


def test_hits_counted_after_the_attack():
    text = "Окупанти атакують Суми ударними БпЛА та б'ють по цивільних об'єктах. Вже чотири удари."
    assert rows(text)[0][3] == 4


def test_a_drone_attack_that_destroyed_a_building_and_animals_are_no_casualties():
    text = "У Запоріжжі ворожа дронова атака зруйнувала ферму. Унаслідок удару загинули 20 корів."
    assert rows(text) == [("strike", "UA-23", "Запоріжжя", None, None, None)]


def test_the_oblasts_daily_tally_is_no_count_of_a_communitys_strike():
    text = ("Ворог зранку атакував Кушугумську громаду дроном. Поранено 60-річну жінку, повідомив Федоров. "
            "Лише за минулу добу 180 ворожих БпЛА атакували громади області.")
    assert rows(text) == [("strike", "UA-23", None, 1, None, 1)]
