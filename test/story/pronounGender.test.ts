import { describe, expect, it } from 'vitest';
import { honorificPronouns, pronounOf, wordsBesideName } from '../../src/story/pronounGender.js';
import type { Speaker } from '../../src/story/types.js';

const person = (name: string, role: string | null = null): Speaker => ({ id: name, name, role, kind: 'person', aliases: [] });

describe('the pronoun an article\u2019s own words give a person', () => {
  it('GIVEN "Ms Brandon" in the article THEN Kylie Brandon is a "she"', () => {
    expect(pronounOf(person('Kylie Brandon'), honorificPronouns('\u201CWe paid,\u201D Ms Brandon said.'))).toBe('she');
  });

  it('GIVEN "Mr Hale" and "Mrs Hale" both THEN the surname says nothing', () => {
    expect(pronounOf(person('Tom Hale'), honorificPronouns('Mr Hale left. Mrs Hale stayed.'))).toBeNull();
  });

  it('GIVEN a role word (the club\u2019s chairwoman) THEN "she"', () => {
    expect(pronounOf(person('Ana Prieto', 'the club\u2019s chairwoman'), new Map())).toBe('she');
  });

  it('GIVEN "Perth father Liam Doyle" THEN the words before the name say "he"', () => {
    const beside = wordsBesideName('Perth father Liam Doyle waited.', 'Liam Doyle');
    expect(pronounOf(person('Liam Doyle'), new Map(), beside)).toBe('he');
  });

  it('GIVEN "the son of Jane Hale" THEN the words before the name describe someone else and say nothing of her', () => {
    const beside = wordsBesideName('It was the son of Jane Hale who spoke.', 'Jane Hale');
    expect(pronounOf(person('Jane Hale'), new Map(), beside)).toBeNull();
  });

  it('GIVEN "Jane Hale, whose husband died," THEN the clause about another says nothing of her', () => {
    const beside = wordsBesideName('Jane Hale, whose husband died, spoke.', 'Jane Hale');
    expect(pronounOf(person('Jane Hale'), new Map(), beside)).toBeNull();
  });

  it('GIVEN nothing said of a person THEN null: no pronoun is guessed from a given name', () => {
    expect(pronounOf(person('Maria Lopez'), new Map(), wordsBesideName('Maria Lopez spoke.', 'Maria Lopez'))).toBeNull();
  });
});
