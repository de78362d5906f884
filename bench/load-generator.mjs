// Sends `requests` POSTs of `body` to `url` from `concurrency` keep-alive
// connections, after `warmUp` untimed ones, and prints
// {seconds, latencies, responseBytes} as JSON. Run as a separate process by
// the benchmarks, so that it does not share the app's core.
const [url, bodyFile, requestsText, concurrencyText, key, warmUpText = '0'] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const body = readFileSync(bodyFile, 'utf8');
const requests = Number(requestsText);
const concurrency = Number(concurrencyText);
let responseBytes = 0;

async function send() {
  const started = process.hrtime.bigint();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body,
  });
  responseBytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200) throw new Error(`${url} returned status ${response.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

for (let i = 0; i < Number(warmUpText); i++) await send();
const latencies = [];
let next = 0;
const started = process.hrtime.bigint();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      next++;
      latencies.push(await send());
    }
  }),
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ seconds, latencies, responseBytes }));
