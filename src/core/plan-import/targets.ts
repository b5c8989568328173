/**
 * What the plan counts: numeric targets mapped to catalogue indicators, and the catalogue
 * indicators its activities suggest. Both are tables of folded-text patterns, each row checked
 * against the catalogue by a test.
 */
import type { Sentence } from './text';
import type { PlanTarget, Sourced } from './types';

/** "50", "01", "1.200", "85,5". */
const NUM = '(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)';
const PCT = `${NUM}\\s*%`;
const AT_LEAST = '(?:(?:it nhat|toi thieu|tu|tren|hon|khoang)\\s+)?';
const CDCS = '(?:cdcs|cong doan (?:co|so) so)';
const MEMBERS = '(?:doan vien|dv)';
const WORKFORCE = '(?:cnvcld|cnvc-ld|cnvc,\\s*ld|cbccvcld|cbcc?vc|nguoi lao dong|doan vien)';

export type TargetRule = {
  readonly indicator: string;
  /** On the folded sentence; group 1 is the figure. */
  readonly pattern: RegExp;
  readonly direction: 'atLeast' | 'atMost';
};

const rule = (indicator: string, pattern: string): TargetRule => ({ indicator, pattern: new RegExp(pattern, 'g'), direction: 'atLeast' });

/** Order matters where two rules could read the same figure: the first to claim it wins. */
export const TARGET_RULES: readonly TargetRule[] = [
  // "Kết nạp 50 đoàn viên Công đoàn trở lên", "phát triển mới 60 đoàn viên"
  rule('TC01', `\\b(?:ket nap|phat trien)(?:\\s+moi)?\\s+${AT_LEAST}${NUM}\\s+${MEMBERS}\\b(?!\\s+(?:cong doan\\s+)?uu tu)`),
  // "thành lập 01 CĐCS"
  rule('TC02', `\\bthanh lap(?:\\s+moi)?\\s+${AT_LEAST}${NUM}\\s+${CDCS}`),
  // "Giới thiệu ít nhất 94 đoàn viên Công đoàn ưu tú cho Đảng"
  rule('TC03', `\\bgioi thieu\\s+${AT_LEAST}${NUM}\\s+${MEMBERS}(?:\\s+cong doan)?\\s+uu tu`),
  // "90% trở lên CNVCLĐ tham gia ủng hộ Quỹ"
  rule('AS20', `${PCT}\\s*(?:tro len\\s+)?(?:so\\s+)?${WORKFORCE}[^.;%]{0,80}?\\bung ho\\b`),
  // "trong đó có 20% xếp loại hoàn thành xuất sắc"
  rule('TC16', `${PCT}\\s*(?:tro len\\s+)?(?:so\\s+)?(?:${CDCS}\\s+)?[^.;%]{0,40}?hoan thanh xuat sac`),
  // "Trên 85% Công đoàn cơ sở xếp loại hoàn thành tốt nhiệm vụ"
  rule('TC15', `${PCT}\\s*(?:tro len\\s+)?(?:so\\s+)?${CDCS}[^.;%]{0,40}?hoan thanh tot`),
  // "trên 85% cán bộ Công đoàn cơ sở được tập huấn"
  rule('TC17', `${PCT}\\s*(?:tro len\\s+)?(?:so\\s+)?can bo\\s+${CDCS}[^.;%]{0,60}?(?:tap huan|boi duong)`),
  // "bàn giao 01 căn nhà “Mái ấm Công đoàn”"
  rule('AS01', `\\b(?:ban giao|xay dung|xay moi|khoi cong|sua chua|ho tro|trao)\\s+${AT_LEAST}${NUM}\\s+(?:can\\s+)?nha\\W{0,3}mai am`),
  rule('AS04', `\\b(?:ban giao|xay dung|xay moi|khoi cong|sua chua|ho tro|trao)\\s+${AT_LEAST}${NUM}\\s+(?:can\\s+)?nha\\W{0,3}dai doan ket`),
  // "thăm hỏi, động viên 05 đối tượng là thương, bệnh binh"
  rule('AS14', `\\btham(?: hoi)?[^.;]{0,30}?\\b${NUM}\\s+(?:doi tuong|nguoi|gia dinh|thuong binh|benh binh)[^.;]{0,40}?(?:thuong binh|benh binh|da cam|nguoi co cong|chinh sach|liet si)`),
  // "tặng 200 suất quà"
  rule('AS11', `\\b${NUM}\\s+(?:suat|phan)\\s+qua\\b`),
  // "khám bệnh, cấp thuốc miễn phí cho 300 lượt người"
  rule('AS09', `\\bkham(?: benh)?[^.;]{0,50}?\\bcho\\s+${AT_LEAST}${NUM}\\s+(?:luot\\s+)?nguoi`),
  // "tổ chức 20 buổi tuyên truyền"
  rule('TT01', `\\b${NUM}\\s+buoi\\s+tuyen truyen`),
  rule('AS15', `\\b${NUM}\\s+ngay cong\\b`),
  rule('AS16', `\\b${NUM}\\s+cong trinh\\b`),
  // "đăng ký ít nhất 01 mô hình “Dân vận khéo”"
  rule('TC11', `\\b${AT_LEAST}${NUM}\\s+mo hinh\\b[^.;]{0,30}?\\bdan van kheo\\b"?`),
];

