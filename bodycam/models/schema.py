"""Schema versions. Each migration runs once, in its own transaction, in order.

The version lives in SQLite's ``PRAGMA user_version``, so a database made by an older release is
upgraded in place when it is opened, and one made by a newer release is refused instead of being
damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..core.errors import SchemaTooNew

Migration = Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``executescript`` would commit the open transaction first, which would let a half-applied
    migration be recorded; this splits the script at statement boundaries instead.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {pending!r}")


def _v1_foundation(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            title TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE TABLE footage (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256 TEXT NOT NULL UNIQUE,
            original_name TEXT NOT NULL,
            original_path TEXT NOT NULL,
            size INTEGER NOT NULL,
            container TEXT,
            duration REAL,
            fps REAL,
            width INTEGER,
            height INTEGER,
            video_codec TEXT,
            audio_codec TEXT,
            audio_channels INTEGER,
            audio_sample_rate INTEGER,
            recorded_at TEXT,
            device TEXT,
            probe TEXT,
            incident_id TEXT REFERENCES incidents(id),
            officer TEXT,
            ingested_at TEXT NOT NULL,
            ingested_by TEXT NOT NULL,
            status TEXT NOT NULL,
            status_detail TEXT
        );
        CREATE INDEX footage_incident ON footage(incident_id, recorded_at);
        CREATE TABLE derived_files (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            kind TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            source_sha256 TEXT NOT NULL,
            params TEXT NOT NULL,
            tools TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (footage_id, kind)
        );
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            footage_id INTEGER REFERENCES footage(id),
            payload TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            progress REAL NOT NULL DEFAULT 0,
            progress_detail TEXT,
            worker TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            started_at TEXT,
            heartbeat_at TEXT,
            finished_at TEXT
        );
        CREATE INDEX jobs_state ON jobs(state, id);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        -- Append-only at the database level too. The hash chain still catches anyone who drops
        -- these triggers and edits the file directly.
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """,
    )


def _v2_transcripts(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE transcripts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            job_id INTEGER REFERENCES jobs(id),
            created_at TEXT NOT NULL,
            audio_sha256 TEXT NOT NULL,
            asr_model TEXT NOT NULL,
            diarization TEXT NOT NULL,
            provenance TEXT NOT NULL,
            speech TEXT NOT NULL,
            UNIQUE (job_id)
        );
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            label TEXT NOT NULL,
            machine_label TEXT NOT NULL,
            embedding BLOB,
            level_db REAL,
            wearer_suggestion REAL,
            name TEXT,
            role TEXT NOT NULL DEFAULT 'unknown'
                CHECK (role IN ('officer', 'civilian', 'dispatch', 'other', 'unknown')),
            wearer_confirmed INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT,
            updated_by TEXT
        );
        CREATE INDEX speakers_footage ON speakers(footage_id);
        CREATE TABLE turns (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            start REAL NOT NULL,
            "end" REAL NOT NULL
        );
        CREATE INDEX turns_transcript ON turns(transcript_id, start);
        -- Segments are never edited. A correction is a revision that adds new segments and
        -- records which ones they supersede, so the machine's output and every person's edit
        -- stay readable.
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            kind TEXT NOT NULL CHECK (kind IN ('text', 'speaker', 'split', 'merge')),
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            note TEXT
        );
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            avg_logprob REAL,
            no_speech_prob REAL,
            revision_id INTEGER REFERENCES revisions(id),
            text_from_machine INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX segments_transcript ON segments(transcript_id, start);
        CREATE TABLE superseded (
            segment_id INTEGER PRIMARY KEY REFERENCES segments(id),
            revision_id INTEGER NOT NULL REFERENCES revisions(id)
        );
        CREATE TABLE words (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            segment_id INTEGER NOT NULL REFERENCES segments(id),
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            word TEXT NOT NULL,
            probability REAL NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id)
        );
        CREATE INDEX words_transcript ON words(transcript_id, start);
        -- Written out rather than with sqlite-utils' enable_fts: that runs executescript, which
        -- would commit in the middle of the migration. Same table name, so its search() works.
        CREATE VIRTUAL TABLE segments_fts USING fts5(
            text, content='segments', content_rowid='id', tokenize='porter unicode61'
        );
        CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
            INSERT INTO segments_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER segments_no_update BEFORE UPDATE ON segments
        BEGIN SELECT RAISE(ABORT, 'segments are immutable: add a revision'); END;
        """,
    )


def _v3_review(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- Every codebook version ever used, verbatim, so a tag always resolves to the
        -- definitions its coder saw.
        CREATE TABLE codebooks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            codebook TEXT NOT NULL,
            version TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            content TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (codebook, version)
        );
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            codebook_id INTEGER NOT NULL REFERENCES codebooks(id),
            code TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'point' CHECK (kind IN ('point', 'interval')),
            start REAL NOT NULL CHECK (start >= 0),
            "end" REAL CHECK ("end" IS NULL OR "end" >= start),
            actor TEXT CHECK (actor IS NULL OR actor IN ('officer', 'civilian', 'other')),
            speaker_id INTEGER REFERENCES speakers(id),
            intensity INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 1 AND 5),
            confidence TEXT CHECK (confidence IS NULL OR confidence IN
                ('certain', 'probable', 'possible', 'not_observable')),
            notes TEXT,
            source TEXT NOT NULL DEFAULT 'human' CHECK (source IN ('human', 'machine')),
            confirmed_by TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT,
            updated_at TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            deleted_by TEXT,
            deleted_at TEXT
        );
        CREATE INDEX tags_footage ON tags(footage_id, start);
        CREATE TABLE encounter_forms (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL UNIQUE REFERENCES footage(id),
            codebook_id INTEGER NOT NULL REFERENCES codebooks(id),
            answers TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT,
            updated_at TEXT
        );
        """,
    )


