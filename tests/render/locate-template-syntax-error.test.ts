import { describe, expect, it } from 'vitest';
import { Eta } from 'eta';
import { locateTemplateSyntaxError } from '../../src/render/locate-template-syntax-error.js';

const eta = new Eta({ debug: true, autoEscape: true });
const locate = (template: string) => locateTemplateSyntaxError(eta, template);

describe('locateTemplateSyntaxError', () => {
  it('finds nothing wrong with a template that compiles', () => {
    expect(locate('<h1><%= it.title %></h1>\n<% if (it.x) { %>\n<p>x</p>\n<% } %>\n')).toBeUndefined();
  });

  it('names the line of a JavaScript error in an interpolation', () => {
    expect(locate('<p>one</p>\n<p>two</p>\n<p><%= it.x ) %></p>\n<p>four</p>\n')).toEqual({ line: 3, reason: "Unexpected token ')'" });
  });

  it('names the line inside a tag that spans several lines', () => {
    expect(locate('<p>one</p>\n<%\n  const a = 1;\n  const b = ;\n%>\n')).toEqual({ line: 4, reason: "Unexpected token ';'" });
  });

  it('names the last line, and what is missing, for a block that is never closed', () => {
    expect(locate('<% if (it.x) { %>\n<p>x</p>\n<p>y</p>')).toEqual({ line: 3, reason: 'A "{" or "(" opened in a tag is never closed' });
  });

  it("passes on the line and column of Eta's own parse errors", () => {
    expect(locate('<p>\n  <%= it.x \n')).toEqual({ line: 2, column: 3, reason: 'unclosed tag' });
  });
});
