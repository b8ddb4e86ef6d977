/**
 * The SES emulator (aws-ses-v2-local): accepts SES v1 and v2 sends and shows every email on
 * its inbox page. Its store lives in memory, in module state; with `storeFile` each email is
 * also appended to a JSON Lines file (json-lines.ts) and the file is loaded again on start,
 * so the inbox still shows the reminders sent before a restart (and a test can check that
 * none was sent twice). Appending costs the same at the ten-thousandth email as at the first.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer, type Socket } from 'node:net';
import { closeServer, listen } from './http';
import { JsonLinesFile, legacyJsonFile, readJsonLines, removeLegacy } from './json-lines';

export interface SesLocalOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Keeps the captured emails in this JSON Lines file (`.jsonl`) across restarts. */
  storeFile?: string;
}

export interface SesLocal {
  /** The SES endpoint; its inbox page is at this URL and `GET <url>/store` lists the emails. */
  url: string;
  port: number;
  /**
   * For fault tests: `down` refuses connections (SES unreachable), `hanging` accepts them and
   * never answers (SES slow past every time limit), `up` serves again on the same port.
   */
  setMode(mode: SesMode): Promise<void>;
  stop(): Promise<void>;
}

export type SesMode = 'up' | 'down' | 'hanging';

/** An email as the emulator captures it (the fields this project reads). */
export interface CapturedEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  /** Epoch seconds. */
  at: number;
}

interface EmulatorStore {
  saveEmail: (email: CapturedEmail) => void;
  getStoreReadonly: () => { emails: CapturedEmail[] };
}

// Loaded with require so that we share the module instance (and its store) with the server.
const require = createRequire(import.meta.url);
const serve = (require('aws-ses-v2-local') as { default: (config: { host: string; port: number }) => Promise<Server> })
  .default;
const emulatorStore = require('aws-ses-v2-local/dist/store.js') as EmulatorStore;

export async function startSesLocal(options: SesLocalOptions = {}): Promise<SesLocal> {
  const host = options.host ?? '127.0.0.1';
  const stopPersisting = options.storeFile ? persistStore(options.storeFile) : () => {};
  const server = await serve({ host, port: options.port ?? 0 });
  const address = server.address();
  // Express 5 hands a listen error to the callback, so the emulator resolves regardless.
  if (!server.listening || typeof address !== 'object' || !address) {
    stopPersisting();
    throw new Error(`The SES emulator could not listen on ${host}:${options.port ?? 0} (is the port in use?)`);
  }
  const { port } = address;
  let mode: SesMode = 'up';
  // Connections a hanging SES accepted: closed when it comes back, as a real timeout would.
  const held = new Set<Socket>();
  const silent = createNetServer((socket) => {
    held.add(socket);
    socket.on('close', () => held.delete(socket));
  });
  const leave = async (from: SesMode) => {
    if (from === 'up') await closeServer(server);
    if (from === 'hanging') {
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  };
  const enter = async (to: SesMode) => {
    if (to === 'up') await listen(server, port, host);
    if (to === 'hanging') await new Promise<void>((resolve) => silent.listen(port, host, () => resolve()));
  };
  return {
    url: `http://${host}:${port}`,
    port,
    setMode: async (next) => {
      if (next === mode) return;
      await leave(mode);
      await enter(next);
      mode = next;
    },
    stop: async () => {
      stopPersisting();
      await leave(mode);
      mode = 'down';
    },
  };
}

function persistStore(file: string): () => void {
  const legacy = legacyJsonFile(file);
  const emails = [...(legacy ? readLegacyEmails(legacy) : []), ...readJsonLines<CapturedEmail>(file)];
  const log = new JsonLinesFile<CapturedEmail>(file);
  if (legacy) log.rewrite(emails);
  removeLegacy(legacy);
  const store = emulatorStore.getStoreReadonly();
  store.emails.splice(0, store.emails.length, ...emails);
  const original = emulatorStore.saveEmail;
  emulatorStore.saveEmail = (email) => {
    original(email);
    log.append(email);
  };
  return () => {
    emulatorStore.saveEmail = original;
  };
}

/** The earlier format: `{ emails: [...] }` rewritten whole on every email. */
function readLegacyEmails(file: string): CapturedEmail[] {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { emails?: CapturedEmail[] };
    return Array.isArray(parsed.emails) ? parsed.emails : [];
  } catch (error) {
    throw new Error(`The inbox file ${file} could not be read`, { cause: error });
  }
}
