// Server settings, read once at the edge from CLI flags and the environment, validated, then passed down.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const ServerConfig = z.object({
  port: z.coerce.number().int().min(1).max(65535).default(3000),
  host: z.string().default('127.0.0.1'),
  dbPath: z.string().min(1),
  /** Folder holding apps/<portal>/dist; the built portals are served from there. */
  appsDir: z.string().default(path.join(repoRoot, 'apps')),
  /**
   * Secure cookies and HSTS. Unset, they are on unless the server listens on loopback only (the plain-HTTP
   * demo): anything reachable from another machine is expected to sit behind HTTPS.
   */
  secureCookies: z.boolean().optional(),
  /**
   * Addresses (IPs or CIDR ranges, comma-separated) of reverse proxies whose X-Forwarded-For is believed. Unset,
   * the client address is the TCP peer: behind a proxy every user would then share one address for the sign-in
   * limits.
   */
  trustProxy: z.string().optional(),
  /** Calls per address and minute to the supporters portal, whose impact pages are public. */
  publicCallsPerMinute: z.coerce.number().int().positive().default(300),
  /** The largest answer one API request may get. */
  maxResponseBytes: z.number().int().positive().default(20 * 1024 * 1024),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('warn'),
  /** The organisation's name, printed on the supporters' annual summary. */
  organisationName: z.string().trim().min(1).max(120).default('Kruosar'),
  /** How often the running server signs the audit log's latest entry into the checkpoint file beside the database. */
  auditCheckpointSeconds: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Debian's Chromium, which prints the MoSVY case file to PDF (docs/printing.md). */
  chromiumPath: z.string().min(1).default('/usr/bin/chromium'),
  /** How often overdue first contacts are looked for and daily digests queued. */
  alertSweepSeconds: z.coerce.number().int().min(1).max(86_400).default(300),
  /** How often mail waiting in the outbox is sent: the longest an urgent alert waits while the mail server is up. */
  mailDeliverySeconds: z.coerce.number().int().min(1).max(3_600).default(10),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.KRUOSAR_DB ?? path.join(repoRoot, '.data', 'kruosar.db');
}

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);
export const usesHttps = (config: ServerConfig): boolean => config.secureCookies ?? !loopbackHosts.has(config.host);

/** Fastify's trustProxy: the listed proxies only, never "trust everyone". */
export const trustedProxies = (config: ServerConfig): string[] | false =>
  config.trustProxy ? config.trustProxy.split(',').map((a) => a.trim()).filter(Boolean) : false;

/** A Chromium elsewhere than Debian's, for the case file PDF; unset, the default path. */
export function chromiumPathFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CHROMIUM_PATH || undefined;
}

/** The installation's secret (64 hex characters) when it is given in the environment rather than a key file. */
export function dbKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.KRUOSAR_DB_KEY;
}
