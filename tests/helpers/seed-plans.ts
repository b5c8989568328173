/**
 * The real plans in ../shared/seeds and what each says, read by hand from the text (not from the
 * importer), with the flags a user gives for what the text lacks.
 */
import { join } from 'node:path';
import type { Campaign } from '../../src/core';

export const SEEDS = join(__dirname, '../../../shared/seeds');

export type Seed = {
  readonly file: string;
  /** What the user supplies: what the text lacks, and where it is wrong. */
  readonly flags: readonly string[];
  readonly expected: Partial<Campaign>;
  readonly targets: readonly (readonly [string, number])[];
  readonly rounds: readonly (readonly [string, string])[];
  /** A flag that replaces what the text says warns with the sentence. */
  readonly overrides: readonly string[];
};

export const SEED_PLANS: readonly Seed[] = [
  {
    // An annual plan: "Định kỳ 6 tháng, một năm báo cáo …" with no date for either report.
    file: 'plan-phongtho-nam-2024.txt',
    flags: ['--deadline', '6-thang=15/06/2024', '--deadline', 'ca-nam=10/12/2024'],
    expected: {
      kind: 'annual',
      title: 'Công tác dân vận của tổ chức Công đoàn năm 2024',
      organization: { name: 'Liên đoàn Lao động huyện Phong Thổ', parent: 'Liên đoàn Lao động tỉnh Lai Châu' },
      // "Số: 04/KH-LĐLĐ", "Phong Thổ, ngày 24 tháng 01 năm 2023" (the year as written).
      plan: { number: '04/KH-LĐLĐ', date: '2023-01-24' },
      round: { label: 'Năm 2024', year: 2024 },
      period: { start: '2024-01-01', end: '2024-12-31' },
      deadline: '2024-12-10',
    },
    // "Kết nạp 50 đoàn viên", "thành lập 01 CĐCS", "Trên 85% … hoàn thành tốt", "20% … xuất sắc",
    // "trên 85% cán bộ Công đoàn cơ sở … tập huấn", "ít nhất 94 đoàn viên … ưu tú", "90% trở lên CNVCLĐ … ủng hộ".
    targets: [
      ['TC01', 50],
      ['TC02', 1],
      ['TC15', 85],
      ['TC16', 20],
      ['TC17', 85],
      ['TC03', 94],
      ['AS20', 90],
    ],
    rounds: [
      ['6-thang', '2024-06-15'],
      ['ca-nam', '2024-12-10'],
    ],
    overrides: [],
  },
  {
    // The place line says "Huyện DMC"; the basis names "huyện Dương Minh Châu"; the province is not named.
    file: 'plan-dmc-dot2-2024.txt',
    flags: ['--org', 'Liên đoàn Lao động huyện Dương Minh Châu', '--parent', 'Liên đoàn Lao động tỉnh Tây Ninh'],
    expected: {
      kind: 'round',
      title: 'Phối hợp tham gia làm công tác dân vận đợt II/2024',
      organization: { name: 'Liên đoàn Lao động huyện Dương Minh Châu', parent: 'Liên đoàn Lao động tỉnh Tây Ninh' },
      // "Huyện DMC, ngày tháng 11 năm 2024": the day is blank, so there is no date.
      plan: { number: '73/KH-LĐLĐ' },
      round: { label: 'Đợt II/2024', year: 2024 },
      period: { start: '2024-12-17', end: '2024-12-31' },
      deadline: '2025-01-01',
    },
    // "bàn giao 01 căn nhà “Mái ấm Công Đoàn”", "thăm hỏi, động viên 05 đối tượng".
    targets: [
      ['AS01', 1],
      ['AS14', 5],
    ],
    rounds: [['ket-thuc', '2025-01-01']],
    overrides: ['Cảnh báo: --org "Liên đoàn Lao động huyện Dương Minh Châu" thay cho điều văn bản ghi: "Ban Thường vụ Liên đoàn Lao động huyện xây dựng kế hoạch phối hợp làm công tác dân vận đợt II năm…"'],
  },
  {
    // "Ban Thường vụ LĐLĐ huyện xây dựng kế hoạch": the district is never named, nor a number or a date.
    file: 'plan-danvankheo-2017.txt',
    flags: ['--org', 'Liên đoàn Lao động huyện Tân Biên'],
    expected: {
      kind: 'emulation',
      title: 'Tiếp tục đẩy mạnh thực hiện phong trào thi đua “Dân vận khéo” năm 2017',
      organization: { name: 'Liên đoàn Lao động huyện Tân Biên', parent: 'Liên đoàn Lao động tỉnh Tây Ninh' },
      plan: { number: '' },
      round: { label: 'Năm 2017', year: 2017 },
      period: { start: '2017-01-01', end: '2017-12-31' },
      // "báo cáo kết quả về LĐLĐ huyện trước ngày 22/11/2017".
      deadline: '2017-11-22',
    },
    targets: [],
    rounds: [['ket-thuc', '2017-11-22']],
    overrides: [],
  },
];

export function seedPlan(file: string): Seed {
  const seed = SEED_PLANS.find((s) => s.file === file);
  if (seed === undefined) throw new Error(`no seed ${file}`);
  return seed;
}
