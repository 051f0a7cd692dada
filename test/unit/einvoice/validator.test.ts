/** The vendored EN 16931 rules: the SEF is the vendored XSLT's, an official example passes, a broken one fails. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenRules, EINVOICE_DIR, schemaErrors } from '../../einvoice/validate.ts';

const example = fs.readFileSync(path.join(EINVOICE_DIR, 'CII_example1.xml'), 'utf8');

describe('the EN 16931 CII validator', () => {
  it('runs the rules compiled from the vendored XSLT', () => {
    const sha = createHash('sha256').update(fs.readFileSync(path.join(EINVOICE_DIR, 'EN16931-CII-validation.xslt'))).digest('hex');
    expect(fs.readFileSync(path.join(EINVOICE_DIR, 'EN16931-CII-validation.sef.sha256'), 'utf8').trim()).toBe(sha);
  });

  it('accepts the official example and rejects it broken: no VAT total in the invoice currency, an unknown type code', () => {
    expect(brokenRules(example)).toEqual([]);
    expect(schemaErrors(example)).toEqual([]);
    expect(brokenRules(example.replaceAll('>EUR<', '>XXX<'))).toEqual([expect.stringMatching(/^BR-CO-15 \[fatal\] \[BR-CO-15\]-Invoice total amount with VAT/u)]);
    expect(brokenRules(example.replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>999</ram:TypeCode>'))).toEqual([expect.stringMatching(/^BR-CL-01 \[fatal\]/u)]);
  });

  it('rejects what the schema does not allow', () => {
    expect(schemaErrors(example.replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:Kind>380</ram:Kind>')).length).toBeGreaterThan(0);
  });
});
