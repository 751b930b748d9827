import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
const wasm = require('@tensorflow/tfjs-backend-wasm');
const wt = require('node:worker_threads');

const PRELUDE = [
  "var require$$0 = require('fs'), require$$1 = require('path'), require$$3 = require('perf_hooks'), require$$4 = require('os');",
  'var commonjsGlobal = globalThis;',
  `var __dirname = ${JSON.stringify(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')))};`,
  'var __filename = __dirname + "/tf-backend-wasm.node.js";',
  'function __values(o) { return o[Symbol.iterator](); }',
  'function __read(o) { return Array.from(o); }',
  'function __spreadArray(to, from) { return to.concat(Array.from(from)); }',
].join('\n');

function enableThreads(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losslab-wasm-'));
  const parts = new Map<string, string>();
  const blobText = new WeakMap<Blob, string>();
  const NativeBlob = globalThis.Blob;
  class RecordingBlob extends NativeBlob {
    constructor(bits: any[], options?: BlobPropertyBag) { super(bits, options); blobText.set(this, bits.join('')); }
  }
  const nativeCreate = URL.createObjectURL;
  (globalThis as any).Blob = RecordingBlob;
  URL.createObjectURL = (blob: Blob) => { const url = nativeCreate(blob); const t = blobText.get(blob); if (t !== undefined) parts.set(url, t); return url; };
  let n = 0;
  const fileFor = (text: string, prelude: string) => { const f = path.join(dir, `m${n++}.js`); fs.writeFileSync(f, prelude + '\n' + text); return f; };
  let mainScriptFile: string | undefined;
  const NativeWorker = wt.Worker;
  class NodeWorker extends NativeWorker {
    constructor(url: string | URL, options?: any) {
      const text = typeof url === 'string' ? parts.get(url) : undefined; 
      super(text !== undefined ? fileFor(text, '') : url, options);
      this.on('error', (e: any) => console.log('worker error', e)); 
    }
    override postMessage(message: any, transfer?: any) {
      if (message && message.cmd === 'load' && message.urlOrBlob instanceof NativeBlob) {
        mainScriptFile ??= fileFor(blobText.get(message.urlOrBlob)!, PRELUDE);
        message = { ...message, urlOrBlob: mainScriptFile };
      }
      return super.postMessage(message, transfer);
    }
  }
  wt.Worker = NodeWorker;
  const osModule = require('os'); const nativeCpus = osModule.cpus; osModule.cpus = () => { const c = nativeCpus(); return [...c, ...c]; };
  return () => { osModule.cpus = nativeCpus; (globalThis as any).Blob = NativeBlob; URL.createObjectURL = nativeCreate; wt.Worker = NativeWorker; };
}

async function main() {
  const threads = Number(process.argv[2] ?? 2);
  if (threads > 0) {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
    wasm.setThreadsCount(threads);
    const restore = enableThreads();
    try { await tf.setBackend('wasm'); await tf.ready(); } finally { restore(); }
  } else { await tf.setBackend('wasm'); await tf.ready(); }
  console.log('flag', await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'), 'SAB', typeof SharedArrayBuffer);
  console.log('backend', tf.getBackend(), 'threads', wasm.getThreadsCount());
  for (const [m, k, n] of [[128, 784, 128], [784, 128, 128], [256, 784, 512]]) {
    const x = tf.randomNormal([m, k]), w = tf.randomNormal([k, n]);
    for (let i = 0; i < 5; i++) tf.tidy(() => tf.matMul(x, w));
    const t0 = performance.now(); for (let i = 0; i < 20; i++) tf.tidy(() => tf.matMul(x, w));
    console.log(`matmul ${m}x${k}x${n}: ${((performance.now() - t0) / 20).toFixed(3)} ms`);
  }
  const a = tf.randomNormal([256, 784], 0, 1, 'float32', 1), b = tf.randomNormal([784, 512], 0, 1, 'float32', 2);
  console.log('check', tf.matMul(a, b).sum().dataSync()[0]);
  for (let i = 0; i < 10; i++) tf.tidy(() => tf.matMul(a, b));
  const t = performance.now(); for (let i = 0; i < 50; i++) tf.tidy(() => tf.matMul(a, b).dataSync());
  console.log('matmul 256x784x512 ms', ((performance.now() - t) / 50).toFixed(2));
  process.exit(0);
}
main().catch((e) => { console.error('ERR', e); process.exit(1); });
