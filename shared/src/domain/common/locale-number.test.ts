import { numberSeparators, parseLocaleNumber } from './locale-number';

const value = (text: string, locale: string): number | string => {
  const result = parseLocaleNumber(text, locale);
  return result.ok ? result.value : result.reason;
};

describe('the separators a locale writes numbers with, learned from Intl', () => {
  it('has a point for decimals and a comma for thousands in en-US', () => {
    expect(numberSeparators('en-US')).toEqual({ decimal: '.', group: ',', primaryGroup: 3, secondaryGroup: 3 });
  });

  it('has a comma for decimals and a point for thousands in de-DE and it-IT', () => {
    expect(numberSeparators('de-DE')).toMatchObject({ decimal: ',', group: '.' });
    expect(numberSeparators('it-IT')).toMatchObject({ decimal: ',', group: '.' });
  });

  it('has a comma for decimals and a narrow no-break space for thousands in fr-FR', () => {
    expect(numberSeparators('fr-FR')).toMatchObject({ decimal: ',', group: '\u202f' });
  });

  it('groups en-IN as 12,34,567: three digits last, two before', () => {
    expect(numberSeparators('en-IN')).toMatchObject({ primaryGroup: 3, secondaryGroup: 2 });
  });
});

describe('reading a number as a person in a locale types it', () => {
  it('reads 2,3 as 2.3 in de-DE, fr-FR and it-IT', () => {
    expect(value('2,3', 'de-DE')).toBe(2.3);
    expect(value('2,3', 'fr-FR')).toBe(2.3);
    expect(value('2,3', 'it-IT')).toBe(2.3);
  });

  it('refuses 2,3 in en-US and offers 2.3', () => {
    expect(value('2,3', 'en-US')).toBe('“2,3” is not a number in en-US (decimals take “.”, thousands “,”): did you mean 2.3?');
  });

  it('refuses 2.3 in de-DE and offers 2,3 as de-DE writes it', () => {
    expect(value('2.3', 'de-DE')).toBe('“2.3” is not a number in de-DE (decimals take “,”, thousands “.”): did you mean 2,3?');
  });

  it('reads a thousands separator where each locale puts it: 1,000 en-US, 1.000 de-DE and it-IT, 1 000 fr-FR', () => {
    expect(value('1,000', 'en-US')).toBe(1000);
    expect(value('1.000', 'de-DE')).toBe(1000);
    expect(value('1.000', 'it-IT')).toBe(1000);
    expect(value('1 000', 'fr-FR')).toBe(1000);
    expect(value('1\u00a0000', 'fr-FR')).toBe(1000);
    expect(value('1\u202f000', 'fr-FR')).toBe(1000);
  });

  it('reads 1.000 as one in en-US, where the point is the decimal separator', () => {
    expect(value('1.000', 'en-US')).toBe(1);
  });

  it('reads grouped numbers with decimals: 1,250,000.5 en-US, 1.250.000,5 de-DE, 1 250 000,5 fr-FR', () => {
    expect(value('1,250,000.5', 'en-US')).toBe(1250000.5);
    expect(value('1.250.000,5', 'de-DE')).toBe(1250000.5);
    expect(value('1 250 000,5', 'fr-FR')).toBe(1250000.5);
  });

  it('refuses a thousands separator out of place: 1,00 and 10,00,000 in en-US', () => {
    expect(value('1,00', 'en-US')).toMatch(/^“1,00” is not a number in en-US .*did you mean 1\?$/);
    expect(value('10,00,000', 'en-US')).toMatch(/is not a number in en-US/);
  });

  it('reads en-IN lakh grouping 12,34,567', () => {
    expect(value('12,34,567', 'en-IN')).toBe(1234567);
  });

  it('refuses the other convention mixed in: 1.000,5 in en-US offers 1,000.5', () => {
    expect(value('1.000,5', 'en-US')).toMatch(/did you mean 1,000\.5\?$/);
  });

  it('refuses a point in fr-FR and offers the comma: 1.5 → 1,5', () => {
    expect(value('1.5', 'fr-FR')).toMatch(/did you mean 1,5\?$/);
  });

  it('tolerates a minus, a currency sign and a percent sign around the number', () => {
    expect(value('-12,5', 'de-DE')).toBe(-12.5);
    expect(value('−3', 'en-US')).toBe(-3);
    expect(value('€ 40,000', 'en-US')).toBe(40000);
    expect(value('12,5 %', 'it-IT')).toBe(12.5);
  });

  it('reads .5 as a half and plain digits as themselves', () => {
    expect(value('.5', 'en-US')).toBe(0.5);
    expect(value('42', 'de-DE')).toBe(42);
  });

  it('asks for a number when the field is empty, and shows the pattern when the text is no number at all', () => {
    expect(value('  ', 'en-US')).toBe('Enter a number.');
    expect(value('twelve', 'de-DE')).toBe('“twelve” is not a number in de-DE (decimals take “,”, thousands “.”): type it like 1.234,5.');
    expect(value('1e5', 'en-US')).toMatch(/type it like 1,234\.5\.$/);
  });
});
