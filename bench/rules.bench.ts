/**
 * Measures in-process rule evaluation of a typical two-website application
 * (test/fixtures/examples/new_website.json). Run: npx tsx bench/rules.bench.ts
 *
 * Each iteration normalises a fresh copy first, so that no per-application
 * cache from an earlier iteration is reused; only the stated step is timed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Application } from '../server/src/domain/application';

const WARM_UP_ITERATIONS = 2_000;
const MEASURED_ITERATIONS = 20_000;

const loadStart = performance.now();
/* eslint-disable @typescript-eslint/no-require-imports -- timed module load */
const { normaliseApplication } = require('../server/src/domain/normalise') as typeof import('../server/src/domain/normalise');
const { evaluateRules } = require('../server/src/domain/rules/evaluate') as typeof import('../server/src/domain/rules/evaluate');
const { loadDefaultReferenceData } = require('../server/src/domain/reference-files') as typeof import('../server/src/domain/reference-files');
/* eslint-enable @typescript-eslint/no-require-imports */
const loadMilliseconds = performance.now() - loadStart;

const application = JSON.parse(
  readFileSync(join(__dirname, '../test/fixtures/examples/new_website.json'), 'utf8'),
) as Application;

const context = {
  today: '2026-11-12',
  dryRun: true,
  files: new Map(),
  reference: loadDefaultReferenceData(),
  others: {
    openByCertificateNumber: new Map(),
    openByDomain: new Map(),
    principalMobiles: new Map(),
    approvedWebsitesByCertificateNumber: new Map(),
  },
};

interface Summary {
  median: number;
  p95: number;
  max: number;
}

function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

function measure(step: 'normalise' | 'evaluate' | 'both'): Summary {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP_ITERATIONS + MEASURED_ITERATIONS; i += 1) {
    let elapsed: number;
    if (step === 'evaluate') {
      const normalised = normaliseApplication(application);
      const start = performance.now();
      evaluateRules(normalised, context);
      elapsed = performance.now() - start;
    } else {
      const start = performance.now();
      const normalised = normaliseApplication(application);
      if (step === 'both') evaluateRules(normalised, context);
      elapsed = performance.now() - start;
    }
    if (i >= WARM_UP_ITERATIONS) samples.push(elapsed);
  }
  return summarise(samples);
}

const findings = evaluateRules(normaliseApplication(application), context).findings.length;
const format = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

console.log(`node ${process.version}, ${MEASURED_ITERATIONS} measured iterations after ${WARM_UP_ITERATIONS} warm-up`);
console.log(`module load (region index, rules): ${loadMilliseconds.toFixed(0)} ms; findings on the example: ${findings}`);
for (const step of ['evaluate', 'normalise', 'both'] as const) {
  const { median, p95, max } = measure(step);
  console.log(`${step.padEnd(9)} median ${format(median)}  p95 ${format(p95)}  max ${format(max)}`);
}
