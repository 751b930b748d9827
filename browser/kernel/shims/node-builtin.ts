/**
 * What the browser build gets for a Node built-in (`fs`, `os`, ...) that a Node-only code path of
 * the library imports: any use throws, naming the module, instead of failing obscurely.
 */
function unavailable(name: string): never {
  throw new Error(`losslab (browser): ${name} is a Node-only API, not available in the browser`);
}
export const readFileSync = (): never => unavailable('fs.readFileSync');
export const rmSync = (): never => unavailable('fs.rmSync');
export const cpus = (): never => unavailable('os.cpus');
export const randomBytes = (): never => unavailable('crypto.randomBytes');
export default {};
