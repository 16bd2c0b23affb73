/** A small deterministic PRNG (mulberry32) seeded from any number of integers. */
export type Random = () => number;

function mix(h: number, n: number): number {
  let x = Math.imul(h ^ n, 0x9e3779b1);
  x ^= x >>> 16;
  return Math.imul(x, 0x85ebca6b) >>> 0;
}

export function seeded(...parts: number[]): Random {
  let state = parts.reduce(mix, 0x2545f491) || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() from an empty list");
  return item;
}

const HEX = "0123456789abcdef";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function chars(random: Random, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

export const hex = (random: Random, length: number) => chars(random, HEX, length);
export const alnum = (random: Random, length: number) => chars(random, ALNUM, length);
export const digits = (random: Random, length: number) =>
  `${int(random, 1, 9)}${chars(random, "0123456789", length - 1)}`;

export function uuid(random: Random): string {
  const h = hex(random, 32).split("");
  h[12] = "4";
  h[16] = "89ab"[int(random, 0, 3)] ?? "8";
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
