"""Fallback territorial data (régions, départements) used when loaders.cog is absent.

Names carry the article used after "Département" so that canonical names follow the
annotation guide ("Département de la Gironde", "Département du Val-de-Marne").
"""
from __future__ import annotations

# code -> (name, region code)
REGIONS = {
    "11": "Île-de-France", "24": "Centre-Val de Loire", "27": "Bourgogne-Franche-Comté",
    "28": "Normandie", "32": "Hauts-de-France", "44": "Grand Est", "52": "Pays de la Loire",
    "53": "Bretagne", "75": "Nouvelle-Aquitaine", "76": "Occitanie", "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur", "94": "Corse", "01": "Guadeloupe", "02": "Martinique",
    "03": "Guyane", "04": "La Réunion", "06": "Mayotte",
}
# Other spellings and former regions (pre-2016), all typed Region by the guide.
REGION_ALIASES = {
    "AURA": "Auvergne-Rhône-Alpes", "AuRA": "Auvergne-Rhône-Alpes", "PACA": "Provence-Alpes-Côte d'Azur",
    "Sud": "Provence-Alpes-Côte d'Azur", "Région Sud": "Provence-Alpes-Côte d'Azur",
    "Centre": "Centre-Val de Loire", "Réunion": "La Réunion", "IDF": "Île-de-France",
    "Occitanie Pyrénées-Méditerranée": "Occitanie",
}
FORMER_REGIONS = [
    "Aquitaine", "Limousin", "Poitou-Charentes", "Alsace", "Lorraine", "Champagne-Ardenne",
    "Midi-Pyrénées", "Languedoc-Roussillon", "Rhône-Alpes", "Auvergne", "Bourgogne",
    "Franche-Comté", "Nord-Pas-de-Calais", "Picardie", "Haute-Normandie", "Basse-Normandie",
    "Nord-Pas de Calais",
    # the provisional names of the merged régions (January–September 2016)
    "Alsace Champagne-Ardenne Lorraine", "Aquitaine Limousin Poitou-Charentes", "Languedoc-Roussillon Midi-Pyrénées",
    "Nord-Pas-de-Calais Picardie",
]

