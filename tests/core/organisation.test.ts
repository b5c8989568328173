import { Organisation, applyOrganisation, describeSampleValue, fifteenDayRound, sampleValuesIn } from '../../src/core';

const phongTho = Organisation.parse({
  name: 'Liên đoàn Lao động huyện Phong Thổ',
  parent: 'Liên đoàn Lao động tỉnh Lai Châu',
  place: 'Phong Thổ',
  signer: { name: 'Lò Thị Mai', title: 'PHÓ CHỦ TỊCH' },
});

describe('Organisation', () => {
  it('should require a name, a place and a signer, and default the rest', () => {
    expect(Organisation.safeParse({ name: ' ', place: 'Phong Thổ', signer: { name: 'A', title: 'B' } }).success).toBe(false);
    expect(Organisation.parse({ name: 'LĐLĐ huyện X', place: 'X', signer: { name: 'A', title: 'B' } })).toEqual({
      name: 'LĐLĐ huyện X',
      parent: '',
      place: 'X',
      signer: { name: 'A', title: 'B', onBehalf: '' },
    });
  });
});

describe('applyOrganisation', () => {
  it('should issue a preset in the district’s name, keeping the signer’s “on behalf” line', () => {
    const campaign = applyOrganisation(fifteenDayRound.build({ year: 2025 }), phongTho);
    expect(campaign.organization).toEqual({ name: 'Liên đoàn Lao động huyện Phong Thổ', parent: 'Liên đoàn Lao động tỉnh Lai Châu' });
    expect(campaign.place).toBe('Phong Thổ');
    expect(campaign.signer).toEqual({ onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Lò Thị Mai' });
    expect(campaign.recipients).toEqual(['LĐLĐ tỉnh Lai Châu', 'Ban Dân vận Huyện ủy', 'Ban Chỉ đạo công tác dân vận huyện', 'Các CĐCS trực thuộc', 'Lưu: VP']);
  });
});

describe('sampleValuesIn', () => {
  it('should list every sample value of a preset, in the editor’s order', () => {
    const found = sampleValuesIn(fifteenDayRound.build({ year: 2025 }));
    expect(found.map((s) => s.path)).toEqual(['organization.name', 'organization.parent', 'plan.number', 'place', 'basis.0', 'basis.1', 'recipients.0', 'signer.name', 'units']);
    expect(found.map((s) => describeSampleValue(s))).toEqual([
      '"Đơn vị ban hành" vẫn là giá trị mẫu ("Liên đoàn Lao động huyện Thanh Lâm"). Thay bằng thông tin của đơn vị mình ở mục "Thông tin chung".',
      '"Cơ quan cấp trên" vẫn là giá trị mẫu ("Liên đoàn Lao động tỉnh Nam Sơn"). Thay bằng thông tin của đơn vị mình ở mục "Thông tin chung".',
      '"Số kế hoạch" vẫn là giá trị mẫu ("81/KH-LĐLĐ"). Thay bằng thông tin của đơn vị mình ở mục "Thông tin chung".',
      '"Địa danh (dòng ngày tháng)" vẫn là giá trị mẫu ("Thanh Lâm"). Thay bằng thông tin của đơn vị mình ở mục "Thông tin chung".',
      expect.stringContaining('"Căn cứ (mỗi văn bản một dòng)" vẫn là giá trị mẫu ("Kế hoạch số 141/KH-LĐLĐ ngày 20/11/2025'),
      expect.stringContaining('huyện Thanh Lâm về ra quân'),
      '"Nơi nhận (mỗi nơi một dòng)" vẫn là giá trị mẫu ("LĐLĐ tỉnh Nam Sơn"). Thay bằng thông tin của đơn vị mình ở mục "Căn cứ, nơi nhận, người ký".',
      '"Họ và tên người ký" vẫn là giá trị mẫu ("Nguyễn Văn Khải"). Thay bằng thông tin của đơn vị mình ở mục "Căn cứ, nơi nhận, người ký".',
      'Danh sách còn 39 đơn vị mẫu của huyện Thanh Lâm (XA01, XA02, XA03, XA04, XA05…). Nạp danh sách đơn vị của huyện mình ở mục "Đơn vị", hoặc bỏ các đơn vị mẫu.',
    ]);
  });

  it('should leave only the sample plan’s own lines once the organisation is applied', () => {
    const found = sampleValuesIn(applyOrganisation(fifteenDayRound.build({ year: 2025 }), phongTho));
    expect(found.map((s) => s.path)).toEqual(['plan.number', 'basis.0', 'basis.1', 'units']);
  });

  it('should find nothing in a campaign of the district’s own', () => {
    const preset = applyOrganisation(fifteenDayRound.build({ year: 2025 }), phongTho);
    const own = {
      ...preset,
      plan: { number: '12/KH-LĐLĐ', date: '2025-11-30' },
      basis: ['Kế hoạch số 141/KH-LĐLĐ ngày 20/11/2025 của Ban Thường vụ LĐLĐ tỉnh Lai Châu'],
      units: [{ code: 'XA01', name: 'CĐCS xã Mường So', group: 'Xã - thị trấn' }],
    };
    expect(sampleValuesIn(own)).toEqual([]);
  });

  it('should tell a sample unit by code, name and phone, not by code alone', () => {
    const preset = fifteenDayRound.build({ year: 2025 });
    // XA02 "CĐCS xã Tân Hòa": a name any district may have; with the district's own phone it is the district's.
    const second = preset.units[1]!;
    const found = sampleValuesIn({ ...preset, units: [second, { ...second, code: 'TH02', contact: { phone: '0912000111' } }] });
    expect(found.at(-1)).toEqual({ kind: 'units', path: 'units', units: ['XA02'] });
  });

  it('should tell a unit named after the invented district as a sample unit, whatever its phone', () => {
    const preset = applyOrganisation(fifteenDayRound.build({ year: 2025 }), phongTho);
    const units = [
      { code: 'XA01', name: 'CĐCS thị trấn Thanh Lâm', group: 'Xã - thị trấn', contact: { phone: '0912000111' } },
      { code: 'XA02', name: 'CĐCS xã Mường So', group: 'Xã - thị trấn' },
    ];
    expect(sampleValuesIn({ ...preset, units }).at(-1)).toEqual({ kind: 'units', path: 'units', units: ['XA01'] });
  });
});

describe('a preset built for an organisation', () => {
  it('should be issued in its name, with an id naming it', () => {
    const campaign = fifteenDayRound.build({ year: 2025, random: '0a1b2c3d', organisation: phongTho });
    expect(campaign.id).toBe('ldld-phong-tho-dot-15-ngay-2025-0a1b2c3d');
    expect(campaign).toEqual({ ...applyOrganisation(fifteenDayRound.build({ year: 2025 }), phongTho), id: campaign.id });
  });
});
