/**
 * The exact L2-penalised least-squares fit (ridge regression) of a linear model whose bias is not
 * penalised, in the course's convention (Keras': no factor 1/2):
 *
 * $$\min_{b, w}\ \frac1n \sum_i (b + w^\top x_i - y_i)^2 + \lambda \lVert w \rVert^2
 *   \quad\Longrightarrow\quad (C + \lambda I)\, w = c, \qquad b = \bar y - w^\top \bar x,$$
 *
 * with $C = \frac1n \sum_i (x_i - \bar x)(x_i - \bar x)^\top$ and $c = \frac1n \sum_i (x_i - \bar x)(y_i - \bar y)$.
 * Along an eigenvector of $C$ with eigenvalue $s_j$, the weights are those of $\lambda = 0$ times
 * $s_j / (s_j + \lambda)$: L2 shrinks each principal direction of the data, not each coordinate
 * (lesson 12). Gradient descent with `regularizers.l2(lambda)` converges to the same weights.
 */

/** Solves `a z = b` by Gaussian elimination with partial pivoting; `a` is square. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < 1e-12) {
      throw new Error('ridge: the features are linearly dependent (C + lambda I is singular); use lambda > 0');
    }
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * z[k];
    z[r] = s / m[r][r];
  }
  return z;
}

/**
 * Ridge regression in closed form.
 * @param x rows of features, `[n][d]`; @param y targets, `[n]`; @param lambda the L2 strength, >= 0.
 * @returns `{ bias, weights }` (weights `[d]`).
 * @example
 * regularizers.ridge([[-1], [1]], [-2, 2], 1); // C = 1, c = 2: w = 2 / (1 + 1) = 1, b = 0
 */
export function ridge(x: readonly (readonly number[])[], y: readonly number[], lambda: number): { bias: number; weights: number[] } {
  if (!Array.isArray(x) || x.length === 0 || x.length !== y?.length) {
    throw new Error(`ridge: x and y must be non-empty and of the same length; got ${x?.length} rows and ${y?.length} targets`);
  }
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error(`ridge: lambda must be a number >= 0; got ${lambda}`);
  const [n, d] = [x.length, x[0].length];
  if (x.some((row) => row.length !== d)) throw new Error(`ridge: every row of x must have ${d} features`);
  const mean = (f: (i: number) => number) => x.reduce((s, _, i) => s + f(i), 0) / n;
  const xBar = Array.from({ length: d }, (_, j) => mean((i) => x[i][j]));
  const yBar = mean((i) => y[i]);
  const cov = (f: (i: number) => number, j: number) => mean((i) => (x[i][j] - xBar[j]) * f(i));
  const a = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => cov((i) => x[i][k] - xBar[k], j) + (j === k ? lambda : 0)));
  const weights = solve(a, Array.from({ length: d }, (_, j) => cov((i) => y[i] - yBar, j)));
  return { bias: yBar - weights.reduce((s, w, j) => s + w * xBar[j], 0), weights };
}
