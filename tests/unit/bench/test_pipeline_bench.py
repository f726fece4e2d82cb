"""The pure parts of the pipeline benchmark: its data, its stopping rules and its mail counting."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from bench.pipeline_bench import (
    PREFERENCE_CYCLE,
    ConfigResult,
    ListsSettle,
    ListsState,
    MailIndex,
    bench_profiles,
    bench_settings,
    emails_progress,
    instant_addresses,
    jsonl_chunks,
    keep_built,
    limit_line,
    link_artefacts,
    lists_agree,
    parse_mail,
    percentile,
    preference_for,
    sample_ids,
    summary,
    total_lag,
)
from clusterlink.localinfra import LocalInfraSettings

CONTRACT_FIELDS = {
    "id", "name", "sub_cluster", "stage", "province", "offers", "needs",
    "certifications", "bcg", "contact_email", "language",
}  # fmt: skip


def _mail(to: str, message_id: str, kind: str = "suggestions") -> bytes:
    return (
        f"From: ClusterLink <matches@clusterlink.example>\r\nTo: =?utf-8?b?4LiX4LiU4Liq4Lit4Lia?= <{to}>\r\n"
        f"Message-ID: {message_id}\r\nX-ClusterLink-Kind: {kind}\r\nSubject: x\r\n\r\nbody\r\n"
    ).encode()


def test_profiles_carry_every_contract_field_a_preference_and_a_unique_email() -> None:
    profiles = bench_profiles(0, 400)
    assert all(CONTRACT_FIELDS | {"notification_preference"} == set(p) for p in profiles)
    assert len({p["contact_email"] for p in profiles}) == len(profiles)
    assert len({p["id"] for p in profiles}) == len(profiles)
    assert {p["language"] for p in profiles} == {"th", "en"}
    counts = Counter(p["notification_preference"] for p in profiles)
    assert set(counts) == {"instant", "daily", "weekly", "off"}
    assert counts["instant"] / len(profiles) == PREFERENCE_CYCLE.count("instant") / len(PREFERENCE_CYCLE)


def test_a_later_batch_continues_the_same_cluster_without_reusing_an_id() -> None:
    first, more = bench_profiles(0, 100), bench_profiles(100, 150)
    assert len(more) == 50
    assert not {p["id"] for p in first} & {p["id"] for p in more}
    assert bench_profiles(0, 150)[100:] == more
    assert more[0]["notification_preference"] == preference_for(100)


def test_chunks_respect_the_line_and_byte_limits_and_keep_every_line_in_order() -> None:
    records = [{"id": f"sme-{i}", "name": "ผ้าทอ" * (i % 7)} for i in range(23)]
    chunks = jsonl_chunks(records, max_lines=5, max_bytes=200)
    assert all(c.count(b"\n") <= 5 and (len(c) <= 200 or c.count(b"\n") == 1) for c in chunks)
    lines = [json.loads(line) for c in chunks for line in c.decode().splitlines()]
    assert lines == records
    assert jsonl_chunks([], 5, 200) == []


def test_lag_counts_uncommitted_records_and_a_partition_never_committed_from_zero() -> None:
    assert total_lag({0: 10, 1: None}, {0: 12, 1: 3}) == 2 + 3
    assert total_lag({0: 9, 1: -1}, {0: 9, 1: 4}) == 4
    assert total_lag({0: 9}, {0: 9}) == 0


def test_a_group_that_never_committed_has_no_lag_to_read() -> None:
    assert total_lag({0: None, 1: -1}, {0: 5, 1: 5}) is None
    assert total_lag({}, {0: 5}) is None


def test_the_matcher_is_final_when_nothing_is_pending_and_two_reads_a_spell_apart_agree() -> None:
    settle = ListsSettle()
    settle.observe(100.0, pending=True)
    assert settle.read(101.0, ListsState(4, 10.0, 90.0), 10) is None  # events still pending
    settle.observe(110.0, pending=False)
    settle.observe(111.0, pending=False)
    assert settle.ready_since == 110.0
    assert settle.read(112.0, ListsState(4, 10.0, 109.0), 10) is None  # a first read
    assert settle.next_read(10) == 122.0
    assert settle.read(118.0, ListsState(4, 10.0, 109.0), 10) is None  # the same, but too soon
    assert settle.read(122.0, ListsState(4, 18.0, 109.0), 10) is None  # a write landed: a new spell
    assert settle.next_read(10) == 132.0
    assert settle.read(132.0, ListsState(4, 18.0, 109.0), 10) == 110.0  # unchanged a spell later


def test_the_finish_is_the_newest_list_write_and_pending_work_forgets_earlier_reads() -> None:
    settle = ListsSettle()
    settle.observe(10.0, pending=False)
    settle.read(20.0, ListsState(2, 5.0, 18.5), 10)
    settle.observe(21.0, pending=True)
    assert settle.next_read(10) == 0.0  # read again as soon as nothing is pending
    settle.observe(22.0, pending=False)
    assert settle.read(31.0, ListsState(2, 5.0, 18.5), 10) is None  # the earlier read no longer counts
    assert settle.read(41.0, ListsState(2, 5.0, 18.5), 10) == 22.0
    other = ListsSettle()
    other.observe(0.0, pending=False)
    other.read(50.0, ListsState(2, 5.0, 48.0), 10)
    assert other.read(60.0, ListsState(2, 5.0, 48.0), 10) == 48.0


def test_lists_agree_on_partners_whatever_their_order_and_a_sample_is_stable() -> None:
    assert lists_agree(["b", "a"], ["a", "b"])
    assert not lists_agree(["a", "c"], ["a", "b"])
    assert lists_agree([], [])
    ids = [f"sme-{i}" for i in range(1000)]
    assert sample_ids(ids, 50) == sample_ids(ids, 50)
    assert len(set(sample_ids(ids, 50))) == 50
    assert sample_ids(ids[:10], 50) == ids[:10]


def test_mails_are_indexed_by_address_first_arrival_and_message_id() -> None:
    index = MailIndex()
    index.add(parse_mail(_mail("A@Example.com", "<k1@x>"), 12.0))
    index.add(parse_mail(_mail("a@example.com", "<k2@x>"), 10.0))
    index.add(parse_mail(_mail("b@example.com", "<k2@x>"), 11.0))
    index.add(parse_mail(_mail("c@example.com", "<k3@x>", kind="introduction"), 9.0))
    assert index.first_suggestion_at == {"a@example.com": 10.0, "b@example.com": 11.0}
    assert index.total == 4
    assert index.duplicate_message_ids == 1


def test_the_sink_folder_is_read_once_per_file_and_partial_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "20260101T000000Z-1.eml").write_bytes(_mail("a@example.com", "<k1@x>"))
    (tmp_path / ".20260101T000001Z-2.eml.partial").write_bytes(b"To: b@example.com\r\n")
    index = MailIndex()
    assert index.scan(tmp_path) == 1
    (tmp_path / "20260101T000002Z-3.eml").write_bytes(_mail("b@example.com", "<k2@x>"))
    assert index.scan(tmp_path) == 1
    assert set(index.first_suggestion_at) == {"a@example.com", "b@example.com"}
    assert index.scan(tmp_path / "missing") == 0


def test_only_instant_recipients_are_expected_and_done_means_each_has_an_email() -> None:
    profiles = {
        "s1": {"contact_email": "S1@example.com", "notification_preference": "instant"},
        "s2": {"contact_email": "s2@example.com", "notification_preference": "daily"},
        "s3": {"contact_email": "s3@example.com"},  # the default is instant
    }
    expected = instant_addresses(["s1", "s2", "s3", "unknown"], profiles)
    assert expected == {"s1@example.com", "s3@example.com"}
    index = MailIndex()
    index.add(parse_mail(_mail("s1@example.com", "<1@x>"), 5.0))
    assert emails_progress(expected, index) == (1, 2, None)
    index.add(parse_mail(_mail("s3@example.com", "<2@x>"), 7.0))
    assert emails_progress(expected, index) == (2, 2, 7.0)
    assert emails_progress(set(), index) == (0, 0, None)


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 51.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([], 0.5) != percentile([], 0.5)  # nan


def test_artefacts_are_linked_file_by_file_so_a_rebuild_cannot_touch_the_originals(tmp_path: Path) -> None:
    source, target = tmp_path / "main", tmp_path / "bench"
    (source / "bin").mkdir(parents=True)
    (source / "bin" / "ferretdb").write_text("binary")
    (source / "kafka" / "libs").mkdir(parents=True)
    (source / "kafka" / "libs" / "kafka.jar").write_text("jar")
    (source / "kafka" / "data").mkdir()
    assert link_artefacts([source], target, ("bin", "kafka/libs", "absent")) == ["bin", "kafka/libs"]
    assert (target / "bin").is_dir() and not (target / "bin").is_symlink()
    assert (target / "bin" / "ferretdb").is_symlink()
    assert (target / "kafka" / "libs" / "kafka.jar").read_text() == "jar"
    assert not (target / "kafka" / "data").exists()  # state is never shared
    # A rebuild replaces the link, not the original.
    (target / "bin" / "ferretdb.partial").write_text("rebuilt")
    os.replace(target / "bin" / "ferretdb.partial", target / "bin" / "ferretdb")
    assert (source / "bin" / "ferretdb").read_text() == "binary"
    assert link_artefacts([source], target) == ["bin", "kafka/libs"]  # again: idempotent


def test_what_one_stack_built_is_kept_and_preferred_by_the_next(tmp_path: Path) -> None:
    main, first, store, second = (tmp_path / name for name in ("main", "first", "store", "second"))
    (main / "bin").mkdir(parents=True)
    (main / "bin" / "ferretdb").write_text("old")
    (main / "bin" / "other").write_text("tool")
    link_artefacts([main, store], first)
    (first / "bin" / "ferretdb").unlink()
    (first / "bin" / "ferretdb").write_text("new")  # built by the first stack
    assert keep_built(first, store) == 1  # the links are not copied
    link_artefacts([main, store], second)
    assert (second / "bin" / "ferretdb").read_text() == "new"
    assert (second / "bin" / "other").read_text() == "tool"


def test_bench_settings_move_every_port_and_the_folder_and_never_use_an_external_database(tmp_path: Path) -> None:
    base = LocalInfraSettings(local_dir=tmp_path / "main", external_mongodb_url="mongodb://elsewhere:27017/")
    moved = bench_settings(tmp_path / "bench", base)
    assert moved.local_dir == tmp_path / "bench"
    assert moved.external_mongodb_url is None
    ports = {name: getattr(moved, name) for name in vars(moved) if name.endswith("_port")}
    assert ports and all(getattr(base, name) != port for name, port in ports.items())
    assert len(set(ports.values())) == len(ports)


def test_the_report_names_the_busiest_process_as_the_limit() -> None:
    result = ConfigResult(size=2000, replicas=1, db_cpu_s=90.0, db_cpu_window_s=60.0, machine_cpu_s=60.0)
    result.services_cpu_s = {"registry": 3.0, "matcher": 30.0, "notifier": 57.0}
    line = limit_line(result)
    assert line.startswith("limit: database busiest at 1.50 cores")
    assert "used 3.00 of the machine's" in line
    # The notifier is one Python process at 0.95 of a core; the database is many processes and is not bound by one.
    assert "notifier is out of CPU" in line
    assert limit_line(ConfigResult(size=1, replicas=1)) == "limit: —"


def test_the_report_says_when_the_machine_or_nothing_ran_out_of_cpu_and_names_the_longest_stage() -> None:
    machine = os.cpu_count() or 1
    result = ConfigResult(size=2000, replicas=2, import_s=2.0, db_cpu_s=30.0, db_cpu_window_s=60.0)
    result.matcher.done_at = 20.0
    result.emails.done_at = 70.0
    result.services_cpu_s = {"registry": 3.0, "matcher": 12.0, "notifier": 20.0}
    assert "the machine's own CPU was not measured" in limit_line(result)
    result.machine_cpu_s = 0.5 * machine * 60.0
    line = limit_line(result)
    assert "nothing was out of CPU" in line and "the work waited on round trips" in line
    assert line.endswith("longest stage: the notifier (after the matcher's lists were final), 50.0 s")
    result.machine_cpu_s = 0.95 * machine * 60.0  # Kafka, the benchmark and other work fill the rest
    assert "the machine is out of CPU" in limit_line(result)
    result.matcher.done_at = 60.0
    result.emails.done_at = 65.0
    assert limit_line(result).endswith("longest stage: the matcher (after the import), 58.0 s")


def test_the_summary_gives_more_replicas_as_a_speed_up_over_one() -> None:
    one = ConfigResult(size=2000, replicas=1)
    one.matcher.done_at, one.emails.done_at = 20.0, 60.0
    two = ConfigResult(size=2000, replicas=2)
    two.matcher.done_at, two.emails.done_at = 15.0, 80.0
    other = ConfigResult(size=500, replicas=2)  # no one-replica run of its size: no ratio
    other.matcher.done_at, other.emails.done_at = 5.0, 9.0
    text = summary([one, two, other])
    assert "2,000: 2 replicas end to end 0.75x as fast as 1 replica" in text
    assert "    500:" not in text
