"""The signature table keeps answering while the vocabulary grows between full builds."""

from __future__ import annotations

import numpy as np

from services.matcher.scoring.features import Encoded
from services.matcher.scoring.signatures import SignatureTable, Similarity


def _vector(*cols: int) -> Encoded:
    ordered = np.array(sorted(cols), dtype=np.int32)
    vals = np.full(len(ordered), 1.0 / np.sqrt(len(ordered)), dtype=np.float32)
    return Encoded(cols=ordered, vals=vals, head=np.ones(len(ordered), dtype=np.bool_))


def _add(table: SignatureTable, key: str, vector: Encoded) -> int:
    sid, _ = table.intern(key, vector, 1.0, 0, key)
    return sid


def test_signatures_with_new_feature_columns_are_found_after_the_table_compacts() -> None:
    table = SignatureTable()
    _add(table, "cotton yarn", _vector(0, 1))
    table.compact(2)  # a full build saw two feature columns
    # Many signatures arrive since, using columns the build never saw (new words), enough
    # that the next query compacts the table again; that query only knows the old columns.
    wide = [_add(table, f"new {i}", _vector(1, 2 + i)) for i in range(300)]

    found = table.against(_vector(0, 1), 1.0, Similarity(minimum=0.1), lambda _sid: 1.0, vec_is_need=True)

    assert 0 in found.ids.tolist()
    assert set(wide) <= set(found.ids.tolist())  # they share column 1 with the query
    # Querying by a new column finds exactly the signature that has it.
    by_new_word = table.against(_vector(250), 1.0, Similarity(minimum=0.1), lambda _sid: 1.0, vec_is_need=True)
    assert by_new_word.ids.tolist() == [wide[248]]