def _v4_accounts(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- Roles are checked in Python against core.vocabulary.USER_ROLES (one definition), not
        -- by a CHECK here that a later role would have to migrate.
        CREATE TABLE users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL,
            units TEXT NOT NULL DEFAULT '[]',
            disabled INTEGER NOT NULL DEFAULT 0,
            password_hash TEXT,
            sso INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT,
            updated_by TEXT
        );
        -- Every sign-in attempt, for throttling; each row is audited like any other write.
        CREATE TABLE login_attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            name TEXT NOT NULL COLLATE NOCASE,
            client TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'throttled'))
        );
        CREATE INDEX login_attempts_name ON login_attempts(name, at);
        CREATE INDEX login_attempts_client ON login_attempts(client, at);
        -- Only the SHA-256 of a session token is kept: a copy of the database opens no session.
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            token_hash TEXT NOT NULL UNIQUE,
            user_id INTEGER NOT NULL REFERENCES users(id),
            client TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            ended_at TEXT,
            end_reason TEXT
        );
        -- The unit that recorded the footage scopes what a supervisor may see.
        ALTER TABLE footage ADD COLUMN unit TEXT;
        """,
    )


def _v5_tag_subject(conn: sqlite3.Connection) -> None:
    """A tag's ``actor`` meant who the tag is about; ``actor`` elsewhere is the user acting
    (#8). SQLite rewrites the column's CHECK constraint with the rename. Audit entries written
    before this keep the old name in their details: the log is append-only and hash-chained."""
    conn.execute("ALTER TABLE tags RENAME COLUMN actor TO subject")


def _v6_coding_assignments(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- Research coding (issue #13): who codes which footage, by when, blind or not. A coder's
        -- tags are the tags they created (tags.created_by) on that footage.
        CREATE TABLE coding_assignments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            coder TEXT NOT NULL COLLATE NOCASE,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            due_date TEXT,
            blind INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'assigned'
                CHECK (status IN ('assigned', 'submitted', 'reopened')),
            submitted_at TEXT,
            UNIQUE (footage_id, coder)
        );
        CREATE INDEX coding_assignments_coder ON coding_assignments(coder, status);
        """,
    )


