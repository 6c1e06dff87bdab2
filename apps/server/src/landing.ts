// The page at `/`: links to the three portals, in English and Khmer.
import type { Portal } from '@kruosar/domain';

const portalText: Record<Portal, { en: string; km: string; who: string }> = {
  staff: { en: 'Staff', km: 'បុគ្គលិក', who: 'Caseworkers, supervisors, analysts and administrators' },
  hive: { en: 'Village Hive', km: 'សំបុកឃ្មុំភូមិ', who: 'Commune volunteers' },
  supporters: { en: 'Supporters', km: 'អ្នកគាំទ្រ', who: 'Donors, volunteers and the public' },
};

export function landingPage(built: Record<Portal, boolean>): string {
  const items = (Object.keys(portalText) as Portal[])
    .map((p) => {
      const t = portalText[p];
      const label = `${t.en} · <span lang="km">${t.km}</span>`;
      return `<li>${built[p] ? `<a href="/${p}/">${label}</a>` : `${label} (not built: run <code>pnpm build</code>)`}<br><small>${t.who}</small></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kruosar · គ្រួសារ</title>
<style>body{font-family:system-ui,"Noto Sans Khmer",sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1c2b27;line-height:1.6}
a{color:#0b6e5f;font-size:1.25rem}li{margin:1rem 0}small{color:#51625d}</style></head>
<body><main><h1>Kruosar · <span lang="km">គ្រួសារ</span></h1>
<p>Keeping children in families. Choose your portal:</p><ul>${items}</ul></main></body></html>`;
}
