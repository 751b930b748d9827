import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
async function main() {
  await tf.setBackend(process.argv[2] ?? 'wasm');
  const a = tf.randomNormal([256, 784], 0, 1, 'float32', 1), b = tf.randomNormal([784, 512], 0, 1, 'float32', 2);
  const time = (label: string, f: () => void) => { for (let i = 0; i < 3; i++) f(); const t = performance.now(); for (let i = 0; i < 10; i++) f(); console.log(label, ((performance.now() - t) / 10).toFixed(2)); };
  time('matmul', () => tf.tidy(() => { tf.matMul(a, b); }));
  time('matmul+dataSync', () => tf.tidy(() => { tf.matMul(a, b).dataSync(); }));
  const c = tf.matMul(a, b);
  time('dataSync only', () => { c.dataSync(); });
  time('seeded a,b matmul', () => tf.tidy(() => { tf.matMul(a, b); }));
  const a2 = tf.randomNormal([256, 784]), b2 = tf.randomNormal([784, 512]);
  time('unseeded matmul', () => tf.tidy(() => { tf.matMul(a2, b2); }));
}
main();
