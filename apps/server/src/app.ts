// The HTTP server: three tRPC endpoints, the three built portals, a landing page and /health.
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createSignInLimiter, portalRouters } from '@kruosar/api';
import { deleteExpiredSessions, purgeSignInThrottle, type Db } from '@kruosar/db';
import { portals, type Portal } from '@kruosar/domain';
import { trustedProxies, usesHttps, type ServerConfig } from './config';
import { maxBatchCalls, registerApiGuards } from './api-guards';
import { registerCaseFilePdf } from './case-file-pdf';
import { registerReceiptPdf } from './receipt-pdf';
import { createPagePrinter } from './print-page';
import { createContextFactory } from './context';
import { landingPage } from './landing';
import { startAlertTimers } from './mail';

export async function buildServer(config: ServerConfig, db: Db): Promise<FastifyInstance> {
  const secure = usesHttps(config);
  const app = Fastify({ logger: { level: config.logLevel }, trustProxy: trustedProxies(config), routerOptions: { maxParamLength: 5000 }, bodyLimit: 1024 * 1024 });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Plain-HTTP demo on loopback: HSTS only makes sense behind HTTPS, which any other address is assumed to be.
    hsts: secure,
  });

  registerApiGuards(app, { publicCallsPerMinute: config.publicCallsPerMinute, maxResponseBytes: config.maxResponseBytes });
  const signInLimiter = createSignInLimiter();
  for (const portal of portals) {
    await app.register(fastifyTRPCPlugin, {
      prefix: `/api/${portal}`,
      trpcOptions: {
        router: portalRouters[portal],
        // One request may not carry more work than a page needs: a batch of 300 calls once blocked /health.
        maxBatchSize: maxBatchCalls,
        // Queries may come as POST, so a name typed in the search box travels in the body, never in a logged URL.
        allowMethodOverride: true,
        createContext: createContextFactory({ db, portal, signInLimiter, secureCookies: secure, organisationName: config.organisationName }),
        onError: ({ error, path: procedure }: { error: { code: string; cause?: unknown }; path?: string }) => {
          if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ procedure, err: error.cause ?? error }, 'procedure failed');
        },
      },
    });
  }

  const printer = createPagePrinter(app);
  registerCaseFilePdf(app, { db, signInLimiter, secureCookies: secure, chromiumPath: config.chromiumPath, organisationName: config.organisationName, staffDist: distDir(config, 'staff'), printer });
  registerReceiptPdf(app, { db, signInLimiter, secureCookies: secure, chromiumPath: config.chromiumPath, organisationName: config.organisationName, supportersDist: distDir(config, 'supporters'), printer });

  // Expired sessions and old sign-in counters go at start and every hour, so neither table only grows.
  const purgeExpired = () => {
    const now = new Date();
    deleteExpiredSessions(db, now);
    purgeSignInThrottle(db, now);
  };
  purgeExpired();
  const purgeTimer = setInterval(purgeExpired, 60 * 60_000).unref();
  app.addHook('onClose', async () => clearInterval(purgeTimer));

  // Overdue first contacts and daily digests are swept at start and on a timer; the mail outbox is delivered often.
  const alerts = startAlertTimers(db, { sweepSeconds: config.alertSweepSeconds, deliverSeconds: config.mailDeliverySeconds, onError: (err) => app.log.error({ err }, 'alerts failed') });
  app.addHook('onClose', async () => alerts.stop());

  app.get('/health', async () => ({ ok: true }));
  app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(landingPage(portalsBuilt(config))));

  let first = true;
  for (const portal of portals) {
    const root = distDir(config, portal);
    if (!existsSync(root)) continue;
    // preCompressed: a build's .br/.gz copies (the hive writes them) go to browsers that accept them.
    await app.register(fastifyStatic, {
      root, prefix: `/${portal}/`, decorateReply: first, index: ['index.html'], wildcard: true, preCompressed: true,
      // Vite names everything under assets/ by its content hash: a browser keeps those for a year and never asks
      // again. Everything else (index.html, the hive's service worker) is checked on every load, so a release shows.
      cacheControl: false,
      setHeaders: (reply, file) => void reply.header('cache-control', hashedAsset(root, file) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    first = false;
  }
  // Client-side routes of a portal (e.g. /staff/cases/123) get its index.html; everything else is a 404.
  app.setNotFoundHandler(async (req, reply) => {
    const portal = portals.find((p) => req.url === `/${p}` || req.url.startsWith(`/${p}/`));
    if (req.method === 'GET' && portal && existsSync(path.join(distDir(config, portal), 'index.html')) && !path.extname(req.url.split('?')[0]!)) {
      return reply.sendFile('index.html', distDir(config, portal));
    }
    if (portal && !existsSync(distDir(config, portal))) {
      return reply.code(503).type('text/plain').send(`The ${portal} portal is not built. Run: pnpm build`);
    }
    return reply.code(404).send({ error: 'Not found' });
  });
  return app;
}

const hashedAsset = (root: string, file: string) => path.relative(root, file).split(path.sep)[0] === 'assets';
const distDir = (config: ServerConfig, portal: Portal) => path.join(config.appsDir, portal, 'dist');
const portalsBuilt = (config: ServerConfig) => Object.fromEntries(portals.map((p) => [p, existsSync(distDir(config, p))])) as Record<Portal, boolean>;
