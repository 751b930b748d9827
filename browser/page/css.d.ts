/** The page's stylesheet is bundled as text (esbuild's `text` loader) and added as a `<style>`. */
declare module '*.css' {
  const text: string;
  export default text;
}
