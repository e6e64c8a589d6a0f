-- Search: a track's popularity, 0 to 100, blended into search ranking (artists and albums take the
-- highest of their tracks'). There are no play counts yet: tracks imported from a sample pack are
-- 0; the synthetic catalog generator writes a skewed (Zipf-like) value. When play events exist,
-- a job recomputes it from recent plays. Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE tracks ADD COLUMN popularity INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tracks ADD CONSTRAINT tracks_popularity_check CHECK (popularity >= 0 AND popularity <= 100);
