/**
 * Plotly's `config` for every figure the course draws (notebooks, the site, the in-browser course):
 * no logo, no links to Plotly's cloud (plotly.js 3 shows a "Share chart..." button by default, which
 * uploads the chart to cloud.plotly.com), and figures resize with their column.
 */
export const PLOTLY_CONFIG = { responsive: true, displaylogo: false, showLink: false, showSendToCloud: false } as const;
