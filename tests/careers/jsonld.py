"""Structured data as a crawler reads it: every <script type="application/ld+json"> block."""

import json
import re

BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def json_ld(response):
    return [json.loads(block) for block in BLOCK.findall(response.text)]


def json_ld_of_type(response, schema_type):
    [item] = [item for item in json_ld(response) if item["@type"] == schema_type]
    return item
