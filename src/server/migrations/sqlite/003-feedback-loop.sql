-- Closing the feedback loop (issue 11): what the comment was made on, editors' dispositions with
-- their history, and consultation rounds.

-- The paragraph as the commenter saw it (from the block register at write time), so exports show
-- the text "at the time of the comment" even after the Framework is revised. NULL when the site
-- had no register or the paragraph was not in it.
ALTER TABLE annotations ADD COLUMN paragraph_text TEXT;
ALTER TABLE annotations ADD COLUMN page_title TEXT;
ALTER TABLE annotations ADD COLUMN section TEXT;
-- The consultation round that was open for this paragraph when the comment was made.
ALTER TABLE annotations ADD COLUMN round_id TEXT;
CREATE INDEX annotations_round ON annotations (round_id, seq);

-- The current disposition of a comment (at most one); replaced by each new decision.
CREATE TABLE dispositions (
  annotation_id TEXT PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
  disposition TEXT NOT NULL CHECK (disposition IN ('accepted', 'partly-accepted', 'not-accepted', 'noted', 'out-of-scope', 'duplicate')),
  response TEXT NOT NULL,
  duplicate_of TEXT,
  release_label TEXT,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);

-- Every decision ever recorded, in order: who changed what, when.
CREATE TABLE disposition_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  disposition TEXT NOT NULL,
  response TEXT NOT NULL,
  duplicate_of TEXT,
  release_label TEXT,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX disposition_history_annotation ON disposition_history (annotation_id, seq);

-- Consultation rounds: a named period in which commenting is open on the whole Framework
-- (page NULL), one page, or one section of a page (section = its top-level heading).
CREATE TABLE consultation_rounds (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  page TEXT,
  section TEXT,
  opens_at TEXT NOT NULL,
  closes_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
