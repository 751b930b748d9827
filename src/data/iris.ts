/**
 * Fisher's Iris data: 150 flowers, 4 measurements, 3 species. A small real dataset for
 * multi-class losses (lesson 06) and for normalisation and cross-validation (lesson 12).
 *
 * Source and licence: see `iris-data.ts` (Fisher 1936, via UCI, CC BY 4.0).
 */
import type { Dataset } from './dataset';
import { SETOSA, VERSICOLOR, VIRGINICA } from './iris-data';

/**
 * @returns 150 rows in the original order (50 setosa, 50 versicolor, 50 virginica); labels 0, 1, 2.
 * @example
 * const flowers = iris();
 * flowers.featureNames; // ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)']
 */
export function iris(): Dataset {
  const species = [SETOSA, VERSICOLOR, VIRGINICA];
  return {
    name: 'iris',
    x: species.flatMap((rows) => rows.map((row) => row.slice())),
    y: species.flatMap((rows, label) => rows.map(() => label)),
    featureNames: ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'],
    classNames: ['setosa', 'versicolor', 'virginica'],
  };
}
