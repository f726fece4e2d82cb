"""Record headers of `sme.profiles` beyond the envelope (see `shared.events.TOMBSTONE_HEADERS`)."""

from __future__ import annotations

# On a snapshot whose `notification_preference` the SME itself sent (value "sme"), not a
# coordinator: only such a snapshot ends the SME's unsubscribe at the notifier. Absent otherwise.
PREFERENCE_CHOSEN_BY = "preference_chosen_by"
PREFERENCE_CHOSEN_BY_SME = "sme"

# On a snapshot written by a bulk import (value "import"). The matcher lets such changes wait for
# the rest of their burst; a change without it (one registration, an edit) is told at once, even
# while an import holds the lists (services/matcher/burst.py).
ORIGIN = "origin"
ORIGIN_IMPORT = "import"
