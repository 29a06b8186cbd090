-- Comments on paragraphs and passages. `seq` gives a total creation order (timestamps can tie).
CREATE TABLE annotations (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  page TEXT NOT NULL,
  paragraph_id TEXT NOT NULL,
  paragraph_hash TEXT NOT NULL,
  quote_exact TEXT,
  quote_prefix TEXT,
  quote_suffix TEXT,
  position_start INTEGER,
  position_end INTEGER,
  body TEXT NOT NULL,
  body_html TEXT NOT NULL,
  author_name TEXT NOT NULL,
  stakeholder TEXT NOT NULL,
  organisation TEXT,
  country TEXT,
  focus TEXT NOT NULL,
  comment_type TEXT NOT NULL,
  proposed_wording TEXT,
  visibility TEXT NOT NULL CHECK (visibility IN ('public', 'editors')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'spam')),
  parent_id TEXT,
  edit_token_hash TEXT NOT NULL,
  ip_hash TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

-- The hot read: one page's public, approved comments in creation order.
CREATE INDEX annotations_page_visible ON annotations (page, status, visibility, seq);
-- The moderation queue.
CREATE INDEX annotations_status ON annotations (status, seq);
