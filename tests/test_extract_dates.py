"""French date mentions and their resolution (loaders.extract.dates)."""
from loaders.extract.dates import document_date, find_dates


def iso(text, doc_year=None, years=()):
    return [d.resolve(doc_year, years) for d in find_dates(text)]


def test_weekday_day_month_without_year_and_no_document_date_is_year_less():
    assert iso("Rendez-vous le mardi 7 mars à 10h") == ["--03-07"]


def test_implicit_year_comes_from_document_year():
    assert iso("le 3 décembre prochain", doc_year=2021) == ["2021-12-03"]


def test_weekday_picks_the_year_among_years_of_the_text():
    # 7 March 2023 is a Tuesday, 7 March 2024 a Thursday
    assert iso("le mardi 7 mars", years=[2024, 2023]) == ["2023-03-07"]


def test_two_days_give_the_first_day_and_an_end():
    d = find_dates("les 4 et 5 octobre 2022 à Lyon")[0]
    assert d.resolve(None) == "2022-10-04"
    assert d.resolve_end("2022-10-04") == "2022-10-05"


def test_range_over_two_months():
    d = find_dates("du 28 février au 2 mars 2025")[0]
    assert d.resolve(None) == "2025-02-28"
    assert d.resolve_end("2025-02-28") == "2025-03-02"


def test_weekdays_on_both_days():
    assert iso("réunis samedi 9 et dimanche 10 septembre 2017") == ["2017-09-09"]


def test_month_and_year():
    assert iso("un forum en octobre 2019 puis un autre") == ["2019-10"]


def test_first_of_the_month_and_numeric_dates():
    assert iso("le 1er juillet 2020") == ["2020-07-01"]
    assert iso("inscription avant le 05/11/2018") == ["2018-11-05"]


def test_ordinals_and_department_numbers_are_not_dates():
    assert find_dates("le 2ème atelier, à Tulle (19 et 87)") == []


def test_document_date_only_when_stated():
    assert document_date(" date 2020-02 Un texte") == "2020-02"
    assert document_date("Titre\nPublié le 4 avril 2016 par la rédaction") == "2016-04-04"
    assert document_date("Mis en ligne le 12/01/2023") == "2023-01-12"
    assert document_date("Le 4 avril 2016, la ville a voté.") is None


def test_list_of_days_gives_the_first_and_the_last():
    d = find_dates("les 12, 13 et 14 octobre 2021")[0]
    assert d.resolve(None) == "2021-10-12" and d.resolve_end("2021-10-12") == "2021-10-14"


def test_press_release_dateline_is_the_document_date():
    assert document_date("COMMUNIQUÉ\nLille, le 3 juin 2024\n\nLa Ville annonce...") == "2024-06-03"


def test_masthead_line_dates_the_page():
    assert document_date("OUEST INFO | Rennes | vendredi 29 novembre 2024\nTitre") == "2024-11-29"
    assert document_date("Ville de X\nÉconomie | 19.09.2022\nUn club") == "2022-09-19"
    assert document_date("Réseau – Vie du réseau – 2021\n\nTexte") == "2021"
    assert document_date("La lettre du réseau – n° 3 – juin 2016\nRetour") == "2016-06"
    assert document_date("Actualités\nLundi 10 février 2020\nDix communes") == "2020-02-10"
    assert document_date("Réseau X\ndate 2019-05\nAssemblée") == "2019-05"


def test_event_title_with_its_date_is_not_the_page_date():
    assert document_date("Journée régionale des élus – Valence, 18 octobre 2012\nProgramme") is None
