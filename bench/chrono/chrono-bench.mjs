// Times chrono-node (chrono.parse, warm) over the TEXT of every TempEval-3 file and, with --out DIR,
// writes its results as TIMEX3 tags (same file names) so `chronicle timeml-score` can score them.
// Usage: node chrono-bench.mjs TEMPEVAL_DIR [--out DIR] [--seconds N]
import * as chrono from 'chrono-node';
import fs from 'node:fs';
import path from 'node:path';

const [dir, ...rest] = process.argv.slice(2);
const outDir = rest.includes('--out') ? rest[rest.indexOf('--out') + 1] : null;
const seconds = rest.includes('--seconds') ? Number(rest[rest.indexOf('--seconds') + 1]) : 5;

function files(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(path.join(d, e.name)) : e.name.endsWith('.tml') ? [path.join(d, e.name)] : []).sort();
}

// Same reading as Chronicle's TimeMlDocument: markup inside TEXT removed, entities decoded to one character each.
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function parse(xml) {
  const open = xml.indexOf('<TEXT>') + 6, close = xml.indexOf('</TEXT>');
  let raw = '', plain = '';
  const offsets = [];
  for (let i = open; i < close;) {
    const c = xml[i];
    if (c === '<') { i = xml.indexOf('>', i) + 1; continue; }
    if (c === '&') {
      const semi = xml.indexOf(';', i);
      if (semi > 0 && semi - i < 12 && semi < close) {
        const name = xml.slice(i + 1, semi);
        offsets.push(raw.length);
        plain += entities[name] ?? (name.startsWith('#') ? String.fromCharCode(parseInt(name.slice(1).replace(/^x/i, ''), /^#x/i.test(name) ? 16 : 10)) : '\uFFFC');
        raw += xml.slice(i, semi + 1);
        i = semi + 1;
        continue;
      }
    }
    offsets.push(raw.length); plain += c; raw += c; i++;
  }
  offsets.push(raw.length);
  const dct = /<DCT>[\s\S]*?value="([^"]+)"/.exec(xml)?.[1];
  return { prefix: xml.slice(0, open), suffix: xml.slice(close), raw, plain, offsets, dct };
}

const docs = files(dir).map(f => ({ file: f, ...parse(fs.readFileSync(f, 'utf8')) }));
const refs = docs.map(d => d.dct ? new Date(d.dct.slice(0, 10) + 'T12:00:00') : new Date());
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.plain, 'utf8'), 0);
const words = docs.reduce((n, d) => n + (d.plain.match(/\S+/g) ?? []).length, 0);

const runAll = () => docs.reduce((n, d, i) => n + chrono.parse(d.plain, refs[i]).length, 0);
let expressions = 0;
// Warm-up as long as Chronicle's (3 s), so V8's optimising tiers are in place before measuring.
for (const t0 = Date.now(); Date.now() - t0 < 3000;) expressions = runAll();
let runs = 0;
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - start) / 1e9 < seconds) { runAll(); runs++; }
const wall = Number(process.hrtime.bigint() - start) / 1e9 / runs;
// Per core = per CPU-second actually spent (the machine is shared; wall time would count waiting).
const cpu = process.cpuUsage(cpu0);
const elapsed = (cpu.user + cpu.system) / 1e6 / runs;
console.log(JSON.stringify({
  tool: 'chrono-node ' + JSON.parse(fs.readFileSync(new URL('./node_modules/chrono-node/package.json', import.meta.url))).version,
  files: docs.length, bytes, words, expressions, cpuSecondsPerPass: elapsed, wallMbPerSecond: bytes / 1e6 / wall,
  mbPerSecond: bytes / 1e6 / elapsed, wordsPerSecond: words / elapsed, expressionsPerSecond: expressions / elapsed,
}));

if (outDir) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const value = c => {
    const y = c.get('year'), m = c.get('month'), d = c.get('day');
    if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) return { type: 'DATE', v: pad(y, 4) };
    if (!c.isCertain('day') && !c.isCertain('weekday')) return { type: 'DATE', v: `${pad(y, 4)}-${pad(m)}` };
    const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    return c.isCertain('hour') ? { type: 'TIME', v: `${date}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}` } : { type: 'DATE', v: date };
  };
  docs.forEach((doc, i) => {
    let out = doc.prefix, at = 0, tid = 1;
    for (const r of chrono.parse(doc.plain, refs[i])) {
      const s = doc.offsets[r.index], e = doc.offsets[r.index + r.text.length];
      if (s < at) continue;
      const { type, v } = value(r.start);
      out += doc.raw.slice(at, s) + `<TIMEX3 tid="t${tid++}" type="${type}" value="${v}">` + doc.raw.slice(s, e) + '</TIMEX3>';
      at = e;
    }
    out += doc.raw.slice(at) + doc.suffix;
    const target = path.join(outDir, path.relative(dir, doc.file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out);
  });
}
