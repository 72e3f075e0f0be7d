/**
 * A canvas can't use CSS variables, so the chart reads the design tokens' current values from the page (the
 * theme's class on <html> decides them) and draws with those. Read again whenever the theme changes.
 */
export type ChartColors = { bar: string; grid: string; text: string; font: string };

function token(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function readChartColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  return {
    bar: token(style, '--color-accent', '#4f46e5'),
    grid: token(style, '--color-line', '#e4e4e7'),
    text: token(style, '--color-fg-muted', '#52525b'),
    font: `12px ${style.fontFamily || 'sans-serif'}`,
  };
}
