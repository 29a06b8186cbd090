-- Moderator sessions ended by signing out. The session cookie is stateless (moderatorSession.ts),
-- so a copy of it would stay valid until it expires (12 hours) unless every instance can look up
-- that its session was ended: one row per signed-out session, kept until the session would have
-- expired anyway (then pruned), so the table holds at most 12 hours of sign-outs.
CREATE TABLE revoked_sessions (
  session_id TEXT PRIMARY KEY,
  expires_at TEXT NOT NULL
);
CREATE INDEX revoked_sessions_expiry ON revoked_sessions (expires_at);
