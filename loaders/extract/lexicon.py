"""Word lists and patterns shared by the components (all matched on folded text).

Kept as patterns rather than lists of names: post titles (both genders), event and
publication nouns, convention kinds, words that tell an organisation's type.
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- names in the text
UP = "A-ZÀ-ÖØ-ÞŒÆ"
LOW = "a-zà-öø-ÿœæ"  # œ is outside Latin-1: "Vandœuvre-lès-Nancy", "Cœur de Savoie"
CAP = rf"[{UP}][{LOW}{UP}0-9'’]*"
# A place name: capitalised words joined by spaces or by hyphenated particles.
PLACE = (rf"(?:(?:Le|La|Les)[ \t\u00a0]|L['’])?{CAP}"
         rf"(?:(?:-(?:(?:sur|sous|en|lès|lez|le|la|les|de|du|des|di|aux|au|à|et|d['’]|l['’])-?)*|[ \t\u00a0](?=[{UP}])|-?[dl]['’]){CAP})*")
FIRST = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
LAST = (rf"(?:(?:de|du|da|van|von|le|la|di|d['’]|Le|La|De|Du|Da|Di|Van|Von|Mac|Mc|Ben|El|Saint)[ \t\u00a0]?(?=[{UP}]))?"
        rf"[{UP}][{UP}{LOW}'’]+(?:-[{UP}][{UP}{LOW}]+)?")
# "d'Hélène Caradec", "l'Isabelle ...": an elided article or preposition may stand right before the first name
PERSON_RE = re.compile(rf"(?:(?<=\b[dD]['’])|(?<![\w'’-]))(?P<first>{FIRST})[ \t\u00a0](?P<last>{LAST})(?![\w-])")  # never across a line

# ---------------------------------------------------------------- posts (folded, lower case)
_G = r"(?:e|ne)?"
ROLE_HEAD = (
    r"(?:(?:(?:co-?|vice-?|premier(?:e)?\s|1er\s|1ere\s|ancien(?:ne)?\s|nouvel(?:le)?\s|nouveau\s|ex-\s?)(?:vice-)?)?"
    r"(?:president(?:e)?(?:[- ]directeur general|[- ]directrice generale)?|maire(?:[- ]adjoint(?:e)?)?|adjoint(?:e)?|"
    r"conseill(?:er|ere)(?:\s(?:municipal(?:e)?|regional(?:e)?|departemental(?:e)?|communautaire|metropolitain(?:e)?|"
    r"delegue(?:e)?|territorial(?:e)?|technique|d'arrondissement))*|"
    r"delegue(?:e)?\s(?:general(?:e)?|regional(?:e)?|interministeriel(?:le)?|territorial(?:e)?)|"
    r"direct(?:eur|rice)(?:\s(?:general(?:e)?|adjoint(?:e)?|delegue(?:e)?|executi(?:f|ve)))*|"
    r"secretaire\s(?:general(?:e)?|d'etat|nationale?)|secretaire|tresori(?:er|ere)|"
    r"administrat(?:eur|rice)|charge(?:e)?\sde\smission|charge(?:e)?\sd'etudes?|charge(?:e)?\sde\sprojets?|"
    r"responsable|coordinat(?:eur|rice)|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|"
    r"elu(?:e)?(?:\sreferent(?:e)?|\sdelegue(?:e)?|\smunicipal(?:e)?|\sregional(?:e)?)?|"
    r"senat(?:eur|rice)|depute(?:e)?|ministre|haut(?:e)?-commissaire|chef(?:fe)?\s(?:de|du|d')\s?(?:projets?|service|file|pole|mission|cabinet|bureau|unite)|"
    r"charge(?:e)?\sde\s(?:communication|developpement|partenariats?)|charge(?:e)?\sdes\s(?:partenariats|relations)|"
    r"facilitat(?:eur|rice)|referent(?:e)?|mediat(?:eur|rice)|agent(?:e)?\sde\sdeveloppement|developpeu(?:r|se)|"
    r"gerant(?:e)?|animat(?:eur|rice)|representant(?:e)?|porte-parole|membre|pdg|dga|dgs|dg|"
    r"cheville ouvriere|prefet(?:e)?|sous-prefet(?:e)?|commissaire|journaliste|chercheu(?:r|se)|sociologue|economiste|"
    r"professeu(?:r|re)|maitre de conferences?|enseignant(?:e)?(?:-chercheu(?:r|se))?|redact(?:eur|rice) en chef|"
    r"gerant(?:e)?|co-?gerant(?:e)?|salarie(?:e)?|benevole|economiste|urbaniste|avocat(?:e)?|consultant(?:e)?|"
    r"associe(?:e)?|co-?directeur|co-?directrice|charge(?:e)?\s(?:d'[a-z]+|de\s(?!l'|la\s|le\s)[a-z]+|des\s[a-z]+)|"
    r"attache(?:e)?\sde\spresse|assistant(?:e)?|accompagnat(?:eur|rice)|juriste|comptable))"
)
ROLE_HEAD_RE = re.compile(rf"^{ROLE_HEAD}(?![\w])")
ANY_ROLE_RE = re.compile(rf"(?<![\w-]){ROLE_HEAD}(?![\w])")
# Words that start a delegation rather than a new post.
DELEGATION_RE = re.compile(r"^(?:delegue(?:e)?s?\s(?:speciale?\s)?(?:a|au|aux|pour)\b|en charge\b|charge(?:e)?\s(?:de|du|des|d')(?!\s?mission)|"
                           r"chargee? de l'|referent(?:e)?\s)")
# Roles that take a collectivité (commune) directly.
COMMUNE_ROLE_RE = re.compile(r"\b(?:maire|municipal(?:e)?|adjoint(?:e)? (?:au|a la) maire|maire-adjoint(?:e)?)\b")

# ---------------------------------------------------------------- events
EVENT_HEADS = {
    "webinaire": r"webinaires?|webinars?|web-?conferences?|visioconferences?",
    "seminaire": r"seminaires?",
    "rencontre": r"rencontres?",
    "congres": r"congres",
    "salon": r"salons?",
    "forum": r"forums?",
    "table ronde": r"tables?[- ]rondes?",
    "atelier": r"ateliers?",
    "conference": r"conferences?(?: de presse)?",
    "colloque": r"colloques?",
    "journee": r"journees?",
    "assemblee generale": r"assemblees? generales?",
    "ag": r"ag",
    "remise des prix": r"remises? (?:des|du|de) (?:prix|trophees?)",
    "inauguration": r"inaugurations?",
    "lancement": r"lancements?",
    "pleniere": r"plenieres?",
    "debat": r"debats?(?: d'actualite| public)?",
    "convention d'affaires": r"conventions? d'affaires",
    "mois de l'ess": r"mois de l'(?:ess|economie sociale et solidaire)",
    "festival": r"festivals?",
    "universite d'ete": r"universites? d'ete|universites? des elu(?:e?s)?(?= )",
    "petit-dejeuner": r"petits?-dejeuners?",
    "matinale": r"matinales?",
    "soiree": r"soirees?(?:-debats?)?",
    "apres-midi": r"(?<=cette )apres-midi|apres-midi(?= (?:d'echanges|de travail|d'etude|thematique|de rencontres?|de reflexion|d'information|consacree|dediee))",
    "matinee": r"(?<=cette )matinee|matinees?(?= (?:d'echanges|de travail|d'etude|thematique|de rencontres?|de reflexion|d'information|consacree|dediee))",
    "ceremonie": r"ceremonies?",
    "sommet": r"sommets?",
    "assises": r"assises",
    "anniversaire": r"anniversaires?",
    "visite": r"visites?(?= (?:de|du|des|d'))",
    "hackathon": r"hackathons?",
    "fete": r"fetes?(?= de | des | du | d')",
    "reunion": r"reunions? (?:publique|d'information|pleniere)s?|reunion(?= (?:du|de la|de l'|des) (?:comite|conseil|bureau|club|reseau|groupe|collectif|copil))|"
               r"(?<=la )reunion(?= s'est tenue| se tiendra| aura lieu| a eu lieu)",
    "trophees": r"trophees",
    # less frequent occasions of local ESS life
    "marche": r"marches?(?= de noel| solidaires?| de producteurs| de createurs| artisanal| equitable| de l'ess)",
    "repair cafe": r"repair cafes?",
    "apero-debat": r"aperos?-debats?|cafes?-debats?|cine-debats?|projections?-debats?|dejeuners?-debats?|diners?-debats?",
    "foire": r"foires?(?= aux | de | des | du )",
    "village": r"villages?(?= de l'ess| de l'economie| des (?:initiatives|solutions|associations|alternatives))",
    "biennale": r"biennales?",
    "speed-meeting": r"speed-?meetings?|speed-?datings?",
    "afterwork": r"afterworks?",
    "universite d'automne": r"universites? d'(?:automne|hiver)|universites? de printemps",
    "semaine": r"semaines? (?:de|du|des) (?:l'ess|l'economie|la finance solidaire|l'emploi|l'insertion|la cooperation|"
               r"l'entrepreneuriat|la solidarite|l'innovation sociale|la transition|achats?|l'achat|la consommation|"
               r"l'engagement|la mobilite|l'alimentation|la reduction|l'environnement|les? |la |l')",
}
EVENT_HEAD_RE = re.compile(r"(?<![\w-])(?P<head>" + "|".join(f"(?:{v})" for v in EVENT_HEADS.values()) + r")(?![\w])")


def event_head_key(surface_folded: str) -> str:
    for k, v in EVENT_HEADS.items():
        if re.fullmatch(v, surface_folded):
            return k
    return surface_folded


# ---------------------------------------------------------------- publications
PUB_HEADS = (r"guides?|etudes?|rapports?(?: d'activites?| annuels?)?|kit|atlas|communiques? de presse|communiques? communs?|notes?|"
             r"barometres?|panoramas?|livres? blancs?|avis|fiches?|recueils?|cartographies?|plaidoyers?|"
             r"publications?|dossiers?|memento|vademecum|repertoire|annuaire|lettres?|manifeste|"
             r"cahiers?|synthese|enquetes?|bilans?|actes|revues?|magazines?|brochures?|tribunes?|"
             r"repeess|reperess|diagnostics?|livrets?|carnets?|plaquettes?")
PUB_HEAD_RE = re.compile(rf"(?<![\w-])(?P<head>{PUB_HEADS})(?![\w])")

# ---------------------------------------------------------------- conventions
CONVENTION_RE = re.compile(
    r"(?<![\w-])(?P<head>conventions?|charte|accord|contrat|protocole)"
    r"(?P<kind>(?:[\s-](?:de\s(?:partenariat|cooperation|collaboration)|d'objectifs|d'agrement|cadre|partenariale|"
    r"pluriannuelle|quadripartite|tripartite|bipartite|multipartite|territoriale|d'engagement|de financement|"
    r"de mandat|pour l'ess|regionale|ess))*)(?![\w])")
CONVENTION_NOT_RE = re.compile(r"conventions? (?:d'affaires|nationale|annuelle|citoyenne)")

# ---------------------------------------------------------------- organisation type cues
NETWORK_CUES = re.compile(r"^(?:reseau|federation|union|chambre|mouvement|collectif|confederation|groupement|"
                          r"tete de reseau|coordination|association des|association nationale)\b")
PUBLIC_CUES = re.compile(r"^(?:ministere|secretariat|delegation|agence|universite|ecole|institut|commission|"
                         r"conseil superieur|observatoire national|prefecture|direction|caisse|haut-commissariat|"
                         r"centre national|office|etablissement public|cci|cma|chambre de commerce|chambre des metiers|"
                         r"chambre de metiers|chambre d'agriculture|chambre regionale d'agriculture)\b")
ESS_CUES = re.compile(r"^(?:association|cooperative|scop|scic|mutuelle|fondation|regie|pole|chantier|ressourcerie|"
                      r"recyclerie|tiers-lieu|structure|entreprise d'insertion|societe cooperative|cae|"
                      r"plateforme|collectif|fabrique|maison|epicerie|jardin|ferme|atelier)\b")
COMPANY_CUES = re.compile(r"^(?:(?:le|la|les|l') ?)?(?:groupe|societe|banque|entreprise|cabinet|agence de|media|journal|radio|sa|sas|"
                          r"gazette|magazine|quotidien|hebdo(?:madaire)?|mensuel|editions|tele|television|france (?:bleu|3|inter|info)|"
                          r"ouest-france|le monde|liberation|les echos|bde|"
                          r"mission locale|maison de l'emploi|maisons de l'emploi)\b")  # employment services: not ESS by their name
