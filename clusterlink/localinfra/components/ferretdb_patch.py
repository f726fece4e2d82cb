"""The changes made to FerretDB v1.24.2's source before it is built.

1. **`update` releases each statement's connection.** Its `update` command
   closes each statement's query only when the whole command ends (a `defer`
   inside the loop over statements); a query that found its document keeps its
   connection until then. So a command of N statements on stored documents
   holds N backend connections at once. On PostgreSQL the pool runs dry and the
   command waits forever for a connection it holds itself: the matcher's
   `bulk_write` of 500 `ReplaceOne`s hung FerretDB (pool 400), and 60 did with a
   pool of 20. The patch closes each statement's query once it is done.

2. **`_id` lists are handed to PostgreSQL.** FerretDB pushes down only equality
   filters; `{"_id": {"$in": ids}}` made it read the whole collection and test
   every document itself (100 ids among 3,000 documents: 113 ms), so the
   services read documents one `_id` lookup at a time, a round trip each. The
   patch turns an `_id` `$in` of up to `IN_PUSHDOWN_LIMIT` strings, ObjectIds,
   32-bit integers or booleans into `_jsonb->'_id' = ANY(ARRAY[$2::jsonb, …])`,
   which PostgreSQL answers from the B-tree index FerretDB keeps on `_id`
   (100 of 20,000 documents: about 1 ms). An OR of FerretDB's containment tests
   (`@>`, what it writes for one equality) was tried first: PostgreSQL served
   five from the GIN twins but scanned the table for a hundred (390 ms). Plain
   equality is right for `_id` only: MongoDB forbids arrays there, while for
   other fields `{"f": {"$in": [v]}}` also matches an array holding `v`, so
   those lists stay with FerretDB. Like every pushdown it is a pre-filter:
   FerretDB still tests each returned document against the whole filter.

3. **Plain strings are read without a JSON decoder.** FerretDB reads every stored
   value through a fresh `encoding/json` decoder of its own, a string included;
   decoding stored documents was the largest part of its CPU under the pipeline
   benchmark (decision 0004, addendum). A string with no backslash in it is its
   bytes between the quotes (PostgreSQL's jsonb output is valid UTF-8 and escapes
   every control character, quote and backslash), so it is taken as such; any
   other string still goes through the decoder.

`PATCH_ID` goes into the binary (`ferretdb --version` prints it as `package`),
so a binary built without these changes is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clusterlink.localinfra.errors import LocalInfraError

PATCH_ID = "clusterlink-4"

# Longer lists are filtered by FerretDB itself: the services read in chunks of a few hundred.
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
				case "$in": // ClusterLink: a list of _ids, served by the _id index
					if rootKey == "_id" {
						if f, a := filterIDIn(p, v); f != "" {
							filters = append(filters, f)
							args = append(args, a...)
						}
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
// filterIDIn (ClusterLink) returns `_id = ANY(...)` for an $in list of _ids, or "" when the
// list is empty, longer than {IN_PUSHDOWN_LIMIT}, or holds a value of another type than
// string, ObjectID, int32 or bool (jsonb equality is exact for these).
func filterIDIn(p *metadata.Placeholder, v any) (string, []any) {{
	values, ok := v.(*types.Array)
	if !ok || values.Len() == 0 || values.Len() > {IN_PUSHDOWN_LIMIT} {{
		return "", nil
	}}

	args := make([]any, 0, values.Len())

	for i := 0; i < values.Len(); i++ {{
		switch value := must.NotFail(values.Get(i)).(type) {{
		case string, types.ObjectID, int32, bool:
			args = append(args, string(must.NotFail(sjson.MarshalSingleValue(value))))
		default:
			return "", nil
		}}
	}}

	placeholders := make([]string, len(args))
	for i := range args {{
		placeholders[i] = p.Next() + "::jsonb"
	}}

	return fmt.Sprintf(
		`%s->'_id' = ANY(ARRAY[%s])`, metadata.DefaultColumn, strings.Join(placeholders, ", "),
	), args
}}

// filterEqual returns the proper SQL filter with arguments that filters documents
""",
)

_PLAIN_STRINGS = _Edit(
    "internal/handler/sjson/string.go",
    """\
	r := bytes.NewReader(data)
	dec := json.NewDecoder(r)

	var o string
""",
    """\
	// ClusterLink: a string without escapes is the bytes between its quotes.
	if n := len(data); n >= 2 && data[0] == '"' && data[n-1] == '"' && bytes.IndexByte(data[1:n-1], '\\\\') < 0 {
		*str = stringType(data[1 : n-1])
		return nil
	}

	r := bytes.NewReader(data)
	dec := json.NewDecoder(r)

	var o string
""",
)

_EDITS = (_UPDATE_RELEASES_EACH_STATEMENT, _IN_CASE, _IN_FUNCTION, _PLAIN_STRINGS)


def apply(source: Path) -> None:
    """Patch a copy of the module source in place and mark the build."""
    for edit in _EDITS:
        path = source / edit.file
        text = path.read_text(encoding="utf-8")
        if text.count(edit.before) != 1:
            raise LocalInfraError(f"{path} is not the FerretDB source this patch was written for")
        path.write_text(text.replace(edit.before, edit.after), encoding="utf-8")
    (source / "build" / "version" / "package.txt").write_text(PATCH_ID + "\n", encoding="ascii")
