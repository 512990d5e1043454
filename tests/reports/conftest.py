# The report is read after translating as the admin does: the same fixtures as tests/l10n.
from tests.l10n.conftest import translate, translate_directly  # noqa: F401
