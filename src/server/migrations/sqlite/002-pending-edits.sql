-- An author's edit of a published comment waits here for an editor, while the approved version
-- (body, body_html, proposed_wording) stays published and the thread stays visible. edit_body is
-- NULL when no edit is waiting.
ALTER TABLE annotations ADD COLUMN edit_body TEXT;
ALTER TABLE annotations ADD COLUMN edit_body_html TEXT;
ALTER TABLE annotations ADD COLUMN edit_proposed_wording TEXT;
ALTER TABLE annotations ADD COLUMN edit_updated_at TEXT;

-- The moderation queue also lists comments with a waiting edit.
CREATE INDEX annotations_pending_edit ON annotations (seq) WHERE edit_body IS NOT NULL;
