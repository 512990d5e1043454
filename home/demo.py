"""Demo content of the home app: the home pages' text and the "For employers" page, in three languages."""

from portal.demo.pages import home_page, is_resetting, upsert_child, upsert_translation

from .models import StandardPage

HOME = {
    "en": {
        "intro": "Prepare for technical interviews with structured guides and a searchable question "
        "bank, then find verified vacancies at companies that hire for the skills you practised.",
    },
    "de": {
        "intro": "Bereiten Sie sich mit strukturierten Leitfäden und einer durchsuchbaren Fragensammlung "
        "auf technische Vorstellungsgespräche vor und finden Sie geprüfte Stellen bei Unternehmen, die "
        "genau diese Fähigkeiten suchen.",
    },
    "fr": {
        "intro": "Préparez vos entretiens techniques avec des guides structurés et une banque de questions "
        "consultable, puis trouvez des offres vérifiées chez des entreprises qui recrutent pour ces "
        "compétences.",
    },
}

FOR_EMPLOYERS = {
    "en": (
        "For employers",
        "for-employers",
        "Publish a verified hiring page and vacancies, "
        "maintained by your own recruiters and reviewed by the portal team.",
    ),
    "de": (
        "Für Arbeitgeber",
        "fuer-arbeitgeber",
        "Veröffentlichen Sie eine geprüfte Karriereseite und "
        "Stellenanzeigen, gepflegt von Ihrem eigenen Recruiting und geprüft vom Portal-Team.",
    ),
    "fr": (
        "Pour les employeurs",
        "pour-les-employeurs",
        "Publiez une page de recrutement vérifiée et vos "
        "offres, tenues à jour par vos recruteurs et relues par l'équipe du portail.",
    ),
}


def load(out):
    for code, fields in HOME.items():
        page = home_page(code)
        # The home pages exist before the demo (a migration makes them): fill, never overwrite.
        if page.intro != fields["intro"] and (not page.intro or is_resetting()):
            page.intro = fields["intro"]
            page.save_revision().publish()

    title, slug, intro = FOR_EMPLOYERS["en"]
    employers, _ = upsert_child(
        home_page("en"), StandardPage, slug, title=title, intro=intro, show_in_menus=True
    )
    for code in ("de", "fr"):
        title, slug, intro = FOR_EMPLOYERS[code]
        upsert_translation(employers, code, title=title, slug=slug, intro=intro)
