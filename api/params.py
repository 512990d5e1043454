"""Parameter types shared by the endpoints: anything else is a 400 before a query runs (a NUL
byte would make PostgreSQL raise, an unbounded number overflow its integers)."""

from typing import Annotated

from pydantic import Field

Slug = Annotated[str, Field(pattern=r"^[-\w]+$", max_length=100, description="A slug.")]
Text = Annotated[str, Field(pattern=r"^[^\x00]*$", max_length=200)]
Id = Annotated[int, Field(ge=1, le=2**31 - 1)]
