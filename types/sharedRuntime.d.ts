/**
 * The few host functions that every runtime running src/shared has (browsers, Web Workers, Node)
 * but that the ECMAScript library does not declare. Only src/shared/tsconfig.json includes this
 * file; everywhere else the DOM or Node types declare them in full.
 */
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(id: unknown): void;