def _v7_removed_text(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- Text the speech-recognition guards took out of a machine transcript (invented on
        -- silence, sound captions, the extra copies of a decoding loop). Kept so a reviewer
        -- sees what was removed, where and why; never part of the transcript or its search.
        CREATE TABLE removed_text (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX removed_text_transcript ON removed_text(transcript_id, start);
        """,
    )


def _v8_suggestions(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- Machine-proposed moments (issue 15). Never tags: a person's yes turns one into a tag
        -- (tags.source = 'machine', tags.confirmed_by) in the same change that sets status.
        -- Rejected rows are kept with who rejected them, so precision is measured over time.
        CREATE TABLE suggestions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            revision_id INTEGER REFERENCES revisions(id),
            codebook_id INTEGER NOT NULL REFERENCES codebooks(id),
            code TEXT NOT NULL,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            score REAL NOT NULL,
            detector TEXT NOT NULL,
            evidence TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'confirmed', 'rejected', 'skipped')),
            edited INTEGER NOT NULL DEFAULT 0,
            decided_by TEXT,
            decided_at TEXT,
            tag_id INTEGER REFERENCES tags(id),
            created_at TEXT NOT NULL,
            CHECK ((status = 'confirmed') = (tag_id IS NOT NULL))
        );
        CREATE INDEX suggestions_footage ON suggestions(footage_id, status, start);
        CREATE INDEX suggestions_status ON suggestions(status, footage_id);
        -- The last detector run per footage: notices, summary measures and the per-second
        -- tension curve, JSON.
        CREATE TABLE suggestion_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL UNIQUE REFERENCES footage(id),
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
            revision_id INTEGER REFERENCES revisions(id),
            codebook_id INTEGER NOT NULL REFERENCES codebooks(id),
            notices TEXT NOT NULL,
            summary TEXT NOT NULL,
            tension TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        """,
    )


def _v9_debrief(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- Debrief (issue #12). A clip is a derivative of evidence: it records the source's
        -- hash, times, the transcript revision its captions came from and how it was cut.
        -- request_key (SHA-256 of source hash, times, options, transcript revision) makes the
        -- same request reuse the first clip.
        CREATE TABLE clips (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            footage_id INTEGER NOT NULL REFERENCES footage(id),
            tag_id INTEGER REFERENCES tags(id),
            request_key TEXT NOT NULL UNIQUE,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            options TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('copy', 'accurate')),
            path TEXT NOT NULL,
            captions_path TEXT,
            sha256 TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            redacted INTEGER NOT NULL DEFAULT 0,
            provenance TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX clips_footage ON clips(footage_id);
        CREATE TABLE debrief_sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            audience TEXT,
            objectives TEXT NOT NULL DEFAULT '[]',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT
        );
        -- An item names its moment (tag, padding, options); clip_id is filled once rendered.
        CREATE TABLE debrief_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES debrief_sessions(id),
            position INTEGER NOT NULL,
            tag_id INTEGER NOT NULL REFERENCES tags(id),
            clip_options TEXT NOT NULL DEFAULT '{}',
            clip_id INTEGER REFERENCES clips(id),
            notes TEXT NOT NULL DEFAULT '',
            prompts TEXT NOT NULL DEFAULT '[]',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX debrief_items_session ON debrief_items(session_id, position);
        """,
    )


MIGRATIONS: list[Migration] = [
    _v1_foundation,
    _v2_transcripts,
    _v3_review,
    _v4_accounts,
    _v5_tag_subject,
    _v6_coding_assignments,
    _v7_removed_text,
    _v8_suggestions,
    _v9_debrief,
]


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> int:
    """Bring the database up to the newest schema this release knows. Returns the new version.

    Args:
        conn: a connection in autocommit mode (``isolation_level=None``).
        migrations: the list to apply; tests pass a prefix to build an older database.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    target = len(migrations)
    version = current_version(conn)
    if version > len(MIGRATIONS):
        raise SchemaTooNew(
            f"database schema version {version} is newer than this release supports "
            f"({len(MIGRATIONS)}): upgrade bodycam-review"
        )
    while version < target:
        # IMMEDIATE takes the write lock first, so two processes opening an old database at
        # once cannot both apply the same step; the version is read again under the lock.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = current_version(conn)
            if version >= target:
                conn.execute("COMMIT")
                break
            migrations[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return current_version(conn)
