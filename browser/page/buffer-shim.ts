/**
 * The site's output renderer (`exporter/outputs.ts`) hands images and large figures to
 * `writeFile(ext, Buffer)`. In the page there is no file to write: this stand-in for Node's
 * `Buffer.from` keeps the text and its encoding, and the page turns it into a data: URL.
 */
export class Buffer {
  private constructor(
    readonly text: string,
    readonly encoding: 'utf8' | 'base64',
  ) {}

  static from(text: string, encoding: string = 'utf8'): Buffer {
    return new Buffer(text, encoding === 'base64' ? 'base64' : 'utf8');
  }

  toString(): string {
    return this.encoding === 'utf8' ? this.text : atob(this.text);
  }
}
