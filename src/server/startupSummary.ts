/**
 * The start-up summary printed when the service runs in a terminal: what to open, where to
 * moderate and with which token, which database, and who can reach it. Production (no terminal)
 * gets JSON log lines instead; see main.ts.
 *
 * Pure: builds text from facts, so it is tested with plain strings.
 */

export interface StartupFacts {
  /** Address to open in a browser on this machine, e.g. http://localhost:3000. */
  localUrl: string;
  publicOrigin: string;
  host: string;
  port: number;
  /** Set when MODERATOR_TOKEN was not: the token generated for this run. */
  generatedToken?: string;
  /** `SQLite in <file>` or `PostgreSQL <host/db>` (no password). */
  database: string;
  premoderation: boolean;
  /** A warning to repeat in the summary (e.g. the PUBLIC_ORIGIN mismatch). */
  warnings: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The address to open in a browser on this machine for a HOST and PORT. */
export function localUrl(host: string, port: number): string {
  const name = LOOPBACK.has(host) || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** `postgres://user:secret@db.example:5432/fw` → `db.example:5432/fw`: never print a password. */
export function describeDatabase(databaseUrl: string, sqliteFile: string): string {
  if (!databaseUrl) return `SQLite, ${sqliteFile}`;
  try {
    const url = new URL(databaseUrl);
    return `PostgreSQL, ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/**
 * The log level to run with: LOG_LEVEL when it is set; otherwise `warn` in a terminal (request lines
 * must not bury the summary) and the configured default (`info`) without one, for log collectors.
 */
export function logLevelFor<Level extends string>(
  configured: Level,
  setInEnvironment: boolean,
  terminal: boolean,
): Level | 'warn' {
  return terminal && !setInEnvironment ? 'warn' : configured;
}

/** Lines of at most `width` characters, broken between words, each after `indent`. */
function wrap(text: string, indent: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, indent + line] : lines;
}

/** The summary, as lines of text without colours. */
export function startupSummary(facts: StartupFacts): string {
  const exposed = !LOOPBACK.has(facts.host);
  const lines = [
    '',
    'Copenhagen Framework knowledge base: the site and the comment service are running.',
    '',
    `  Open the site      ${facts.localUrl}`,
    `  Moderate comments  ${facts.localUrl}/moderate`,
    facts.generatedToken
      ? `  Moderator token    ${facts.generatedToken}\n` +
        '                     (made for this run only; to keep one across restarts, start with\n' +
        '                     MODERATOR_TOKEN=<16 or more characters> in the environment)'
      : '  Moderator token    the MODERATOR_TOKEN you set',
    `  Database           ${facts.database}`,
    `  New comments       ${facts.premoderation ? 'wait for an editor (PREMODERATION=true)' : 'are published at once (PREMODERATION=false)'}`,
    exposed
      ? `  Reachable from     other machines too (HOST=${facts.host}); readers use ${facts.publicOrigin}`
      : `  Reachable from     this machine only (HOST=${facts.host}); HOST=0.0.0.0 lets other machines in`,
    ...(facts.publicOrigin === facts.localUrl ? [] : [`  Public origin      ${facts.publicOrigin} (PUBLIC_ORIGIN)`]),
    '',
    // Wrapped between words: a terminal would break a long warning inside an address.
    ...facts.warnings.flatMap((warning) => wrap(`Warning: ${warning}`, '  ')),
    ...(facts.warnings.length ? [''] : []),
    '  Stop with Ctrl+C. Warnings and errors appear below; LOG_LEVEL=info shows more.',
    '',
  ];
  return `${lines.join('\n')}\n`;
}
