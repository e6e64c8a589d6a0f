-- Ingestion (V4): where an ingested track came from (its content hash makes ingestion idempotent),
-- the measured sample peak of a track, and the seek index of every stored file.
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL.

-- One row per ingested track; sample-pack tracks have none. content_sha256 is the SHA-256 of the
-- uploaded or imported file's bytes, so the same file is recognised however it is named.
CREATE TABLE track_sources (
    track_id       VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES tracks (id),
    content_sha256 CHAR(64)     NOT NULL,
    original_name  VARCHAR(256) NOT NULL,
    ingested_at    TIMESTAMP    NOT NULL,
    CONSTRAINT track_sources_content_unique UNIQUE (content_sha256)
);

-- The largest absolute sample of the decoded source (linear, 1.0 = full scale), where measured.
CREATE TABLE track_peaks (
    track_id    VARCHAR(64)      NOT NULL PRIMARY KEY REFERENCES tracks (id),
    sample_peak DOUBLE PRECISION NOT NULL,
    CONSTRAINT track_peaks_range_check CHECK (sample_peak >= 0)
);

-- [[granule, byte offset], ...] as JSON text, about one point per second of audio (so ~25 bytes a
-- second: a two-hour file needs ~180 kB). Written at ingestion, or on first use for files that
-- predate this table (the sample pack, catalogs seeded before V4).
CREATE TABLE track_seek_indexes (
    track_id     VARCHAR(64)     NOT NULL,
    quality_kbps INTEGER         NOT NULL,
    points       VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (track_id, quality_kbps),
    FOREIGN KEY (track_id, quality_kbps) REFERENCES track_files (track_id, quality_kbps)
);
