"""The one change made to FerretDB v1.24.2's source before it is built.

Its `update` command closes each statement's query only when the whole command
ends (a `defer` inside the loop over statements); a query that found its
document keeps its connection until then. So a command of N statements on
stored documents holds N backend connections at once. On SQLite those are N
more connections; on PostgreSQL the pool runs dry and the command waits forever
for a connection it holds itself: the matcher's `bulk_write` of 500
`ReplaceOne`s hung FerretDB (pool 400), and 60 did with a pool of 20. The patch
closes each statement's query once the statement is done.

`PATCH_ID` goes into the binary (`ferretdb --version` prints it as `package`),
so a binary built without this change is rebuilt.
"""

from __future__ import annotations

from pathlib import Path

from clusterlink.localinfra.errors import LocalInfraError

PATCH_ID = "clusterlink-1"

_FILE = Path("internal/handler/msg_update.go")
_BEFORE = """\
		closer := iterator.NewMultiCloser()
		defer closer.Close()

		closer.Add(res.Iter)

		iter := common.FilterIterator(res.Iter, closer, u.Filter)

		if !u.Multi {
			iter = common.LimitIterator(iter, closer, 1)
		}

		result, err := common.UpdateDocument(ctx, c, "update", iter, &u)
"""
_AFTER = """\
		closer := iterator.NewMultiCloser()

		closer.Add(res.Iter)

		iter := common.FilterIterator(res.Iter, closer, u.Filter)

		if !u.Multi {
			iter = common.LimitIterator(iter, closer, 1)
		}

		result, err := common.UpdateDocument(ctx, c, "update", iter, &u)
		closer.Close() // ClusterLink: release this statement's connection before the next statement
"""


def apply(source: Path) -> None:
    """Patch a copy of the module source in place and mark the build."""
    path = source / _FILE
    text = path.read_text(encoding="utf-8")
    if text.count(_BEFORE) != 1:
        raise LocalInfraError(f"{path} is not the FerretDB source this patch was written for")
    path.write_text(text.replace(_BEFORE, _AFTER), encoding="utf-8")
    (source / "build" / "version" / "package.txt").write_text(PATCH_ID + "\n", encoding="ascii")
