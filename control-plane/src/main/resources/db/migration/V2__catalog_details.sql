-- Catalog details for the Spotify-shaped album and artist endpoints, and a track's energy.
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL.

-- album_type is 'album', 'single' or 'compilation'; rows imported before it existed were albums.
ALTER TABLE albums ADD COLUMN album_type VARCHAR(16) DEFAULT 'album' NOT NULL;
ALTER TABLE albums ADD CONSTRAINT albums_type_check CHECK (album_type IN ('album', 'single', 'compilation'));

-- total_tracks is the number of catalog tracks on the album, written with them; backfilled here.
ALTER TABLE albums ADD COLUMN total_tracks INTEGER DEFAULT 0 NOT NULL;
UPDATE albums SET total_tracks = (SELECT COUNT(*) FROM tracks WHERE tracks.album_id = albums.id);

-- energy is a measured 0..1 intensity; NULL until ingestion measures it (the sample pack has none).
ALTER TABLE tracks ADD COLUMN energy DOUBLE PRECISION;
ALTER TABLE tracks ADD CONSTRAINT tracks_energy_check CHECK (energy IS NULL OR (energy >= 0 AND energy <= 1));

-- An artist's albums by release, and an artist's tracks (top tracks).
CREATE INDEX albums_artist_idx ON albums (artist_id, release_year);
CREATE INDEX tracks_artist_idx ON tracks (artist_id);
