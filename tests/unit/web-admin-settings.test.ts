/**
 * The administrators' setting forms (issue 12) with the setting's LADO (P3): three plain
 * fields become the request's `lado` object, and the API's errors about it come back to the
 * field they name.
 */
import { describe, expect, it } from 'vitest';
import { adminRequestFromForm, renderAdminForm, type AdminData } from '../../web/src/staff/admin-views';
import { adminEn } from '../../web/src/i18n/staff-admin-en';

const form = (values: Record<string, string>) => ({
  get: (name: string) => values[name],
  getAll: (name: string) => (values[name] === undefined ? [] : [values[name]!]),
});

const data: AdminData = {
  members: [],
  settings: [{ id: 'ash-grove', name: 'Ash Grove Nursery', lado: { name: 'Bradford LADO', phone: '01274 431 111' }, needs: [] }],
  changes: [],
};

describe('Console: the setting forms and the setting’s LADO', () => {
  it('P3: a new setting’s LADO, as typed, is the request’s lado object; left empty, there is none', () => {
    // Act
    const withLado = adminRequestFromForm('addSetting', form({ id: 'ash-grove', name: 'Ash Grove Nursery', ladoName: ' Bradford LADO ', ladoPhone: '01274 431 111', ladoEmail: '' }));
    const without = adminRequestFromForm('addSetting', form({ id: 'ash-grove', name: 'Ash Grove Nursery', ladoName: '', ladoPhone: '' }));

    // Assess
    expect(withLado).toEqual({ id: 'ash-grove', name: 'Ash Grove Nursery', lado: { name: 'Bradford LADO', phone: '01274 431 111' } });
    expect(without).toEqual({ id: 'ash-grove', name: 'Ash Grove Nursery' });
  });

  it('P3: a change sends the LADO only when it changed', () => {
    // Act
    const same = adminRequestFromForm('changeSetting', form({ name: 'Ash Grove Nursery', ladoName: 'Bradford LADO', ladoPhone: '01274 431 111' }), data.settings[0]);
    const changed = adminRequestFromForm('changeSetting', form({ name: 'Ash Grove Nursery', ladoName: 'Bradford LADO', ladoPhone: '01274 431 222' }), data.settings[0]);

    // Assess
    expect(same).toEqual({});
    expect(changed).toEqual({ lado: { name: 'Bradford LADO', phone: '01274 431 222' } });
  });

  it('P3: the API’s error about lado.phone is linked to the phone field, and the change form shows the LADO it has', () => {
    // Act
    const page = renderAdminForm(adminEn, data, { kind: 'changeSetting', id: 'ash-grove' }, { errors: [{ field: 'lado.phone', message: 'is required' }] }).value;

    // Assess
    expect(page).toContain('href="#changeSetting-ash-grove-ladoPhone"');
    expect(page).toContain(`${adminEn.settings.ladoPhone}: is required`);
    expect(page).toMatch(/id="changeSetting-ash-grove-ladoName"[^>]*value="Bradford LADO"|value="Bradford LADO"[^>]*id="changeSetting-ash-grove-ladoName"/);
  });
});