# code -> (name, article after "Département": "de l'", "de la", "du", "des", "de"), region code
DEPARTEMENTS = {
    "01": ("Ain", "de l'", "84"), "02": ("Aisne", "de l'", "32"), "03": ("Allier", "de l'", "84"),
    "04": ("Alpes-de-Haute-Provence", "des", "93"), "05": ("Hautes-Alpes", "des", "93"),
    "06": ("Alpes-Maritimes", "des", "93"), "07": ("Ardèche", "de l'", "84"), "08": ("Ardennes", "des", "44"),
    "09": ("Ariège", "de l'", "76"), "10": ("Aube", "de l'", "44"), "11": ("Aude", "de l'", "76"),
    "12": ("Aveyron", "de l'", "76"), "13": ("Bouches-du-Rhône", "des", "93"), "14": ("Calvados", "du", "28"),
    "15": ("Cantal", "du", "84"), "16": ("Charente", "de la", "75"), "17": ("Charente-Maritime", "de la", "75"),
    "18": ("Cher", "du", "24"), "19": ("Corrèze", "de la", "75"), "2A": ("Corse-du-Sud", "de la", "94"),
    "2B": ("Haute-Corse", "de la", "94"), "21": ("Côte-d'Or", "de la", "27"), "22": ("Côtes-d'Armor", "des", "53"),
    "23": ("Creuse", "de la", "75"), "24": ("Dordogne", "de la", "75"), "25": ("Doubs", "du", "27"),
    "26": ("Drôme", "de la", "84"), "27": ("Eure", "de l'", "28"), "28": ("Eure-et-Loir", "d'", "24"),
    "29": ("Finistère", "du", "53"), "30": ("Gard", "du", "76"), "31": ("Haute-Garonne", "de la", "76"),
    "32": ("Gers", "du", "76"), "33": ("Gironde", "de la", "75"), "34": ("Hérault", "de l'", "76"),
    "35": ("Ille-et-Vilaine", "d'", "53"), "36": ("Indre", "de l'", "24"), "37": ("Indre-et-Loire", "d'", "24"),
    "38": ("Isère", "de l'", "84"), "39": ("Jura", "du", "27"), "40": ("Landes", "des", "75"),
    "41": ("Loir-et-Cher", "du", "24"), "42": ("Loire", "de la", "84"), "43": ("Haute-Loire", "de la", "84"),
    "44": ("Loire-Atlantique", "de la", "52"), "45": ("Loiret", "du", "24"), "46": ("Lot", "du", "76"),
    "47": ("Lot-et-Garonne", "du", "75"), "48": ("Lozère", "de la", "76"), "49": ("Maine-et-Loire", "de", "52"),
    "50": ("Manche", "de la", "28"), "51": ("Marne", "de la", "44"), "52": ("Haute-Marne", "de la", "44"),
    "53": ("Mayenne", "de la", "52"), "54": ("Meurthe-et-Moselle", "de", "44"), "55": ("Meuse", "de la", "44"),
    "56": ("Morbihan", "du", "53"), "57": ("Moselle", "de la", "44"), "58": ("Nièvre", "de la", "27"),
    "59": ("Nord", "du", "32"), "60": ("Oise", "de l'", "32"), "61": ("Orne", "de l'", "28"),
    "62": ("Pas-de-Calais", "du", "32"), "63": ("Puy-de-Dôme", "du", "84"),
    "64": ("Pyrénées-Atlantiques", "des", "75"), "65": ("Hautes-Pyrénées", "des", "76"),
    "66": ("Pyrénées-Orientales", "des", "76"), "67": ("Bas-Rhin", "du", "44"), "68": ("Haut-Rhin", "du", "44"),
    "69": ("Rhône", "du", "84"), "70": ("Haute-Saône", "de la", "27"), "71": ("Saône-et-Loire", "de", "27"),
    "72": ("Sarthe", "de la", "52"), "73": ("Savoie", "de la", "84"), "74": ("Haute-Savoie", "de la", "84"),
    "75": ("Paris", "de", "11"), "76": ("Seine-Maritime", "de la", "28"), "77": ("Seine-et-Marne", "de", "11"),
    "78": ("Yvelines", "des", "11"), "79": ("Deux-Sèvres", "des", "75"), "80": ("Somme", "de la", "32"),
    "81": ("Tarn", "du", "76"), "82": ("Tarn-et-Garonne", "de", "76"), "83": ("Var", "du", "93"),
    "84": ("Vaucluse", "du", "93"), "85": ("Vendée", "de la", "52"), "86": ("Vienne", "de la", "75"),
    "87": ("Haute-Vienne", "de la", "75"), "88": ("Vosges", "des", "44"), "89": ("Yonne", "de l'", "27"),
    "90": ("Territoire de Belfort", "du", "27"), "91": ("Essonne", "de l'", "11"),
    "92": ("Hauts-de-Seine", "des", "11"), "93": ("Seine-Saint-Denis", "de la", "11"),
    "94": ("Val-de-Marne", "du", "11"), "95": ("Val-d'Oise", "du", "11"),
    "971": ("Guadeloupe", "de la", "01"), "972": ("Martinique", "de la", "02"), "973": ("Guyane", "de la", "03"),
    "974": ("La Réunion", "de", "04"), "976": ("Mayotte", "de", "06"),
}


# the legal form a generic noun names: "la communauté urbaine" is a CU (COG epci_type), never a CA
EPCI_LEGAL_FORM = {"communaute urbaine": "CU", "communaute d'agglomeration": "CA", "communaute de communes": "CC"}


def departement_canonical(code: str) -> str:
    name, art, _ = DEPARTEMENTS[code]
    sep = "" if art.endswith("'") else " "
    return f"Département {art}{sep}{name}"


def region_canonical(name: str) -> str:
    return f"Région {name}"
