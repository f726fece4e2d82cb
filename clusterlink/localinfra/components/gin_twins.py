"""GIN twins of FerretDB's indexes, kept by PostgreSQL itself (an event trigger).

FerretDB 1.24 (postgresql backend) filters with `_jsonb->$1 @> $2` (`_jsonb #> $1 @> $2`
for a dotted path) but indexes with btree on `((_jsonb->'f'))`, which `@>` cannot
use: every filtered read scans the table. For each btree column FerretDB creates on
such an expression, its `_id_` index included, the trigger below adds a GIN index
on the expression its filters use: `(_jsonb -> 'f')`, or `(_jsonb #> '{a,b}')` for
a path. A compound index gets one GIN per field (a one-field GIN also serves
filters on that field alone, and twins are shared by indexes on the same field).
The btree stays: it enforces `unique` and serves FerretDB's updates and deletes,
which match `_jsonb->'_id' = $1`.

Twins are named `<table>_<hash of the expression>_gin`, never like FerretDB's
`…_idx`, and are dropped again when no btree on the table needs them any more.
FerretDB neither lists nor knows them. Creating a GIN index fires the trigger
again; it returns at once for anything that is not a btree, so it cannot recurse.
Only CREATE INDEX matters: FerretDB's CREATE TABLE never declares an index.
"""

from __future__ import annotations

EVENT_TRIGGER = "clusterlink_gin_twins"

