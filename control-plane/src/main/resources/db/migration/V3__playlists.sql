-- Playlists, their items and who follows them. Portable SQL: H2 (embedded default) and PostgreSQL.
-- Users are not stored here: a user is the subject of a valid access token (auth-tokens).

CREATE TABLE playlists (
    id            VARCHAR(22)              NOT NULL PRIMARY KEY,
    owner_id      VARCHAR(64)              NOT NULL,
    name          VARCHAR(200)             NOT NULL,
    description   VARCHAR(600)             NOT NULL,
    is_public     BOOLEAN                  NOT NULL,
    collaborative BOOLEAN                  NOT NULL,
    -- Optimistic concurrency: every change is UPDATE ... WHERE version = <read version>.
    version       BIGINT                   NOT NULL,
    snapshot_id   VARCHAR(32)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX playlists_owner_idx ON playlists (owner_id);

CREATE TABLE playlist_items (
    playlist_id   VARCHAR(22)              NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
    item_position INTEGER                  NOT NULL,
    track_id      VARCHAR(64)              NOT NULL REFERENCES tracks (id),
    added_by      VARCHAR(64)              NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (playlist_id, item_position),
    CHECK (item_position >= 0)
);

CREATE TABLE playlist_followers (
    playlist_id VARCHAR(22)              NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
    user_id     VARCHAR(64)              NOT NULL,
    followed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (playlist_id, user_id)
);

CREATE INDEX playlist_followers_user_idx ON playlist_followers (user_id, followed_at);
