import { CsvLineTooLongError, CsvParser, CsvSyntaxError, parseCsv, type CsvRecord, type CsvRow, type CsvRowHandler } from './csv-parser';

/** Parses `chunks` one after another, as a stream would deliver them. */
function parseChunks(chunks: string[]): CsvRecord[] {
  const parser = new CsvParser();
  const records: CsvRecord[] = [];
  const collect: CsvRowHandler = (row) => records.push({ fields: row.fields(), line: row.line });
  for (const chunk of chunks) parser.push(chunk, collect);
  parser.end(collect);
  return records;
}

const parse = parseCsv;

/** Every way of cutting `text` in two, and in three. */
function* splits(text: string): Generator<string[]> {
  for (let i = 0; i <= text.length; i++) {
    yield [text.slice(0, i), text.slice(i)];
    for (let j = i; j <= text.length; j++) yield [text.slice(0, i), text.slice(i, j), text.slice(j)];
  }
}

describe('CsvParser', () => {
  it('reads plain records with the line each starts on', () => {
    expect(parse('a,b,c\n1,2,3\n')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', '2', '3'], line: 2 },
    ]);
  });

  it('reads a last record without a line break', () => {
    expect(parse('a,b\n1,2')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
  });

  it('reads CRLF and lone CR line endings', () => {
    expect(parse('a,b\r\n1,2\r\n3,4\r5,6')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 3 },
      { fields: ['5', '6'], line: 4 },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes as data', () => {
    expect(parse('name,note\n"Smith, J","said ""hi""\nthen left"\nx,y\n')).toEqual([
      { fields: ['name', 'note'], line: 1 },
      { fields: ['Smith, J', 'said "hi"\nthen left'], line: 2 },
      { fields: ['x', 'y'], line: 4 },
    ]);
  });

  it('counts a CRLF inside quotes as one line', () => {
    expect(parse('a\r\n"1\r\n2\r\n3"\r\nb\r\n').map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('reads empty fields, empty quoted fields and a trailing comma', () => {
    expect(parse('a,,""\n,b,\n')).toEqual([
      { fields: ['a', '', ''], line: 1 },
      { fields: ['', 'b', ''], line: 2 },
    ]);
  });

  it('skips blank lines but counts them', () => {
    expect(parse('a\n\n\r\nb\n\n')).toEqual([
      { fields: ['a'], line: 1 },
      { fields: ['b'], line: 4 },
    ]);
  });

  it('drops a UTF-8 byte order mark at the start only', () => {
    expect(parse('\uFEFFa,b\n\uFEFF1,2\n')[0]).toEqual({ fields: ['a', 'b'], line: 1 });
    expect(parseChunks(['\uFEFF', 'a\n'])).toEqual([{ fields: ['a'], line: 1 }]);
    expect(parse('a\n\uFEFF1\n')[1]?.fields).toEqual(['\uFEFF1']);
  });

  it('reports a quote that is never closed with the line its record starts on', () => {
    expect(() => parse('a\n1\n"2\n3\n')).toThrow(new CsvSyntaxError(3, 'a quoted field is never closed (missing ")'));
  });

  it('reports text after a closing quote', () => {
    expect(() => parse('a\n"x"y\n')).toThrow(CsvSyntaxError);
    expect(() => parse('a\n"x"y\n')).toThrow(/^line 2: unexpected text after a closing quote/);
  });

  it('returns nothing for empty input', () => {
    expect(parse('')).toEqual([]);
    expect(parseChunks(['', '', ''])).toEqual([]);
  });

  describe('the row view', () => {
    /** Calls `use` with the second record of `text`, while it is valid. */
    function secondRow(text: string, use: (row: CsvRow) => void): void {
      const parser = new CsvParser();
      let seen = 0;
      const handler: CsvRowHandler = (row) => {
        if (seen++ === 1) use(row);
      };
      parser.push(text, handler);
      parser.end(handler);
      expect(seen).toBeGreaterThan(1);
    }

    it('compares and parses fields in place, quoted, escaped or missing', () => {
      secondRow('a,b,c\nplain,"quoted","say ""hi"""\n', (row) => {
        expect(row.length).toBe(3);
        expect(row.fieldEquals(0, 'plain')).toBe(true);
        expect(row.fieldEquals(0, 'plai')).toBe(false);
        expect(row.fieldEquals(1, 'quoted')).toBe(true);
        expect(row.fieldEquals(2, 'say "hi"')).toBe(true);
        expect(row.fieldEquals(5, '')).toBe(true);
        const slice = (text: string, start: number, end: number): string => text.slice(start, end);
        expect([0, 1, 2, 3].map((i) => row.parseField(i, slice))).toEqual(['plain', 'quoted', 'say "hi"', '']);
        expect(row.field(9)).toBe('');
      });
    });

    it('holds more fields than its first capacity', () => {
      const wide = Array.from({ length: 40 }, (_, i) => `f${i}`).join(',');
      expect(parse(`${wide}\n`)[0]?.fields).toHaveLength(40);
    });
  });

  describe('gives the same records however the input is cut into chunks', () => {
    const inputs: Record<string, string> = {
      'plain rows': 'journey_id,channel\nj1,Email\nj2,Paid search\n',
      'no final line break': 'a,b\n1,2',
      'CRLF endings': 'a,b\r\n1,2\r\n3,4\r\n',
      'a lone CR': 'a\r1\rb',
      'quoted commas and doubled quotes': 'a,"b,c"\n"d ""e""",""\n',
      'quotes around line breaks': '"x\r\ny"\r\n"\n",z\n',
      'a quote pair at every position': '"""",""""""\n"a""b"\n',
      'blank lines': '\n\na\n\r\n\rb\n',
      'a byte order mark': '\uFEFFa,b\n1,2\n',
    };
    for (const [name, text] of Object.entries(inputs)) {
      it(name, () => {
        const whole = parse(text);
        for (const chunks of splits(text)) expect([chunks, parseChunks(chunks)]).toEqual([chunks, whole]);
      });
    }

    it('one character at a time', () => {
      const text = 'id,"note"\r\n1,"a ""quoted"", multi\r\nline note"\r\n2,plain\n';
      expect(parseChunks([...text])).toEqual(parse(text));
      expect(parse(text)).toEqual([
        { fields: ['id', 'note'], line: 1 },
        { fields: ['1', 'a "quoted", multi\r\nline note'], line: 2 },
        { fields: ['2', 'plain'], line: 4 },
      ]);
    });
  });
});

describe('CsvParser record limit', () => {
  it('stops at the first record over the limit, naming its line, whether it arrives whole or in pieces', () => {
    const rows: string[][] = [];
    const whole = new CsvParser(10);
    expect(() => whole.push('a,b\n12345678901\n', (r) => rows.push(r.fields()))).toThrow('line 2: the line is longer than 10 characters');
    const pieces = new CsvParser(10);
    pieces.push('a,b\n123456', () => undefined);
    expect(() => pieces.push('78901', () => undefined)).toThrow(CsvLineTooLongError);
    expect(rows).toEqual([['a', 'b']]);
  });

  it('takes a record of exactly the limit', () => {
    const rows: string[][] = [];
    const parser = new CsvParser(10);
    parser.push('1234567890\n', (r) => rows.push(r.fields()));
    expect(rows).toEqual([['1234567890']]);
  });
});