# Idempotent; run in one transaction in every database FerretDB uses.
INSTALL_SQL = r"""
CREATE OR REPLACE FUNCTION public.clusterlink_gin_target(index_expr text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $fn$
DECLARE
    keys text[];
BEGIN
    -- FerretDB's index expressions, as PostgreSQL prints them back:
    -- ((_jsonb -> 'f'::text)) and (((_jsonb -> 'a'::text) -> 'b'::text)).
    IF index_expr !~ '^\(*_jsonb( -> ''([^'']|'''')*''::text\)*)+$' THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(replace(m[1], '''''', '''') ORDER BY n) INTO keys
      FROM regexp_matches(index_expr, '''((?:[^'']|'''')*)''::text', 'g') WITH ORDINALITY AS r(m, n);
    IF cardinality(keys) = 1 THEN
        RETURN format('(_jsonb -> %L::text)', keys[1]);
    END IF;
    RETURN format('(_jsonb #> %L::text[])', keys::text);
END
$fn$;

CREATE OR REPLACE FUNCTION public.clusterlink_gin_name(table_name text, target text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $fn$
    SELECT left(table_name, 40) || '_' || left(md5(target), 8) || '_gin'
$fn$;

-- The GIN twins the btree indexes of one table call for: (name, expression).
CREATE OR REPLACE FUNCTION public.clusterlink_gin_wanted(table_oid oid)
RETURNS TABLE (twin_name text, target text)
LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$
    SELECT DISTINCT public.clusterlink_gin_name(t.relname, w.target), w.target
      FROM pg_class t
      JOIN pg_index i ON i.indrelid = t.oid
      JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am am ON am.oid = c.relam AND am.amname = 'btree'
      CROSS JOIN LATERAL generate_series(1, i.indnatts) AS col
      CROSS JOIN LATERAL (SELECT public.clusterlink_gin_target(pg_get_indexdef(i.indexrelid, col, false))) AS w(target)
     WHERE t.oid = table_oid
       AND t.relname NOT LIKE '\_ferretdb\_%'  -- FerretDB's own metadata: read by btree equality
       AND w.target IS NOT NULL
$fn$;

-- Make one table's twins match its btree indexes: create the missing, drop the orphaned.
CREATE OR REPLACE FUNCTION public.clusterlink_gin_sync(table_oid oid) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $fn$
DECLARE
    schema_name text;
    table_name text;
    twin record;
BEGIN
    SELECT n.nspname, t.relname INTO schema_name, table_name
      FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE t.oid = table_oid;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    FOR twin IN
        SELECT w.* FROM public.clusterlink_gin_wanted(table_oid) AS w
         WHERE to_regclass(format('%I.%I', schema_name, w.twin_name)) IS NULL
    LOOP
        -- fastupdate off: a pending list is scanned by every lookup (1.6 ms instead of 0.02 ms
        -- after 50,000 inserts) and writes here are small; jsonb_path_ops serves `@>` alone, smaller.
        EXECUTE format('CREATE INDEX %I ON %I.%I USING gin (%s jsonb_path_ops) WITH (fastupdate = off)',
                       twin.twin_name, schema_name, table_name, twin.target);
    END LOOP;
    FOR twin IN
        SELECT c.relname AS twin_name
          FROM pg_index i
          JOIN pg_class c ON c.oid = i.indexrelid
          JOIN pg_am am ON am.oid = c.relam AND am.amname = 'gin'
         WHERE i.indrelid = table_oid
           AND c.relname ~ '_[0-9a-f]{8}_gin$'
           AND c.relname NOT IN (SELECT w.twin_name FROM public.clusterlink_gin_wanted(table_oid) AS w)
    LOOP
        EXECUTE format('DROP INDEX %I.%I', schema_name, twin.twin_name);
    END LOOP;
END
$fn$;

-- Every FerretDB table: for databases that existed before the trigger.
CREATE OR REPLACE FUNCTION public.clusterlink_gin_sync_all() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $fn$
DECLARE
    table_oid oid;
BEGIN
    FOR table_oid IN
        SELECT t.oid FROM pg_class t
         WHERE t.relkind = 'r'
           AND EXISTS (SELECT 1 FROM pg_class m
                        WHERE m.relnamespace = t.relnamespace AND m.relname = '_ferretdb_database_metadata')
    LOOP
        PERFORM public.clusterlink_gin_sync(table_oid);
    END LOOP;
END
$fn$;

CREATE OR REPLACE FUNCTION public.clusterlink_gin_on_create() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $fn$
DECLARE
    table_oid oid;
BEGIN
    FOR table_oid IN
        SELECT DISTINCT i.indrelid
          FROM pg_event_trigger_ddl_commands() AS cmd
          JOIN pg_index i ON i.indexrelid = cmd.objid
          JOIN pg_class c ON c.oid = cmd.objid
          JOIN pg_am am ON am.oid = c.relam AND am.amname = 'btree'  -- a twin's own creation ends here
         WHERE cmd.object_type = 'index'
    LOOP
        PERFORM public.clusterlink_gin_sync(table_oid);
    END LOOP;
END
$fn$;

CREATE OR REPLACE FUNCTION public.clusterlink_gin_on_drop() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $fn$
DECLARE
    table_oid oid;
BEGIN
    -- A dropped index no longer names its table: look again at every table of its schema.
    FOR table_oid IN
        SELECT DISTINCT t.oid
          FROM pg_event_trigger_dropped_objects() AS d
          JOIN pg_namespace n ON n.nspname = d.schema_name
          JOIN pg_class t ON t.relnamespace = n.oid AND t.relkind = 'r'
         WHERE d.object_type = 'index' AND d.original AND d.object_name !~ '_[0-9a-f]{8}_gin$'
    LOOP
        PERFORM public.clusterlink_gin_sync(table_oid);
    END LOOP;
END
$fn$;

DROP EVENT TRIGGER IF EXISTS clusterlink_gin_twins;
CREATE EVENT TRIGGER clusterlink_gin_twins ON ddl_command_end WHEN TAG IN ('CREATE INDEX')
    EXECUTE FUNCTION public.clusterlink_gin_on_create();
DROP EVENT TRIGGER IF EXISTS clusterlink_gin_twins_drop;
CREATE EVENT TRIGGER clusterlink_gin_twins_drop ON sql_drop WHEN TAG IN ('DROP INDEX')
    EXECUTE FUNCTION public.clusterlink_gin_on_drop();

SELECT public.clusterlink_gin_sync_all();
"""
