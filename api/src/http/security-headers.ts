import type { RequestHandler } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';

// Headers every response carries (helmet's defaults plus these choices): no framing anywhere, no
// Referer leaving the site, a browsing-context group and resources of our own.
const common = {
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  // Set below, and only for requests that really came over TLS.
  strictTransportSecurity: false,
} as const;

/** JSON and problem+json: nothing in them may load, run or be framed. */
const apiHeaders = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
});

/**
 * The console's single-page app: only its own scripts (Vite emits no inline script). antd v5 injects
 * its CSS-in-JS as <style> elements at run time, hence 'unsafe-inline' for styles only. Evidence
 * images are shown from blob: URLs; the favicon is a data: URL.
 */
const consoleHeaders = helmet({
  ...common,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});

const hsts = strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });

// Features neither the API nor the console uses, refused to anything the page might embed or run.
const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

const isConsole = (path: string) => path === '/console' || path.startsWith('/console/');

export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    // API answers carry personal data: no cache may keep them. The console's static files set their own.
    if (!isConsole(req.path)) res.setHeader('Cache-Control', 'no-store');
    // req.secure is true only over TLS a trusted proxy (TRUST_PROXY) reports; HSTS over plain HTTP means nothing.
    if (req.secure) hsts(req, res, () => undefined);
    (isConsole(req.path) ? consoleHeaders : apiHeaders)(req, res, next);
  };
}
