"""Write the PDF documents of the sample corpus (examples/corpus/*.pdf) with a real text layer.

Run from the project root:  .venv/bin/python scripts/make_sample_pdfs.py
Needs fpdf2 (`.venv/bin/pip install fpdf2`) and the DejaVu Sans font shipped with matplotlib,
so that accented letters and typographic apostrophes are embedded as Unicode text.
The texts are original sample material (see examples/corpus/README.md); their gold
annotations in examples/gold/ quote them, so change both together.
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT_DIR = Path(__file__).resolve().parent.parent / "examples" / "corpus"
# Fixed creation date: the same texts give the same bytes, hence the same doc_id (SHA-256).
CREATED = datetime(2025, 3, 1, tzinfo=timezone.utc)

# Each document: list of (style, text); style "title", "h2" or "p".
GUIDE = [
    ("p", "Publié en mars 2025"),
    ("title", "Coopérer pour l’emploi local"),
    ("h2", "Guide à l’usage des intercommunalités"),
    ("p", "Une publication d’Intercommunalités de France et du RTES"),
    ("p", "Ce guide, intitulé « Coopérer pour l’emploi local », est édité conjointement par "
          "Intercommunalités de France et le RTES. Il a été rédigé avec la participation de "
          "France urbaine et rassemble des exemples de coopérations entre intercommunalités et "
          "acteurs de l’économie sociale et solidaire."),
    ("h2", "Pourquoi ce guide ?"),
    ("p", "Depuis la loi du 31 juillet 2014 relative à l’économie sociale et solidaire, les "
          "intercommunalités disposent de nouveaux outils pour soutenir l’ESS : schémas de "
          "promotion des achats responsables, appui aux pôles territoriaux de coopération "
          "économique, participation au capital de sociétés coopératives d’intérêt collectif."),
    ("p", "Rachid Haddad, chargé de mission ESS à Intercommunalités de France, a coordonné "
          "l’enquête menée auprès de soixante intercommunalités."),
    ("h2", "Trois expériences"),
    ("p", "Lorient Agglomération, communauté d’agglomération du Morbihan, a créé en 2019 un fonds "
          "d’amorçage pour les structures de l’ESS. Nathalie Roussel, vice-présidente de Lorient "
          "Agglomération en charge de l’emploi, en détaille le fonctionnement."),
    ("p", "La Communauté de communes du Val d’Ille-Aubigné a choisi de soutenir une "
          "ressourcerie intercommunale. Thomas Lambert, président de la ressourcerie La "
          "Trouvaille, décrit les liens tissés avec les déchèteries du territoire."),
    ("p", "Rennes Métropole, enfin, accompagne les coopératives d’habitants. Son partenariat "
          "avec la CRESS Bretagne a permis de recenser les projets en cours."),
    ("h2", "Pour aller plus loin"),
    ("p", "Le guide a été présenté lors d’un webinaire organisé par Intercommunalités de France "
          "le jeudi 27 mars 2025. Il est disponible gratuitement en ligne."),
]

PROGRAMME = [
    ("p", "Document diffusé le 2 septembre 2024"),
    ("title", "Après-midi d’échanges : ESS et transition écologique"),
    ("h2", "Programme"),
    ("p", "La CRESS Occitanie et la Région Occitanie vous invitent à une après-midi d’échanges "
          "consacrée à la transition écologique des entreprises de l’ESS."),
    ("p", "Rendez-vous le 12 septembre 2024 à 14h30 à Montpellier, à l’Hôtel de Région."),
    ("h2", "14h30 – Accueil"),
    ("p", "Mot d’accueil de Sandrine Fabre, conseillère régionale d’Occitanie déléguée à "
          "l’économie sociale et solidaire."),
    ("h2", "15h00 – Table ronde : réemploi et économie circulaire"),
    ("p", "Animation : Céline Bertrand, consultante au cabinet Territoires et Transitions."),
    ("p", "Avec :"),
    ("p", "– David Moreau, vice-président de Montpellier Méditerranée Métropole ;"),
    ("p", "– Émilie Fournier, directrice de la recyclerie Le Grenier Solidaire ;"),
    ("p", "– un représentant de l’ADEME."),
    ("h2", "16h30 – Présentation du Panorama de l’ESS en Occitanie"),
    ("p", "Le Panorama de l’ESS en Occitanie, publié par la CRESS Occitanie, rassemble les "
          "chiffres clés de l’emploi dans les associations, coopératives, mutuelles et "
          "fondations de la région."),
    ("p", "Cette après-midi est organisée avec le soutien de la Banque des Territoires."),
    ("p", "Inscription obligatoire auprès de la CRESS Occitanie."),
]

DOCS = {
    "ex06_guide_cooperer_emploi_local.pdf": ("Coopérer pour l’emploi local", GUIDE),
    "ex07_programme_transition_occitanie.pdf": ("ESS et transition écologique", PROGRAMME),
}


def dejavu_font() -> Path:
    """DejaVu Sans from matplotlib's data directory (a Unicode TrueType font we know is installed)."""
    try:
        import matplotlib
    except ImportError:
        sys.exit("make_sample_pdfs: matplotlib is needed for its DejaVu Sans font; "
                 "install it with `.venv/bin/pip install matplotlib`.")
    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    if not path.exists():
        sys.exit(f"make_sample_pdfs: font not found at {path}; reinstall matplotlib.")
    return path


def write_pdf(path: Path, title: str, blocks: list[tuple[str, str]], font: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("essgraph sample corpus")
    pdf.set_creation_date(CREATED)
    pdf.add_font("DejaVu", "", str(font))
    pdf.add_page()
    pdf.set_margins(15, 15, 15)
    sizes = {"title": 16, "h2": 12.5, "p": 9.5}
    for style, text in blocks:
        pdf.set_font("DejaVu", size=sizes[style])
        pdf.multi_cell(0, sizes[style] * 0.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3 if style == "p" else 2)
    pdf.output(str(path))


def main() -> None:
    font = dejavu_font()
    for name, (title, blocks) in DOCS.items():
        write_pdf(OUT_DIR / name, title, blocks, font)
        print(f"wrote {OUT_DIR / name}")


if __name__ == "__main__":
    main()
