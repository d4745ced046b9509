// @vitest-environment jsdom
import { createElement, useState } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartMarkup } from '../../../main/charts/chart-markup';
import type { MarkupElement, MarkupNode } from '../../../main/charts/standalone-svg';
import { chartElement } from '../../../shared/charts/chart-registry';
import { chartKinds } from '../../../shared/charts/chart-kinds';
import { InvestmentReturnChart } from '../../../shared/charts/InvestmentReturnChart';
import { chartExamples, namesWithMarkup } from './fixtures/chart-examples';

/** An element tree as plain data: each element's name, attributes in order, and children. */
type Shape = string | { name: string; attributes: [string, string][]; children: Shape[] };

function shapeOf(node: MarkupNode): Shape {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  const element = node as MarkupElement;
  return {
    name: element.localName,
    attributes: element.getAttributeNames().map((name) => [name, element.getAttribute(name) ?? '']),
    children: joinText(Array.from(element.childNodes).map(shapeOf)),
  };
}

/** Adjacent texts as one, as a parser reads them back. */
function joinText(children: Shape[]): Shape[] {
  return children.reduce<Shape[]>((joined, child) => {
    const last = joined[joined.length - 1];
    if (typeof child === 'string' && typeof last === 'string')
      joined[joined.length - 1] = last + child;
    else joined.push(child);
    return joined;
  }, []);
}

/** What React DOM makes of the same element, read back from its markup by the browser's parser. */
function reactDomShape(element: ReturnType<typeof chartElement>): Shape {
  const holder = document.createElement('div');
  holder.innerHTML = renderToStaticMarkup(element);
  return shapeOf(holder.firstElementChild as unknown as MarkupNode);
}

describe('a chart’s SVG made without a DOM', () => {
  for (const kind of chartKinds)
    it(`is the ${kind} chart React DOM makes: the same elements, attributes, order and text`, () => {
      const element = chartElement(kind, chartExamples[kind]);
      expect(shapeOf(chartMarkup(element))).toEqual(reactDomShape(element));
    });

  it('is the investment chart React DOM makes, bars of nothing left out', () => {
    const element = createElement(InvestmentReturnChart, {
      data: {
        currency: 'EUR',
        bars: [
          { label: 'Awareness', value: 12_000, kind: 'phase-budget' },
          { label: 'Conversion', value: 0, kind: 'phase-budget' },
          { label: 'Total budget', value: 12_000, kind: 'total-budget' },
          { label: 'Expected revenue', value: 64_500, kind: 'revenue' },
        ],
      },
    });
    const markup = chartMarkup(element);
    const bars = Array.from(markup.querySelectorAll('*')).filter(
      (node) => node.getAttribute('class') === 'chart-bar',
    );
    expect(bars).toHaveLength(3);
    expect(shapeOf(markup)).toEqual(reactDomShape(element));
  });

  it('keeps names with markup characters as typed', () => {
    const element = chartElement('campaign-timeline', namesWithMarkup);
    expect(shapeOf(chartMarkup(element))).toEqual(reactDomShape(element));
  });

  it('refuses a component that keeps state, which a chart drawn once cannot have', () => {
    function Stateful() {
      const [count] = useState(0);
      return createElement('svg', null, count);
    }
    expect(() => chartMarkup(createElement(Stateful))).toThrow();
  });

  it('refuses an element that is not an <svg>', () => {
    expect(() => chartMarkup(createElement('p', null, 'Not a chart'))).toThrow(/drew no <svg>/);
  });
});
