// Types of the mizan Node module (lib/index.js documents the behaviour).
export interface Options {
  dollarCurrency?: string;   // ISO 4217 code of a bare "$" or "دولار" (default USD)
  published?: string;        // publication date "YYYY-MM-DD" for the time checks
  checks?: string;           // e.g. "compare.extra=off, style.*=off"
  maxInputBytes?: number;    // longer inputs are refused (default 1 GiB)
}
export interface CheckOptions extends Options { facts?: Facts; }
export type Side = 'source' | 'target';
export interface Claim {
  start: number; end: number;           // UTF-16 indices (bytes for Buffer input)
  byteStart: number; byteEnd: number;   // UTF-8 byte offsets
  text: string; kind: string;
  value: string | null; unit: string | null; noun: string | null; nounKey: string | null;
  lower: string | null; upper: string | null;
  lowerInclusive: boolean | null; upperInclusive: boolean | null; approx: boolean;
  qualifier: string | null; script: string | null; calendar: string | null;
  weekday: number | null; sentence: number; tooLarge: boolean; separatorGuessed: boolean;
  ratio: boolean;
  side: Side;
}
export interface Span { start: number; end: number; byteStart: number; byteEnd: number; side: Side; }
export interface Finding {
  code: string; severity: 'info' | 'warning' | 'error'; message: string; spans: Span[];
  expected: string | null; found: string | null;
}
export interface Report { claims: Claim[]; findings: Finding[]; }
export interface Comparison { sourceClaims: Claim[]; targetClaims: Claim[]; findings: Finding[]; }
type Text = string | Uint8Array;
export class MizanError extends Error {
  status: number; byteOffset: number | null; offset: number | null;
}
export class Facts {
  constructor(engine: Engine, source: string | Uint8Array | object);
  close(): void;
}
export class Engine {
  constructor(defaults?: Options);
  close(): void;
  extract(text: Text, options?: Options): Claim[];
  check(text: Text, options?: CheckOptions): Report;
  compare(source: Text, target: Text, options?: Options): Comparison;
  extractAsync(text: Text, options?: Options): Promise<Claim[]>;
  checkAsync(text: Text, options?: CheckOptions): Promise<Report>;
  compareAsync(source: Text, target: Text, options?: Options): Promise<Comparison>;
}
export function version(): string;
