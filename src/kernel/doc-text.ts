/**
 * Documentation as readable text: the library's doc comments carry LaTeX (`$\hat y$`,
 * `$$\frac{1}{n}\sum_i ...$$`) for the site, which typesets it; a Shift-Tab tooltip is plain text,
 * so formulas become Unicode (`ŷ`, `(1)/(n) Σᵢ ...`), close to how they are read aloud.
 */

const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ',
  kappa: 'κ', lambda: 'λ', mu: 'μ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω',
  Delta: 'Δ', Omega: 'Ω', Pi: 'Π', Sigma: 'Σ', Gamma: 'Γ', Lambda: 'Λ', Theta: 'Θ', ell: 'ℓ',
  sum: 'Σ', prod: 'Π', partial: '∂', nabla: '∇', infty: '∞', cdot: '·', times: '×', le: '≤', leq: '≤',
  ge: '≥', geq: '≥', ne: '≠', neq: '≠', approx: '≈', sim: '~', in: '∈', to: '→', leftarrow: '←',
  rightarrow: '→', gets: '←', pm: '±', dots: '…', ldots: '…', cdots: '⋯', lVert: '‖', rVert: '‖',
  Vert: '‖', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉', log: 'log', exp: 'exp', max: 'max',
  min: 'min', cosh: 'cosh', tanh: 'tanh', sqrt: '√', quad: '  ', qquad: '    ', mid: '|', odot: '⊙',
};
const SUPERSCRIPT: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', n: 'ⁿ', i: 'ⁱ', t: 'ᵗ', T: 'ᵀ' };
const SUBSCRIPT: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', i: 'ᵢ', j: 'ⱼ', t: 'ₜ', k: 'ₖ', n: 'ₙ', m: 'ₘ' };
const ACCENTS: Record<string, string> = { hat: '\u0302', bar: '\u0304', tilde: '\u0303', vec: '\u20d7' };

/** `{...}` or a single character at `at`: its text and where it ends. */
function argument(tex: string, at: number): { text: string; end: number } {
  while (tex[at] === ' ') at++;
  if (tex[at] !== '{') {
    if (tex[at] === '\\') {
      const m = /^\\[a-zA-Z]+/.exec(tex.slice(at));
      if (m) return { text: m[0], end: at + m[0].length };
    }
    return { text: tex[at] ?? '', end: at + 1 };
  }
  let depth = 0;
  for (let i = at; i < tex.length; i++) {
    if (tex[i] === '{') depth++;
    else if (tex[i] === '}' && --depth === 0) return { text: tex.slice(at + 1, i), end: i + 1 };
  }
  return { text: tex.slice(at + 1), end: tex.length };
}

function script(text: string, table: Record<string, string>, mark: string): string {
  const plain = mathText(text);
  return [...plain].every((c) => c in table) ? [...plain].map((c) => table[c]).join('') : `${mark}(${plain})`;
}

function group(text: string): string {
  const plain = mathText(text);
  return /^[\w.ŷ\u0300-\u036f]+$/u.test(plain) ? plain : `(${plain})`;
}

/** One LaTeX formula as Unicode text. */
export function mathText(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length;) {
    const c = tex[i];
    if (c === '\\') {
      const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      const name = m ? m[1] : '';
      i += name.length + 1;
      if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
        const num = argument(tex, i);
        const den = argument(tex, num.end);
        out += `${group(num.text)}/${group(den.text)}`;
        i = den.end;
      } else if (name in ACCENTS) {
        const arg = argument(tex, i);
        out += mathText(arg.text) + ACCENTS[name];
        i = arg.end;
      } else if (name === 'sqrt') {
        const arg = argument(tex, i);
        out += `√${group(arg.text)}`;
        i = arg.end;
      } else if (['text', 'mathrm', 'operatorname', 'mathcal', 'mathbf', 'textstyle', 'mathbb'].includes(name)) {
        if (tex[i] === '{') {
          const arg = argument(tex, i);
          out += mathText(arg.text);
          i = arg.end;
        }
      } else if (name === 'begin' || name === 'end') {
        i = argument(tex, i).end;
      } else if (['left', 'right', 'big', 'Big', 'bigg', 'displaystyle'].includes(name)) {
        // sizing only
      } else if (name === ',' || name === ';' || name === ' ') {
        out += ' ';
      } else if (name === '\\') {
        out += '; ';
      } else if (name === '{' || name === '}' || name === '|' || name === '_' || name === '%') {
        out += name;
      } else {
        const symbol = SYMBOLS[name] ?? name;
        // \sum after a fraction, \log after a name: keep them apart as typeset math does.
        const apart = /^(Σ|Π|[a-z]{2,})$/.test(symbol) && /[\w)\u0300-\u036f]$/u.test(out);
        out += (apart ? ' ' : '') + symbol;
      }
    } else if (c === '^' || c === '_') {
      const arg = argument(tex, i + 1);
      out += script(arg.text, c === '^' ? SUPERSCRIPT : SUBSCRIPT, c);
      i = arg.end;
    } else if (c === '{' || c === '}') {
      i++;
    } else if (c === '&') {
      out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/[ \t]{3,}/g, '    ').normalize('NFC');
}

/** Documentation text with every `$...$` and `$$...$$` formula rewritten as Unicode. */
export function readableDoc(text: string): string {
  return text
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, tex: string) => `\n    ${mathText(tex.trim()).replace(/\s*\n\s*/g, ' ')}\n`)
    .replace(/\$([^$\n]+?)\$/g, (_, tex: string) => mathText(tex))
    .replace(/\n{3,}/g, '\n\n');
}