/** "Mỗi CĐCS …": a figure per unit, not for the district total. */
const PER_UNIT = /\bmoi\s+(?:cdcs|cong doan|don vi|co quan)\b/;

export function parseFigure(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

export type TargetFinding = { readonly targets: Sourced<PlanTarget>[]; readonly unmapped: Sourced<string>[] };

/** Figures in sentences that no rule took: "100%", or "01 mô hình" per unit. */
const ANY_FIGURE = /\b\d{1,3}(?:[.,]\d+)?\s*%/g;

export function extractTargets(sentences: readonly Sentence[]): TargetFinding {
  const targets: Sourced<PlanTarget>[] = [];
  const unmapped: Sourced<string>[] = [];
  const taken = new Set<string>();
  for (const sentence of sentences) {
    const claimed: { readonly start: number; readonly end: number; readonly phrase: string; readonly target: PlanTarget }[] = [];
    const isClaimed = (at: number) => claimed.some((c) => at >= c.start && at < c.end);
    for (const r of TARGET_RULES) {
      for (const m of sentence.key.matchAll(r.pattern)) {
        const figure = m[1];
        if (figure === undefined) continue;
        const at = (m.index ?? 0) + m[0].indexOf(figure);
        if (isClaimed(at)) continue;
        const phrase = sentence.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length).trim();
        claimed.push({ start: at, end: at + figure.length, phrase, target: { indicator: r.indicator, value: parseFigure(figure), direction: r.direction } });
      }
    }
    claimed.sort((a, b) => a.start - b.start);
    const perUnit = PER_UNIT.test(sentence.key);
    for (const c of claimed) {
      if (perUnit || taken.has(c.target.indicator)) continue;
      taken.add(c.target.indicator);
      targets.push({ value: c.target, source: sentence.text });
    }
    const left = [...sentence.key.matchAll(ANY_FIGURE)].filter((m) => !isClaimed(m.index ?? 0));
    const figures = [
      ...left.map((m) => sentence.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length)),
      ...(perUnit ? claimed.map((c) => c.phrase) : []),
    ];
    if (figures.length > 0) unmapped.push({ value: figures.join(', '), source: sentence.text });
  }
  return { targets, unmapped };
}

export type SuggestionRule = { readonly codes: readonly string[]; readonly pattern: RegExp };

const suggest = (pattern: string, ...codes: string[]): SuggestionRule => ({ codes, pattern: new RegExp(pattern) });

