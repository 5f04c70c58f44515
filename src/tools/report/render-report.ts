import { SAFETY_LEVELS } from '../../core/safety/safety-level';
import type { EventSummary } from './summarise-events';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A horizontal bar chart as inline SVG: no scripts, no external assets. */
function bars(rows: { label: string; value: number; color?: string }[], title: string): string {
  if (rows.length === 0) return `<p class="empty">No data yet.</p>`;
  const max = Math.max(...rows.map((r) => r.value), 1);
  const height = rows.length * 28 + 10;
  const body = rows
    .map((r, i) => {
      const width = Math.round((r.value / max) * 300);
      const y = i * 28 + 5;
      return `<text x="0" y="${y + 15}" class="label">${esc(r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label)}</text>
<rect x="330" y="${y}" width="${Math.max(width, 1)}" height="20" rx="3" fill="${r.color ?? '#0f6e6e'}"/>
<text x="${336 + width}" y="${y + 15}" class="value">${r.value}</text>`;
    })
    .join('\n');
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 720 ${height}" width="720" height="${height}">${body}</svg>`;
}

export function renderReport(summary: EventSummary, generatedAt: Date): string {
  const o = summary.outcomes;
  const pct = (n: number) => (summary.total ? `${Math.round((100 * n) / summary.total)}%` : '0%');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sciatica Massage Guide: what people asked</title>
<style>
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:900px;color:#1d2b2b;padding:0 1rem}
h1{color:#0f6e6e}h2{margin-top:2.2rem;border-bottom:2px solid #e0eded;padding-bottom:.3rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#f1f8f8;border-radius:10px;padding:1rem 1.4rem;min-width:140px}
.card b{display:block;font-size:1.8rem;color:#0f6e6e}.label{font-size:13px;fill:#1d2b2b}.value{font-size:13px;fill:#555}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e5eeee}.empty{color:#777}
</style></head><body>
<h1>What people asked the Sciatica Massage Guide</h1>
<p>Generated ${esc(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC from ${summary.total} questions.</p>
<div class="cards">
<div class="card"><b id="total">${summary.total}</b>questions</div>
<div class="card"><b id="answered">${o.answered}</b>answered (${pct(o.answered)})</div>
<div class="card"><b id="fallback">${o.fallback}</b>not answered (${pct(o.fallback)})</div>
<div class="card"><b id="safety">${o.safety}</b>sent to safety advice (${pct(o.safety)})</div>
</div>
<h2>Questions per day</h2>
${bars(summary.perDay.map((d) => ({ label: d.day, value: d.count })), 'Questions per day')}
<h2>What happened to each question</h2>
${bars(
  [
    { label: 'Answered from the article', value: o.answered },
    { label: 'Asked "did you mean"', value: o['did-you-mean'], color: '#c99a2e' },
    { label: 'Not answered (fallback)', value: o.fallback, color: '#b3413a' },
    { label: 'Safety advice', value: o.safety, color: '#5a4fb3' },
    { label: 'Small talk', value: o['small-talk'], color: '#7a8a8a' },
  ],
  'Outcomes',
)}
<h2>Safety replies</h2>
<p>By level, and by what raised them: a named rule (its id, or the condition it names) or the learned net. A rule or the net that fires on ordinary questions shows here first; the texts are not kept unless <code>LOG_USER_TEXT</code> is on.</p>
${bars(
  SAFETY_LEVELS.filter((l) => l !== 'none').map((level) => ({ label: level, value: summary.safetyLevels[level] ?? 0, color: '#5a4fb3' })),
  'Safety replies by level',
)}
${
  summary.safetyRaisedBy.length
    ? `<table id="safety-raised-by"><tr><th>Level</th><th>Raised by</th><th>Times</th></tr>${summary.safetyRaisedBy
        .map((r) => `<tr><td>${esc(r.level)}</td><td>${esc(r.by)}</td><td>${r.count}</td></tr>`)
        .join('')}</table>`
    : '<p class="empty">No safety replies yet.</p>'
}
<h2>Top unanswered questions</h2>
<p>Grouped by shared words. These are the best candidates for new alternate questions or new content.</p>
${
  summary.unanswered.length
    ? `<table><tr><th>Times</th><th>Question (and similar ones)</th></tr>${summary.unanswered
        .slice(0, 25)
        .map((g) => `<tr><td>${g.count}</td><td>${g.questions.map(esc).join('<br>')}</td></tr>`)
        .join('')}</table>`
    : '<p class="empty">None recorded.</p>'
}
<h2>Thumbs up and down per section</h2>
<p>One vote per answer: when someone changes their mind, only the new vote counts.</p>
${
  summary.feedback.length
    ? `<table><tr><th>Section</th><th>Thumbs up</th><th>Thumbs down</th></tr>${summary.feedback.map((f) => `<tr><td>${esc(f.heading)}</td><td>${f.likes}</td><td>${f.dislikes}</td></tr>`).join('')}</table>`
    : '<p class="empty">No votes yet.</p>'
}
<h2>What was missing, in people's words</h2>
<p>Said under answers marked "Not helpful" (emails, phone numbers and links masked).</p>
${
  summary.comments.length
    ? `<table><tr><th>Answer</th><th>What was missing</th></tr>${summary.comments
        .slice(0, 50)
        .map((c) => `<tr><td>${esc(c.heading)}</td><td>${esc(c.text)}</td></tr>`)
        .join('')}</table>`
    : '<p class="empty">None yet.</p>'
}
<h2>Sections people ask about</h2>
${bars(summary.asked.map((a) => ({ label: a.heading, value: a.count })), 'Answers per section')}
<h2>Sections nobody asked about</h2>
${summary.neverAsked.length ? `<ul>${summary.neverAsked.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>` : '<p class="empty">Every section was asked about.</p>'}
</body></html>
`;
}

export function terminalSummary(summary: EventSummary): string {
  const o = summary.outcomes;
  return [
    `${summary.total} questions: ${o.answered} answered, ${o['did-you-mean']} "did you mean", ${o.fallback} not answered, ${o.safety} safety, ${o['small-talk']} small talk.`,
    ...(summary.safetyRaisedBy.length ? ['Safety replies by what raised them:', ...summary.safetyRaisedBy.map((r) => `  ${r.count}x  ${r.level}, ${r.by}`)] : []),
    ...(summary.unanswered.length ? ['Top unanswered:', ...summary.unanswered.slice(0, 5).map((g) => `  ${g.count}x  ${g.example}`)] : []),
    ...(summary.comments.length ? ['What was missing (Not helpful):', ...summary.comments.slice(0, 5).map((c) => `  ${c.heading}: ${c.text}`)] : []),
    ...(summary.neverAsked.length ? [`Never asked about: ${summary.neverAsked.join('; ')}`] : []),
  ].join('\n');
}
