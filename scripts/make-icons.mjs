// Draws the app's icons in public/ from app/icon.svg (run after changing it: node scripts/make-icons.mjs).
// sharp comes with Next.js; an .ico is a small directory of PNG images.
import { readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync(new URL("../app/icon.svg", import.meta.url), "utf8");
// Home screens round and mask icons themselves: a full square, and for "maskable" the mark inside the safe zone.
const square = svg.replace(/rx="[\d.]+"/, 'rx="0"');
const maskable = square.replace(/<path/, '<g transform="translate(3.2 3.2) scale(0.8)"><path').replace(/<\/svg>\s*$/, "</g></svg>");

const png = (source, size) => sharp(Buffer.from(source), { density: 72 * (size / 32) * 2 }).resize(size, size).png().toBuffer();
const out = (name, data) => writeFileSync(new URL(`../public/${name}`, import.meta.url), data);

function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

out("favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(svg, size) })))));
out("apple-touch-icon.png", await png(square, 180));
out("icon-192.png", await png(svg, 192));
out("icon-512.png", await png(svg, 512));
out("icon-maskable-512.png", await png(maskable, 512));
// The picture a shared link shows (Open Graph, 1200 x 630): the mark, the name and what it is for.
const mark = svg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#312e81"/><stop offset="1" stop-color="#4f46e5"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <g transform="translate(96 150) scale(4.5)">${mark}</g>
  <text x="96" y="380" font-family="DejaVu Sans, Arial, sans-serif" font-size="88" font-weight="700" fill="#fff">Seatwise</text>
  <text x="96" y="450" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" fill="#c7d2fe">Choose your seats on a live seat map.</text>
  <text x="96" y="500" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" fill="#c7d2fe">Hold them while you pay.</text>
</svg>`;
out("og-image.png", await sharp(Buffer.from(card)).png().toBuffer());
console.log("icons and the sharing picture written to public/");