/** Activities the plans name, and the catalogue indicators that count them. */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  suggest('\\btuyen truyen\\b', 'TT01', 'TT02'),
  suggest('\\btuyen truyen\\b[^.;]{0,60}\\b(?:cong nhan|chu nha tro)\\b', 'TT03'),
  suggest('\\b(?:tin,? bai|dang tai|dang tin|mang xa hoi|trang thong tin)\\b', 'TT04'),
  suggest('\\b(?:bang ron|khau hieu|pa-?no|panô)\\b', 'TT05'),
  suggest('\\b(?:loa truyen thanh|dai truyen thanh|he thong loa|phat thanh)\\b', 'TT06'),
  suggest('\\b(?:to roi|tai lieu tuyen truyen)\\b', 'TT07'),
  suggest('\\bhoi nghi\\s+(?:quan triet|trien khai)\\b', 'TT08'),
  suggest('\\b(?:bao cao vien|tuyen truyen vien)\\b', 'TT09'),
  suggest('\\ble ra quan\\b', 'TT10'),
  suggest('\\bmai am cong doan\\b', 'AS01', 'AS02', 'AS03'),
  suggest('\\bnha\\W{0,3}dai doan ket\\b', 'AS04', 'AS05'),
  suggest('\\b(?:duong giao thong|giao thong nong thon|be tong hoa duong|lam duong)\\b', 'AS06'),
  suggest('\\b(?:kenh muong|nao vet)\\b', 'AS07'),
  suggest('\\b(?:nghia trang|dai tuong niem)\\b', 'AS08'),
  suggest('\\b(?:kham benh|cap thuoc|kham chua benh)\\b', 'AS09', 'AS10'),
  suggest('\\b(?:tang qua|trao qua|phan qua|suat qua)\\b', 'AS11', 'AS12'),
  suggest('\\b(?:tham|tang qua)\\b[^.;]{0,60}\\b(?:luc luong vu trang|bo doi|trung doan|su doan|don vi quan doi|dan quan|luc luong lam cong tac dan van)\\b', 'AS13'),
  suggest('\\btham\\b[^.;]{0,60}\\b(?:thuong binh|benh binh|thuong, benh binh|da cam|nguoi co cong|gia dinh chinh sach|than nhan liet si)\\b', 'AS14'),
  suggest('\\bngay cong\\b', 'AS15'),
  suggest('\\bcong trinh\\b[^.;]{0,40}\\by nghia\\b|\\bphan viec\\b', 'AS16'),
  suggest('\\bung ho\\s+(?:cac\\s+)?quy\\b|\\bquy\\W{0,3}(?:vi nguoi ngheo|den on dap nghia|xa hoi cong doan)', 'AS17', 'AS18'),
  suggest('\\bho (?:can )?ngheo\\b', 'AS19'),
  suggest('\\b(?:ket nap|phat trien)\\s+(?:moi\\s+)?doan vien\\b', 'TC01'),
  suggest(`\\bthanh lap\\s+(?:moi\\s+)?${CDCS}`, 'TC02'),
  suggest('\\bdoan vien\\b[^.;]{0,20}\\buu tu\\b', 'TC03', 'TC04'),
  suggest('\\b(?:tap huan|boi duong nghiep vu)\\b', 'TC05', 'TC06'),
  suggest('\\b(?:quy che dan chu|qcdc|dan chu o co so)\\b', 'TC07'),
  suggest('\\bhoi nghi (?:can bo, cong chuc, vien chuc|cbccvc|nguoi lao dong)\\b', 'TC08'),
  suggest('\\bdoi thoai\\b', 'TC09'),
  suggest('\\btho?a uoc lao dong tap the\\b', 'TC10'),
  suggest('\\bmo hinh\\b[^.;]{0,40}\\bdan van kheo\\b|\\bdan van kheo\\b[^.;]{0,40}\\bmo hinh\\b', 'TC11', 'TC12', 'DG02'),
  suggest('\\b(?:khen thuong|bieu duong)\\b[^.;]{0,80}\\bdan van kheo\\b|\\bdan van kheo\\b[^.;]{0,80}\\b(?:khen thuong|bieu duong)\\b', 'TC13'),
  suggest('\\bxep loai\\b', 'TC14'),
  suggest('\\b(?:dinh cong|ngung viec|lan cong)\\b', 'NT01', 'NT02'),
  suggest('\\btranh chap lao dong\\b', 'NT03'),
  suggest('\\b(?:kien nghi|buc xuc|phan anh)\\b', 'NT04', 'NT05', 'NT06'),
  suggest('\\bluc luong nong cot\\b', 'NT07'),
  suggest('\\b(?:lua dao|tin dung den)\\b', 'NT08'),
  suggest('\\b(?:noi com|tinh hinh tu tuong|nam tinh hinh)\\b', 'NT09', 'NT10'),
  suggest('\\b(?:cach lam hay|bai hoc kinh nghiem)\\b', 'DG05'),
];

/** Each suggested code once, with the first sentence that suggested it. */
export function extractSuggestions(sentences: readonly Sentence[]): Sourced<string>[] {
  const found = new Map<string, string>();
  for (const sentence of sentences) {
    for (const r of SUGGESTION_RULES) {
      if (!r.pattern.test(sentence.key)) continue;
      for (const code of r.codes) if (!found.has(code)) found.set(code, sentence.text);
    }
  }
  return [...found].map(([value, source]) => ({ value, source }));
}
