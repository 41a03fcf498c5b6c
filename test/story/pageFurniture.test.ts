import { describe, expect, it } from 'vitest';
import { type PageElement, parsePage } from '../../src/story/pageDom.js';
import { classWords, furnitureOf, removeFurniture } from '../../src/story/pageFurniture.js';

function element(html: string): PageElement {
  return parsePage(`<html><body>${html}</body></html>`).body.querySelectorAll('*')[0]!;
}

const LONG = 'The council voted on Monday night to keep the passenger ferry running through the winter for the first time.';

describe('pageFurniture: elements that hold no article text', () => {
  it.each([
    ['<figcaption>The ferry at dawn.</figcaption>', '<figcaption>'],
    ['<nav><a href="/">Home</a></nav>', '<nav>'],
    ['<figure><img src="a.jpg"><p>Image</p></figure>', '<figure>'],
    ['<header><h1>Headline</h1><p>By Jane Doe</p></header>', '<header>'],
    ['<aside><h3>Most read</h3></aside>', '<aside>'],
    ['<div class="image-caption">The ferry at dawn.</div>', 'class "caption"'],
    ['<p class="photoCredit">Photo: Sam Whitley</p>', 'class "credit"'],
    ['<div class="storyimagecaption">The ferry at dawn.</div>', 'class "caption"'],
    ['<div class="RelatedCoverage-container">Related Coverage</div>', 'class "related"'],
    ['<div id="share-tools">Share</div>', 'class "share"'],
    ['<blockquote class="pull-quote">We waited a decade.</blockquote>', 'class "pull quote"'],
    ['<ul class="read_more"><li>Another story</li></ul>', 'class "read more"'],
    ['<div><p>A version of this article appears in print on</p><p>, on Page</p><p>A</p></div>', 'print edition'],
  ])('GIVEN %s THEN furniture (%s)', (html, reason) => {
    expect(furnitureOf(element(html))).toBe(reason);
  });

  it.each([
    '<p>The council voted.</p>',
    '<span class="dateline">ALDER BAY</span>',
    '<div class="subheadline">How the service will be paid for</div>',
    '<div class="loaded">The council voted.</div>',
  ])('GIVEN %s THEN it may be article text', (html) => {
    expect(furnitureOf(element(html))).toBeNull();
  });

  it('GIVEN a <figure> holding an embedded post THEN it is the article’s (its figcaption alone is furniture)', () => {
    const figure =
      '<figure class="embed"><blockquote class="social-post"><p>The ferry is funded.</p></blockquote><figcaption>Posted by the mayor</figcaption></figure>';
    expect(furnitureOf(element(figure))).toBeNull();
    expect(furnitureOf(element('<figure class="wp-block-pullquote"><blockquote><p>We waited.</p></blockquote></figure>'))).toBe('<figure>');
  });

  it('GIVEN a wrapper whose class happens to say "caption" but that holds three long paragraphs THEN it is not furniture', () => {
    expect(furnitureOf(element(`<div class="story has-caption"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`))).toBeNull();
  });

  it('GIVEN a <figure> holding 1,000 characters of text THEN it is not furniture', () => {
    expect(furnitureOf(element(`<figure>${`<span>${LONG}</span>`.repeat(11)}</figure>`))).toBeNull();
  });

  it('GIVEN class and id names THEN their words, camel case and run-together names split', () => {
    expect(classWords(element('<div class="ArticleBody-byline_container rolloverCaption" id="mod-a-body"></div>'))).toEqual([
      'article',
      'body',
      'byline',
      'container',
      'rollover',
      'caption',
      'mod',
      'a',
      'body',
    ]);
  });
});

describe('removeFurniture', () => {
  it('GIVEN a page THEN its furniture is taken out and comes back as paragraphs with their reason; the article stays', () => {
    const page = parsePage(
      `<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav><div><p>${LONG}</p><figure><img src="a.jpg"><figcaption>The ferry.</figcaption></figure></div></body></html>`,
    );
    expect(removeFurniture(page.documentElement)).toEqual([
      { reason: '<nav>', text: 'HomeNews' },
      { reason: '<figure>', text: 'The ferry.' },
    ]);
    expect(page.body.textContent).toBe(LONG);
  });
});

describe('pageFurniture on long link lists', () => {
  it('GIVEN an <aside> of forty related links, over 1,000 characters THEN still furniture (mostly links)', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Another story from the harbour, number ${i}</a></li>`).join(
      '',
    );
    expect(furnitureOf(element(`<aside><h3>More news</h3><ul>${links}</ul></aside>`))).toBe('<aside>');
  });
});
