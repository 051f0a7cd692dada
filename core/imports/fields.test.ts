import { describe, expect, it } from 'vitest';
import { findProduct } from '../catalog/catalog.ts';
import { actionOf, featuresOf, productOf } from './fields.ts';

const remoteSupport = findProduct('remote_support')!;

describe('the cells of a licence row', () => {
  it('reads the action in any case: assign, add, remove', () => {
    expect(['assign', 'ADD', ' Add ', 'remove', 'Remove', 'unassign'].map(actionOf)).toEqual(['assign', 'assign', 'assign', 'remove', 'remove', 'remove']);
    expect(['', 'delete', 'give'].map(actionOf)).toEqual([undefined, undefined, undefined]);
  });

  it('finds the product by id or by name, ignoring case and spacing', () => {
    expect(['remote_support', 'Remote Support', 'remote-support', 'REMOTESUPPORT', 'contact center'].map((c) => productOf(c)?.id)).toEqual([
      'remote_support',
      'remote_support',
      'remote_support',
      'remote_support',
      'contact_center',
    ]);
    expect(productOf('Teleport')).toBeUndefined();
  });

  it('reads the documented syntax and its obvious variants', () => {
    const on = { session_recording: true, unattended_access: false };
    for (const cell of ['session_recording=on; unattended_access=off', 'session_recording=yes, unattended_access=no', 'Session Recording: true | unattended_access: 0', '+session_recording -unattended_access', 'session_recording -unattended_access']) {
      expect(featuresOf(cell, remoteSupport), cell).toEqual({ ok: true, features: on });
    }
    expect(featuresOf('', remoteSupport)).toEqual({ ok: true, features: {} });
    expect(featuresOf(' ; ', remoteSupport)).toEqual({ ok: true, features: {} });
  });

  it('refuses values it cannot read, features of other products, and a feature both on and off', () => {
    expect(featuresOf('session_recording=maybe', remoteSupport)).toEqual({ ok: false, key: 'imports.errors.badFeatures', params: { value: 'session_recording=maybe' } });
    expect(featuresOf('webinars=on', remoteSupport)).toEqual({ ok: false, key: 'imports.errors.unknownFeature', params: { product: 'Remote Support', feature: 'webinars' } });
    expect(featuresOf('+session_recording -session_recording', remoteSupport)).toMatchObject({ ok: false, key: 'imports.errors.badFeatures' });
    expect(featuresOf('=on', remoteSupport)).toMatchObject({ ok: false, key: 'imports.errors.badFeatures' });
  });
});
