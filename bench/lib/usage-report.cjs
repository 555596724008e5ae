// Preloaded into every Node process a bench variant starts (through NODE_OPTIONS, so npm, tsx's
// CLI and the node it spawns are all counted): at exit, appends this process's resource usage
// since its start (CPU user + system, peak RSS) as one JSON line to $SCO_BENCH_USAGE_FILE.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appendFileSync } = require('node:fs');

const file = process.env.SCO_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const line = { pid: process.pid, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime, maxRssKb: usage.maxRSS, heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20 };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
