"""The changes made to FerretDB v1.24.2's source before it is built.

1. **`update` releases each statement's connection.** Its `update` command
   closes each statement's query only when the whole command ends (a `defer`
   inside the loop over statements); a query that found its document keeps its
   connection until then. So a command of N statements on stored documents
   holds N backend connections at once. On PostgreSQL the pool runs dry and the
   command waits forever for a connection it holds itself: the matcher's
   `bulk_write` of 500 `ReplaceOne`s hung FerretDB (pool 400), and 60 did with a
   pool of 20. The patch closes each statement's query once it is done.

2. **`$in` is handed to PostgreSQL.** FerretDB pushes down only equality
   filters; `{"f": {"$in": [a, b]}}` made it read the whole collection and test
   every document itself (100 ids among 3,000 documents: 113 ms), so the
   services read documents one `_id` lookup at a time, one round trip each. The
   patch turns an `$in` of up to `IN_PUSHDOWN_LIMIT` plain values into the same
   containment test FerretDB writes for one equality, once per value, joined by
   `OR` (`(_jsonb->'f' @> 'a' OR _jsonb->'f' @> 'b')`), which PostgreSQL answers
   from the GIN twin of the field's index (`gin_twins`) as a BitmapOr. It is a
   pre-filter only: FerretDB still tests each returned document against the
   whole filter, as it does after every pushdown, so the answer is unchanged; a
   list holding a value FerretDB cannot push down (documents, arrays, null,
   regular expressions…) is left to FerretDB as before.

`PATCH_ID` goes into the binary (`ferretdb --version` prints it as `package`),
so a binary built without these changes is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clusterlink.localinfra.errors import LocalInfraError

PATCH_ID = "clusterlink-2"

# Longer lists are filtered by FerretDB itself: a statement of thousands of ORs
# costs PostgreSQL more to plan than the callers' chunks (a few hundred) do.
IN_PUSHDOWN_LIMIT = 1000


@dataclass(frozen=True)
class _Edit:
    file: str
    before: str
    after: str


_UPDATE_RELEASES_EACH_STATEMENT = _Edit(
    "internal/handler/msg_update.go",
    """\
		closer := iterator.NewMultiCloser()
		defer closer.Close()

		closer.Add(res.Iter)

		iter := common.FilterIterator(res.Iter, closer, u.Filter)

		if !u.Multi {
			iter = common.LimitIterator(iter, closer, 1)
		}

		result, err := common.UpdateDocument(ctx, c, "update", iter, &u)
""",
    """\
		closer := iterator.NewMultiCloser()

		closer.Add(res.Iter)

		iter := common.FilterIterator(res.Iter, closer, u.Filter)

		if !u.Multi {
			iter = common.LimitIterator(iter, closer, 1)
		}

		result, err := common.UpdateDocument(ctx, c, "update", iter, &u)
		closer.Close() // ClusterLink: release this statement's connection before the next statement
""",
)

_IN_CASE = _Edit(
    "internal/backends/postgresql/query.go",
    """\
				default:
					// $gt and $lt
					// TODO https://github.com/FerretDB/FerretDB/issues/1875
					continue
""",
    """\
				case "$in": // ClusterLink: an OR of equalities, served by the field's GIN index
					if f, a := filterIn(p, key, v, keyOperator); f != "" {
						filters = append(filters, f)
						args = append(args, a...)
					}

				default:
					// $gt and $lt
					// TODO https://github.com/FerretDB/FerretDB/issues/1875
					continue
""",
)

_IN_FUNCTION = _Edit(
    "internal/backends/postgresql/query.go",
    """\
// filterEqual returns the proper SQL filter with arguments that filters documents
""",
    f"""\
// filterIn (ClusterLink) returns an OR of filterEqual's tests, one per value of an $in list,
// or "" when the list is empty, longer than {IN_PUSHDOWN_LIMIT}, or holds a value
// filterEqual does not push down. It checks every value before taking placeholders.
func filterIn(p *metadata.Placeholder, k any, v any, operator string) (string, []any) {{
	values, ok := v.(*types.Array)
	if !ok || values.Len() == 0 || values.Len() > {IN_PUSHDOWN_LIMIT} {{
		return "", nil
	}}

	for i := 0; i < values.Len(); i++ {{
		switch must.NotFail(values.Get(i)).(type) {{
		case float64, string, types.ObjectID, bool, time.Time, int32, int64:
		default:
			return "", nil
		}}
	}}

	tests := make([]string, 0, values.Len())
	var args []any

	for i := 0; i < values.Len(); i++ {{
		f, a := filterEqual(p, k, must.NotFail(values.Get(i)), operator)
		tests = append(tests, f)
		args = append(args, a...)
	}}

	return "(" + strings.Join(tests, " OR ") + ")", args
}}

// filterEqual returns the proper SQL filter with arguments that filters documents
""",
)

_EDITS = (_UPDATE_RELEASES_EACH_STATEMENT, _IN_CASE, _IN_FUNCTION)


def apply(source: Path) -> None:
    """Patch a copy of the module source in place and mark the build."""
    for edit in _EDITS:
        path = source / edit.file
        text = path.read_text(encoding="utf-8")
        if text.count(edit.before) != 1:
            raise LocalInfraError(f"{path} is not the FerretDB source this patch was written for")
        path.write_text(text.replace(edit.before, edit.after), encoding="utf-8")
    (source / "build" / "version" / "package.txt").write_text(PATCH_ID + "\n", encoding="ascii")
