-- The catalog: artists, albums, tracks and one stored file per track and quality.
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL.

CREATE TABLE artists (
    id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name VARCHAR(256) NOT NULL
);

CREATE TABLE albums (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    name         VARCHAR(256) NOT NULL,
    artist_id    VARCHAR(64)  NOT NULL REFERENCES artists (id),
    release_year INTEGER      NOT NULL
);

CREATE TABLE tracks (
    id               VARCHAR(64)      NOT NULL PRIMARY KEY,
    title            VARCHAR(256)     NOT NULL,
    artist_id        VARCHAR(64)      NOT NULL REFERENCES artists (id),
    album_id         VARCHAR(64)      NOT NULL REFERENCES albums (id),
    track_number     INTEGER          NOT NULL,
    duration_ms      BIGINT           NOT NULL,
    loudness_gain_db DOUBLE PRECISION NOT NULL,
    loudness_lufs    DOUBLE PRECISION,
    tempo_bpm        DOUBLE PRECISION,
    musical_key      VARCHAR(32)
);

CREATE INDEX tracks_album_idx ON tracks (album_id, track_number);

CREATE TABLE track_files (
    track_id     VARCHAR(64)      NOT NULL REFERENCES tracks (id),
    quality_kbps INTEGER          NOT NULL,
    byte_size    BIGINT           NOT NULL,
    bitrate_kbps DOUBLE PRECISION NOT NULL,
    sample_rate  INTEGER          NOT NULL,
    channels     INTEGER          NOT NULL,
    sha256       CHAR(64)         NOT NULL,
    PRIMARY KEY (track_id, quality_kbps)
);
