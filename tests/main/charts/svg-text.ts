/** The text of every <text> and <tspan> in a chart's SVG, entities decoded, in document order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)</g)].map((match) =>
    (match[1] as string)
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&'),
  );
}

export function countOf(svg: string, className: string): number {
  return [...svg.matchAll(/class="([^"]*)"/g)].filter((match) =>
    (match[1] as string).split(' ').includes(className),
  ).length;
}

/** The same SVG with every text removed, to see what the text adds to a picture. */
export function withoutText(svg: string): string {
  return svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, '');
}

/** The texts of the chart's legend: the first group whose class ends in "legend". */
export function legendTexts(svg: string): string[] {
  const start = svg.search(/<g [^>]*class="[^"]*legend"/);
  if (start < 0) return [];
  let depth = 0;
  for (const tag of svg.slice(start).matchAll(/<(\/?)g\b[^>]*>/g)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return svgTexts(svg.slice(start, start + (tag.index ?? 0)));
  }
  return [];
}
