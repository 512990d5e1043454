"""Simple generated logos for the demo companies: initials on a coloured tile, as PNG."""

import hashlib
from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

from careers.onboarding import company_collection_name

COLOURS = ["#0b5cad", "#145a2c", "#8a3b00", "#5b2a86", "#0f6b6b", "#9b1c31"]
SIZE = (480, 240)


def draw(name):
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    digest = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    tile = PILImage.new("RGB", SIZE, COLOURS[digest % len(COLOURS)])
    canvas = ImageDraw.Draw(tile)
    font = ImageFont.load_default(size=120)
    canvas.text((SIZE[0] / 2, SIZE[1] / 2), initials, fill="#ffffff", font=font, anchor="mm")
    buffer = BytesIO()
    tile.save(buffer, format="PNG")
    return buffer.getvalue()


def company_logo(name, slug):
    """The company's logo in its own collection (where its editors may manage images)."""
    root = Collection.get_first_root_node()
    collection_name = company_collection_name(name)
    collection = root.get_children().filter(name=collection_name).first()
    if collection is None:
        collection = root.add_child(name=collection_name)
    Image = get_image_model()
    title = f"{name} logo"
    image = Image.objects.filter(collection=collection, title=title).first()
    if image is None:
        upload = ImageFile(BytesIO(draw(name)), name=f"{slug}-logo.png")
        image = Image.objects.create(title=title, collection=collection, file=upload)
    return image
