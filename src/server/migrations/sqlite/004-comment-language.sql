-- The site language a comment was written in (issue 14): pages in every language share the
-- English page's path and paragraph ids, so this column is what marks a French comment as French.
-- NULL means the default locale (English), which is what every earlier comment was written in.
ALTER TABLE annotations ADD COLUMN language TEXT;
