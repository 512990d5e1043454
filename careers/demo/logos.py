"""Logos of the demo companies: small SVG marks with wordmarks, drawn for the demo (no raster step).

Each mark is a few shapes in the company's own colour beside its name; the SVG scales to any size
the templates ask for (Wagtail resizes SVG renditions without rasterising them).
"""

from django.core.files.base import ContentFile
from django.utils.html import escape

from wagtail.images import get_image_model
from wagtail.models import Collection

from careers.onboarding import company_collection_name
from portal.demo.pages import is_resetting

WIDTH, HEIGHT = 320, 96

# The marks, drawn in a 96 × 96 box (the left of the logo); ``{colour}`` is the company's colour.
MARKS = {
    # Acme Analytics: three rising bars of a chart.
    "acme": (
        "#0b5cad",
        '<rect x="14" y="52" width="18" height="30" rx="3" fill="{colour}"/>'
        '<rect x="39" y="34" width="18" height="48" rx="3" fill="{colour}" opacity="0.8"/>'
        '<rect x="64" y="14" width="18" height="68" rx="3" fill="{colour}" opacity="0.6"/>',
    ),
    # Nordwind Mobility: a compass needle pointing north-east.
    "nordwind": (
        "#0f6b6b",
        '<circle cx="48" cy="48" r="34" fill="none" stroke="{colour}" stroke-width="6"/>'
        '<path d="M66 30 L54 54 L42 42 Z" fill="{colour}"/>'
        '<path d="M30 66 L42 42 L54 54 Z" fill="{colour}" opacity="0.45"/>',
    ),
    # Clairsoin Health: a rounded cross.
    "clairsoin": (
        "#9b1c31",
        '<path d="M38 14 h20 a4 4 0 0 1 4 4 v20 h20 a4 4 0 0 1 4 4 v12 a4 4 0 0 1 -4 4 h-20 v20 '
        "a4 4 0 0 1 -4 4 h-20 a4 4 0 0 1 -4 -4 v-20 h-20 a4 4 0 0 1 -4 -4 v-12 a4 4 0 0 1 4 -4 h20 "
        'v-20 a4 4 0 0 1 4 -4 z" fill="{colour}"/>',
    ),
    # Brightloop Studio: two interlocking rings.
    "brightloop": (
        "#5b2a86",
        '<circle cx="36" cy="48" r="22" fill="none" stroke="{colour}" stroke-width="8"/>'
        '<circle cx="60" cy="48" r="22" fill="none" stroke="{colour}" stroke-width="8" opacity="0.6"/>',
    ),
}
FALLBACK = (
    "#1d2433",
    '<rect x="14" y="14" width="68" height="68" rx="14" fill="none" stroke="{colour}" stroke-width="6"/>',
)


def draw(name, slug):
    """The company's logo as SVG markup: its mark and its name."""
    key = slug.split("-")[0]
    colour, mark = MARKS.get(key, FALLBACK)
    words = name.split(maxsplit=1)
    first, rest = escape(words[0]), escape(words[1] if len(words) > 1 else "")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(name)}">'
        f"{mark.format(colour=colour)}"
        f'<text x="104" y="50" font-family="system-ui, sans-serif" font-size="30" '
        f'font-weight="700" fill="{colour}">{first}</text>'
        f'<text x="104" y="80" font-family="system-ui, sans-serif" font-size="20" '
        f'fill="#4f5b70">{rest}</text>'
        "</svg>"
    )


def company_logo(name, slug):
    """The company's logo in its own collection (where its editors may manage images); an existing
    logo is kept unless the demo is being reset."""
    root = Collection.get_first_root_node()
    collection_name = company_collection_name(name)
    collection = root.get_children().filter(name=collection_name).first()
    if collection is None:
        collection = root.add_child(name=collection_name)
    Image = get_image_model()
    title = f"{name} logo"
    image = Image.objects.filter(collection=collection, title=title).first()
    if image is not None and not is_resetting():
        return image
    upload = ContentFile(draw(name, slug).encode(), name=f"{slug}-logo.svg")
    if image is None:
        return Image.objects.create(title=title, collection=collection, file=upload)
    image.renditions.all().delete()
    image.file = upload
    image.file_size = None
    image.save()
    return image
